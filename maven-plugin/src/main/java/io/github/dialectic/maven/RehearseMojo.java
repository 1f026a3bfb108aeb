package io.github.dialectic.maven;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.live.LiveConnections;
import io.github.dialectic.rehearse.Rehearsal;
import io.github.dialectic.rehearse.RehearsalException;
import io.github.dialectic.rehearse.RehearsalReport;
import io.github.dialectic.rehearse.RehearsalTarget;
import io.github.dialectic.rehearse.RehearsalTargets;
import io.github.dialectic.rehearse.Rehearse;
import io.github.dialectic.report.TextReporter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.SourceException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rehearses the project's migrations on real engines, as {@code dialectic rehearse} does: each migration applied one
 * at a time on a scratch database (SQLite in process, an embedded PostgreSQL, a throwaway database on each server of
 * {@code jdbcUrls}), with what each engine said, how long each step took and what it changed. The migrations are
 * found as {@code check} finds them. Progress (step n of m, engine, time) is logged as it goes; the step x engine
 * table, each engine's errors and the cross-check with the rules ({@code engine-rejected}, {@code engine-accepted})
 * follow, and {@code rehearsal.txt} and {@code rehearsal.json} are written to {@code outputDirectory}. The build
 * fails when an engine refused a step or the cross-check found an error, unless {@code failOnError} is false.
 */
@Mojo(name = "rehearse", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class RehearseMojo extends AbstractDialecticMojo {

    /**
     * Engines that need nothing installed, comma-separated: {@code sqlite} (in process), {@code postgresql}
     * (embedded). Default: those among the {@code targets} (both when no target is set), unless {@code jdbcUrls} is
     * set; targets that no engine ran, or ran at another version, are named in a warning.
     */
    @Parameter(property = "dialectic.engines")
    private List<String> engines;

    /**
     * Servers to rehearse on (MariaDB, MySQL, PostgreSQL, Db2), comma-separated JDBC URLs: a throwaway database
     * {@code dialectic_rehearse_<random>} is made on each and dropped afterwards; the database a URL names is never
     * touched. A URL must not carry a password: the user and password come from the {@code <server>} of
     * {@code settings.xml} named by {@code serverId}, and are never logged.
     */
    @Parameter(property = "dialectic.jdbcUrls")
    private List<String> jdbcUrls;

    /** The id of the {@code <server>} in {@code settings.xml} whose username and password open {@code jdbcUrls}. */
    @Parameter(property = "dialectic.serverId")
    private String serverId;

    /** Stop after the migration of this version. */
    @Parameter(property = "dialectic.upTo")
    private String upTo;

    /** A table whose schema is logged at the end (with {@code upTo}: as that version left it). */
    @Parameter(property = "dialectic.show")
    private String show;

    /**
     * Synthetic rows per table, comma-separated sizes: every table is filled as soon as it exists, so step times mean
     * something; with several sizes, how each step's time grows is reported.
     */
    @Parameter(property = "dialectic.rows")
    private List<Long> rows;

    /** Whether an engine refusing a step (or a cross-check error) fails the build; when false it is reported only. */
    @Parameter(property = "dialectic.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Where {@code rehearsal.txt} and {@code rehearsal.json} are written. */
    @Parameter(property = "dialectic.rehearsalDirectory", defaultValue = "${project.build.directory}/dialectic/rehearse")
    private File rehearsalDirectory;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Dialectic: skipped (dialectic.skip)");
            return;
        }
        List<String> urls = MigrationSources.clean(jdbcUrls);
        for (String url : urls) {
            if (LiveConnections.carriesPassword(url)) {
                throw new MojoExecutionException("Dialectic: the url " + LiveConnections.redact(url) + " carries a "
                        + "password; put the credentials in a <server> of settings.xml and name it with serverId");
            }
        }
        List<Long> sizes = rows == null ? List.of() : rows;
        if (sizes.stream().anyMatch(n -> n == null || n < 1)) {
            throw new MojoExecutionException("Invalid dialectic.rows " + sizes + ": sizes are positive row counts");
        }
        PrecheckMojo.Credentials credentials = urls.isEmpty() ? new PrecheckMojo.Credentials(null, null)
                : PrecheckMojo.credentials(settings, decrypter, serverId);
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());
        var options = options(registry);
        // the engines of the targets, as check lints them: a project for MySQL alone is not rehearsed on SQLite
        boolean byDefault = MigrationSources.clean(engines).isEmpty() && urls.isEmpty();
        List<String> embedded = !MigrationSources.clean(engines).isEmpty() ? MigrationSources.clean(engines)
                : urls.isEmpty() ? RehearsalTargets.embeddedFor(options.targets()) : List.of();
        for (String engine : embedded) {
            var problem = RehearsalTargets.problem(engine, "<jdbcUrls>");
            if (problem.isPresent()) {
                throw new MojoExecutionException("Invalid dialectic.engines '" + engine + "': " + problem.get());
            }
        }
        if (byDefault && embedded.isEmpty()) {
            throw new MojoExecutionException("Dialectic: none of the targets (" + options.targets().asList().stream()
                    .map(Object::toString).collect(java.util.stream.Collectors.joining(", ")) + ") runs here without a "
                    + "server: give one with jdbcUrls (dialectic.jdbcUrls), or name the engines to rehearse on with "
                    + "engines (dialectic.engines=" + String.join(",", RehearsalTargets.EMBEDDED) + ")");
        }
        Prepared prepared = prepare();
        if (prepared == null) {
            return;
        }
        if (prepared.changelog() != null) {
            throw new MojoExecutionException("Dialectic: dialectic:rehearse applies Flyway SQL migrations; "
                    + prepared.description() + " is checked by dialectic:check");
        }
        // the lint's targets are not the rehearsal's: the engines are
        String found = prepared.description().replaceFirst("; (targets|each engine.s set against that engine): .*", "");
        getLog().info("Dialectic: rehearsing " + found + " on " + String.join(", ", embedded)
                + (urls.isEmpty() ? "" : (embedded.isEmpty() ? "" : " and ") + urls.stream()
                .map(LiveConnections::redact).reduce((a, b) -> a + ", " + b).orElse("")
                + (credentials.user() == null ? "" : " as " + credentials.user() + " (server " + serverId + ")")));
        RehearsalReport report;
        List<RehearsalTarget> targets = List.of();
        try {
            targets = RehearsalTargets.open(embedded, urls, credentials.user(), credentials.password());
            Rehearsal.Options rehearsal = Rehearsal.Options.defaults().withUpTo(upTo).withShow(show)
                    .withProgress(line -> getLog().info("Dialectic: " + line));
            // a layout with engine sets: each engine rehearses its own, as check lints it
            report = prepared.flyway() != null ? Rehearse.run(targets, prepared.flyway().layout(),
                    prepared.flyway().config(), sizes, rehearsal, registry, options)
                    : Rehearse.run(targets, new FlywaySqlSource(prepared.files(), options.flavor()), sizes, rehearsal,
                    registry, options);
        } catch (RehearsalException e) {
            throw new MojoExecutionException("Dialectic: " + e.getMessage(), e);
        } catch (SourceException e) {
            throw new MojoFailureException("Dialectic cannot read the migrations: " + e.getMessage(), e);
        } finally {
            RehearsalTargets.close(targets);
        }
        log(report);
        write(report);
        boolean targetsGiven = this.targets != null && !this.targets.isBlank() || config().targets() != null;
        if (byDefault || targetsGiven) { // a pass on SQLite is no pass for Db2
            RehearsalTargets.uncovered(options.targets(), report.runs()).note("<jdbcUrls>")
                    .ifPresent(note -> getLog().warn("Dialectic: " + note));
        }
        long errors = report.crossCheck().stream().filter(f -> f.severity().atLeast(Severity.ERROR)).count();
        if (report.failed() || errors > 0) {
            String what = (report.failed() ? "an engine refused a step" : "") + (report.failed() && errors > 0
                    ? "; " : "") + (errors > 0 ? errors + " cross-check error" + (errors == 1 ? "" : "s") : "");
            if (failOnError) {
                throw new MojoFailureException("Dialectic rehearsal: " + what + "; report: " + rehearsalDirectory
                        .toPath().resolve("rehearsal.txt"));
            }
            getLog().warn("Dialectic rehearsal: " + what + " (not failing: failOnError is false)");
        } else {
            getLog().info("Dialectic rehearsal: every step ran on every engine");
        }
    }

    /**
     * The text report line by line: the table, schema changes and growth at INFO, the engines' errors at ERROR, the
     * cross-check's findings at their severity's level.
     */
    private void log(RehearsalReport report) {
        String text = report.text();
        int crossCheck = text.indexOf("\nCross-check with the static lint\n");
        boolean errors = false;
        for (String line : (crossCheck < 0 ? text : text.substring(0, crossCheck)).split("\n")) {
            errors = line.equals("Errors") || errors && !line.isEmpty();
            if (errors && !line.equals("Errors")) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        }
        for (Finding f : report.crossCheck()) {
            String line = TextReporter.oneLine(TextReporter.where(f.location()) + " " + TextReporter.what(f));
            if (f.severity().atLeast(Severity.ERROR)) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    private void write(RehearsalReport report) throws MojoExecutionException {
        Path dir = rehearsalDirectory.toPath();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("rehearsal.txt"), report.text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("rehearsal.json"), report.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dialectic rehearsal in " + dir + ": " + e.getMessage(), e);
        }
    }
}
