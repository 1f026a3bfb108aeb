package io.github.dialectic.cli;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.liquibase.ChangelogLint;
import io.github.dialectic.liquibase.ChangelogOptions;
import io.github.dialectic.liquibase.Changelogs;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.MigrationLocator;
import io.github.dialectic.source.SourceException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the command line's PATHs hold: Flyway-style SQL migrations, or Liquibase changelogs (a changelog file, a
 * folder with a db.changelog-master.*, formatted SQL files, or {@code --changelog}), each linted its way and reported
 * together. Plain SQL runs never load Liquibase: {@link ChangelogLint} is reached only when a changelog is there.
 */
final class Inputs {

    /** Flyway's own names: never read to see whether they are Liquibase formatted SQL. */
    private static final Pattern FLYWAY_NAME = Pattern.compile("[VRU]\\d*[._\\d]*__.*\\.sql");

    private Inputs() {
    }

    static LintReport lint(List<Path> paths, LinterSettings settings, RuleRegistry registry, Linter linter,
                           PrintWriter err) throws SourceException, IOException {
        Set<Path> changelogs = new LinkedHashSet<>(settings.changelogs == null ? List.of() : settings.changelogs);
        List<Path> sql = new ArrayList<>();
        // each folder walked once, for its main changelogs and its SQL files at the same time
        Map<Path, SortedMap<Path, Object>> walked = new HashMap<>();
        for (Path p : paths == null ? List.<Path>of() : paths) {
            if (Files.isDirectory(p)) {
                SortedMap<Path, Object> found;
                try {
                    found = MigrationLocator.files(p, n -> Changelogs.MASTER_NAMES.contains(n) || n.endsWith(".sql"));
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause(); // as Changelogs.masters throws it
                }
                walked.put(p, found);
                List<Path> masters = Changelogs.mastersAmong(found.keySet());
                if (!masters.isEmpty()) {
                    err.println("dialectic: " + p + ": Liquibase project: linting " + masters.stream()
                            .map(Path::toString).collect(Collectors.joining(", ")) + " and what it includes (SQL "
                            + "files under " + p + " are linted only as the changelog uses them)");
                    changelogs.addAll(masters);
                    continue;
                }
            } else if (Changelogs.isChangelog(p)) {
                changelogs.add(p);
                continue;
            }
            sql.add(p);
        }
        List<LintReport> reports = new ArrayList<>();
        if (!sql.isEmpty()) {
            List<Path> located = MigrationLocator.locate(sql, walked);
            List<Path> formatted = located.stream().filter(f -> !flywayName(f) && Changelogs.isFormattedSql(f)).toList();
            if (formatted.isEmpty()) {
                reports.add(linter.lintLocated(located)); // located once: not again by the linter
            } else {
                // formatted SQL without a main changelog: each file is a changelog of its own (its dbms: filters hold)
                err.println("dialectic: Liquibase formatted SQL, linted as changelogs: " + formatted.stream()
                        .map(Path::toString).collect(Collectors.joining(", ")));
                changelogs.addAll(formatted);
                List<Path> rest = new ArrayList<>(located);
                rest.removeAll(formatted);
                if (!rest.isEmpty()) {
                    reports.add(linter.lintLocated(rest));
                }
            }
        }
        if (changelogs.isEmpty()) {
            settings.requireNoChangelogOptions();
        } else {
            LintOptions options = settings.options();
            ChangelogLint lint = new ChangelogLint(registry, options, new ChangelogOptions(settings.contexts,
                    settings.labels, searchPath(settings)));
            for (Path changelog : changelogs) {
                reports.add(lint.lint(changelog));
            }
        }
        return combine(reports, settings.options().targets(), registry);
    }

    /**
     * The first of {@code paths} the lint reads as Liquibase (a changelog file, a folder holding a main changelog),
     * with what it is; empty when there is none.
     */
    static java.util.Optional<String> liquibaseAmong(List<Path> paths) {
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    List<Path> masters = Changelogs.masters(p);
                    if (!masters.isEmpty()) {
                        return java.util.Optional.of(p + " is a Liquibase project (" + masters.get(0) + ")");
                    }
                } else if (Changelogs.isChangelog(p)) {
                    return java.util.Optional.of(p + " is a Liquibase changelog");
                }
            } catch (IOException e) {
                // what cannot be read is said by the reading
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the paths hold SQL migrations only: no changelog, no folder with a main changelog. */
    static boolean plainSql(List<Path> paths) {
        if (paths.isEmpty() || paths.contains(Path.of("-"))) {
            return false;
        }
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p) ? !Changelogs.masters(p).isEmpty() : Changelogs.isChangelog(p)) {
                    return false;
                }
            } catch (IOException e) {
                return false; // the plain lint says what it cannot read
            }
        }
        return true;
    }

    /**
     * Refuses to rehearse Liquibase formatted SQL as if it were a Flyway migration: its changesets carry their own
     * {@code dbms}, {@code context} and {@code runOnChange} and are applied by Liquibase, not as written (the lint reads
     * such a file as a changelog). {@code command} says who refuses ({@code rehearse}, {@code --verify}); the error
     * names the file and its first line, where Liquibase's header is.
     */
    static void requireNoFormattedSql(List<Path> files, String command) throws SourceException {
        for (Path f : files) {
            if (!flywayName(f) && Changelogs.isFormattedSql(f)) {
                throw new SourceException(f, 1, "Liquibase formatted SQL (a changelog): " + command + " applies Flyway "
                        + "SQL migrations as written, not Liquibase changesets; lint the changelog without " + command
                        + ", or rehearse the SQL 'liquibase update-sql' writes for each engine");
            }
        }
    }

    /**
     * Liquibase changelogs under folders that had no main changelog (so nothing was linted there), for the error that
     * says to name one: a folder of changelogs is not a clean result.
     */
    static List<Path> unnamedChangelogs(List<Path> paths) {
        List<Path> found = new ArrayList<>();
        for (Path p : paths == null ? List.<Path>of() : paths) {
            if (Files.isDirectory(p)) {
                try {
                    MigrationLocator.files(p, n -> n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml")
                            || n.endsWith(".json")).keySet().stream().filter(Changelogs::isChangelog).forEach(found::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the lint already said what it could read
                }
            }
        }
        return found;
    }

    private static boolean flywayName(Path p) {
        return p.getFileName() != null && FLYWAY_NAME.matcher(p.getFileName().toString()).matches();
    }

    private static List<Path> searchPath(LinterSettings settings) {
        if (settings.searchPath != null && !settings.searchPath.isEmpty()) {
            return settings.searchPath;
        }
        List<Path> path = new ArrayList<>(List.of(Path.of("")));
        if (Files.isDirectory(Path.of("src", "main", "resources"))) { // Spring Boot's classpath: changelog paths
            path.add(Path.of("src", "main", "resources"));
        }
        return path;
    }

    /** One report of several, in order; one report as it is. */
    static LintReport combine(List<LintReport> reports, Targets targets, RuleRegistry registry) {
        if (reports.size() == 1) {
            return reports.get(0);
        }
        List<Finding> findings = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        int files = 0;
        int statements = 0;
        int analysed = 0;
        int unparsed = 0;
        for (LintReport r : reports) {
            findings.addAll(r.findings());
            sources.addAll(r.sources());
            files += r.summary().files();
            statements += r.summary().statements();
            analysed += r.summary().analysed();
            unparsed += r.summary().unparsed();
        }
        return new LintReport(targets, new LintReport.Summary(files, statements, analysed, unparsed, findings.size()),
                findings, registry, sources);
    }
}
