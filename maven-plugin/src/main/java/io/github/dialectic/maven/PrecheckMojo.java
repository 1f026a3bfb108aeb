package io.github.dialectic.maven;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.live.FlywayHistory;
import io.github.dialectic.live.LiveCheck;
import io.github.dialectic.live.LiveConnections;
import io.github.dialectic.live.RowEstimates;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the project's migrations against a live database before an upgrade, as {@code dialectic lint --jdbc} does:
 * the migrations the database has not applied yet (from Flyway's history table) are linted against the schema the
 * database really has; every pending statement that tightens the schema is probed for the rows that would make it
 * fail (count, up to 5 keys, the SQL that finds them); costly findings carry the table's real size; an applied
 * migration edited since is reported. Without migrations, the live schema is linted by itself. Findings, reports,
 * the baseline and {@code failOn} work as for {@code check}.
 * <p>
 * The database is {@code url}; the user and password come from the {@code <server>} named by {@code serverId} in
 * {@code settings.xml} (encrypted passwords are decrypted as Maven does), never from the pom, and are never logged.
 * Everything runs on a read-only connection, in read-only transactions, with a statement timeout.
 */
@Mojo(name = "precheck", threadSafe = true)
public class PrecheckMojo extends CheckMojo {

    /**
     * The JDBC URL of the database, e.g. {@code jdbc:postgresql://db:5432/nova}. It must not carry a password: put the
     * credentials in a {@code <server>} of {@code settings.xml} and name it with {@code serverId}. PostgreSQL,
     * MariaDB, MySQL and SQLite drivers are included; add another (Db2's) as a dependency of the plugin.
     */
    @Parameter(property = "dialectic.url")
    private String url;

    /** The id of the {@code <server>} in {@code settings.xml} whose username and password open the database. */
    @Parameter(property = "dialectic.serverId")
    private String serverId;

    /** Flyway's history table, {@code name} or {@code schema.name}. */
    @Parameter(property = "dialectic.historyTable", defaultValue = FlywayHistory.DEFAULT_TABLE)
    private String historyTable;

    /** From this many rows in the table a costly finding is an error. */
    @Parameter(property = "dialectic.rowThreshold", defaultValue = "" + RowEstimates.DEFAULT_THRESHOLD)
    private long rowThreshold;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    /** Precheck reports go to a folder of their own: a {@code check} in the same build keeps its reports. */
    @Override
    protected Path reportDirectory() {
        return super.reportDirectory().resolve("precheck");
    }

    @Override
    protected Run lint() throws MojoExecutionException, MojoFailureException {
        if (url == null || url.isBlank()) {
            throw new MojoExecutionException("Dialectic precheck needs the database: set <url> in the plugin's"
                    + " configuration or -Ddialectic.url=jdbc:...");
        }
        if (LiveConnections.carriesPassword(url)) {
            throw new MojoExecutionException("Dialectic: the url " + LiveConnections.redact(url) + " carries a password;"
                    + " put the credentials in a <server> of settings.xml and name it with serverId");
        }
        Credentials credentials = credentials(settings, decrypter, serverId);
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        LintOptions options = options(registry);
        Prepared prepared = prepare(); // null (and said so) when the project has no migrations: the schema alone
        if (prepared != null && prepared.changelog() != null) {
            throw new MojoExecutionException("Dialectic: dialectic:precheck reads Flyway's history and has no "
                    + "Liquibase support yet; " + prepared.description() + " is checked by dialectic:check");
        }
        if (prepared != null && prepared.flyway() != null) {
            // the live check reads plain files: unreplaced placeholders and every engine's folder at once would be
            // checked against the database as if they were what Flyway runs
            var config = prepared.flyway().config();
            List<String> unread = new java.util.ArrayList<>();
            if (!config.placeholders().isEmpty()) {
                unread.add("placeholders (" + String.join(", ", new java.util.TreeSet<>(config.placeholders().keySet()))
                        + ")");
            }
            if (prepared.flyway().layout().perEngine()) {
                unread.add("a folder per engine ({vendor}, [vendors] of dialectic.toml)");
            }
            if (!config.namedAsByDefault()) {
                unread.add("Flyway's file naming settings");
            }
            throw new MojoExecutionException("Dialectic: dialectic:precheck checks the pending migrations as plain SQL "
                    + "files and does not apply " + (unread.isEmpty() ? "the project's Flyway settings"
                    : String.join(", ", unread)) + " yet; " + prepared.description().replaceFirst(
                    "; (targets|each engine.s set against that engine): .*", "") + " are checked by dialectic:check");
        }
        String database = LiveConnections.redact(url);
        LiveCheck.Options liveOptions = LiveCheck.Options.defaults().withHistoryTable(historyTable)
                .withRowThreshold(rowThreshold);
        getLog().info("Dialectic: database " + database + (credentials.user() == null ? ""
                : " as " + credentials.user() + " (server " + serverId + ")") + ": " + (prepared == null
                ? "its schema by itself" : "the pending migrations among " + prepared.description()));
        try (LiveCheck live = LiveCheck.connect(url, credentials.user(), credentials.password(), liveOptions)) {
            LintReport report = prepared == null ? live.lintSchema(registry, options)
                    : live.lintPending(prepared.files(), registry, options);
            return new Run(report, prepared == null ? List.of() : prepared.files(),
                    prepared == null ? MigrationSources.resolve(locations, project) : prepared.sources());
        } catch (SQLException e) {
            // no cause attached: a driver's exception chain is not ours to vouch for
            throw new MojoExecutionException("Dialectic: database " + database + ": "
                    + LiveConnections.redact(e.getMessage()));
        } catch (SourceException e) {
            throw new MojoFailureException("Dialectic cannot read the migrations: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Dialectic cannot read the migrations: " + e.getMessage(), e);
        }
    }

    /** A database user and password; either may be null (trust, SQLite). */
    record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
        }
    }

    /** The credentials of server {@code serverId} in {@code settings}, decrypted; none when no server is named. */
    static Credentials credentials(Settings settings, SettingsDecrypter decrypter, String serverId)
            throws MojoExecutionException {
        if (serverId == null || serverId.isBlank()) {
            return new Credentials(null, null);
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            String known = settings == null ? "" : settings.getServers().stream().map(Server::getId)
                    .collect(Collectors.joining(", "));
            throw new MojoExecutionException("Dialectic: no <server> with id '" + serverId + "' in settings.xml"
                    + (known.isEmpty() ? " (it has none)" : " (it has: " + known + ")")
                    + "; the database user and password are taken from there, never from the pom");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                // the problem's own text may quote the stored (encrypted) value: name the server only
                throw new MojoExecutionException("Dialectic: cannot decrypt the password of server '" + serverId
                        + "' in settings.xml; see https://maven.apache.org/guides/mini/guide-encryption.html");
            }
        }
        Server decrypted = result.getServer();
        return new Credentials(decrypted.getUsername(), decrypted.getPassword());
    }
}
