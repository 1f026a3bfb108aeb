package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Options that a run reads and then has no use for are usage errors saying what they go with: before, each of these
 * ran the lint of the Nova example as if the option were not there (exit 1 on its findings), so a mistyped command line
 * looked like one that did what it asked.
 */
class InapplicableOptionsTest {

    private static final String NOVA = DialecticCliTest.EXAMPLE.toString();

    private static void refused(List<String> args, String message) {
        DialecticCliTest.Run run = DialecticCliTest.run(args.toArray(String[]::new));
        assertEquals(2, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
        assertEquals("", run.out(), String.join(" ", args));
        assertTrue(run.err().contains("dialectic: " + message), String.join(" ", args) + "\n" + run.err());
    }

    @Test
    void optionsOfAnotherModeAreRefusedNamingWhatTheyGoWith() {
        refused(List.of("lint", "--no-cache", "--stdin-name", "V9__x.sql", NOVA),
                "--stdin-name names the script read from standard input: it goes with - as the PATH");
        refused(List.of("lint", "--no-cache", "--history-table", "app.history", NOVA),
                "--history-table is about a live database's check: it goes with --jdbc URL, which is not given");
        refused(List.of("lint", "--no-cache", "--row-threshold", "10", NOVA),
                "--row-threshold is about a live database's check: it goes with --jdbc URL");
        refused(List.of("lint", "--no-cache", "--user", "app", NOVA), "--user is the login of a database: it goes "
                + "with --jdbc URL or --verify-jdbc URL, which is not given");
        refused(List.of("lint", "--no-cache", "--password-env", "PW", NOVA), "--password-env is the login of a database");
        refused(List.of("lint", "--no-cache", "--no-config", "--profile", "prod", NOVA),
                "--profile chooses the Spring settings files a project's migrations are found with: it goes with "
                        + "--project DIR");
        refused(List.of("lint", "--no-cache", "--no-config", "--baseline-root", "..", NOVA),
                "--baseline-root says what a baseline's paths are relative to: it goes with --baseline FILE");
        for (String liquibase : List.of("--contexts", "--labels", "--search-path")) {
            refused(List.of("lint", "--no-cache", liquibase, "prod", NOVA), liquibase + " is about Liquibase "
                    + "changesets, and no changelog is linted here");
        }
        refused(List.of("lint", "--no-cache", "--cache-dir", "target/cache", NOVA),
                "--cache-dir and --no-cache contradict each other: give one");
        refused(List.of("lint", "--no-cache", "--disable", "nullable-unique-key", "--severity",
                "nullable-unique-key=info", NOVA), "--severity nullable-unique-key: the rule is disabled (--disable), so "
                + "it reports nothing at any severity");
        refused(List.of("lint", "--no-cache", "--no-config", "--project", "no/such/project"),
                "--project: no such directory: no/such/project");
        refused(List.of("rehearse", "--no-config", "--engine", "sqlite", "--project", "no/such/project"),
                "--project: no such directory: no/such/project");
        // before: the changelog was dropped and standard input alone linted, exit 0
        refused(List.of("lint", "--no-cache", "--changelog",
                "../examples/liquibase-shop/src/main/resources/db/changelog/db.changelog-master.xml", "-"),
                "- (standard input) cannot be combined with --changelog");
        refused(List.of("lint", "--no-cache", "--no-config", "--project", "../maven-plugin/src/it/spring-boot-vendor", "-"),
                "- (standard input) cannot be combined with --project DIR");
        refused(List.of("lint", "--no-cache", "--jdbc", "jdbc:sqlite::memory:", "-"),
                "- (standard input) cannot be combined with --jdbc");
        refused(List.of("lint", "--no-cache", "db/{vendor}", "-"), "- (standard input) cannot be combined with other "
                + "paths: the order of the scripts would be a guess");
        // before: the changelog was dropped and the Flyway layout alone linted
        String changelog = "../examples/liquibase-shop/src/main/resources/db/changelog/db.changelog-master.xml";
        refused(List.of("lint", "--no-cache", "--no-config", "--project", "../maven-plugin/src/it/spring-boot-vendor",
                "--changelog", changelog), "--changelog cannot be combined with the Flyway migrations of --project "
                + "../maven-plugin/src/it/spring-boot-vendor: lint the changelog in a run of its own");
        refused(List.of("lint", "--no-cache", "--no-config", "--changelog", changelog,
                "../examples/nova-uuid-engines/{vendor}"), "--changelog cannot be combined with a {vendor} PATH's engine "
                + "folders");
        refused(List.of("baseline", "--no-cache", "--output", "target/never.json", "--user", "app", NOVA),
                "--user is the login of a database: it goes with --verify-jdbc URL");
        refused(List.of("rehearse", "--engine", "sqlite", "--user", "app", NOVA),
                "--user is the login of a database: it goes with --jdbc URL");
    }

    /** Where they apply, the same options are taken. */
    @Test
    void inTheirModeTheyAreTaken() {
        DialecticCliTest.Run contexts = DialecticCliTest.run("lint", "--no-cache", "--contexts", "prod",
                "../examples/liquibase-shop");
        assertTrue(contexts.exit() != 2, contexts.err());
        DialecticCliTest.Run project = DialecticCliTest.run("lint", "--no-cache", "--no-config", "--project",
                "../maven-plugin/src/it/spring-boot-vendor", "--profile", "prod");
        assertTrue(project.exit() != 2, project.err());
    }
}
