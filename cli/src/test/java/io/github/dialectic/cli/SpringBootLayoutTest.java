package io.github.dialectic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code lint --project} on a Spring Boot layout (the Invoker IT's project, maven-plugin/src/it/spring-boot-vendor):
 * README's "Spring Boot" command, run here, prints what README shows.
 */
class SpringBootLayoutTest {

    static final Path REPO = Path.of("..");
    static final String PROJECT = "maven-plugin/src/it/spring-boot-vendor";
    static final String COMMAND = "bin/dialectic lint --project " + PROJECT
            + " --target postgresql:15,mysql:8.4,mariadb:10.11";

    /** The README block after the marker line, without its fences. */
    static List<String> readmeBlock(String marker) throws Exception {
        List<String> lines = Files.readAllLines(REPO.resolve("README.md"));
        int at = lines.indexOf(marker);
        assertTrue(at >= 0, "README.md has no " + marker);
        int start = at + 2; // the marker, then the opening fence
        int end = start;
        while (!lines.get(end).equals("```")) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void readmesSpringBootCommandPrintsWhatReadmeShows() throws Exception {
        List<String> readme = Files.readAllLines(REPO.resolve("README.md"));
        assertTrue(readme.contains(COMMAND), "README.md must show: " + COMMAND);
        String[] args = COMMAND.substring("bin/dialectic ".length()).split(" ");
        args[2] = REPO.resolve(PROJECT).toString();
        DialecticCliTest.Run r = DialecticCliTest.run(args);
        assertEquals(1, r.exit(), r.out() + r.err());
        String prefix = REPO.resolve(PROJECT) + "/";
        List<String> shown = new java.util.ArrayList<>();
        r.out().lines().map(l -> l.replace(prefix, PROJECT + "/")).forEach(shown::add);
        r.err().lines().map(l -> l.replace(prefix, PROJECT + "/")).forEach(shown::add);
        assertEquals(readmeBlock("<!-- spring-boot: output -->"), shown);
    }

    @Test
    void aVendorPathOnTheCommandLineIsPerEngineToo() {
        Path res = REPO.resolve(PROJECT).resolve("src/main/resources/db/shop");
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--format", "json", "--target", "postgresql,mariadb",
                res.resolve("common").toString(), res.resolve("{vendor}").toString());
        // no MySQL target: the MySQL folder is not linted, and MariaDB takes a literal TEXT default
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("\"unparsed\" : 0"), r.out());
        // the sets side by side in the report: which set, which engine, its files and findings (the drift, MariaDB's
        // column that PostgreSQL lacks, counts for PostgreSQL's set)
        assertTrue(r.out().replaceAll("\\s+", " ").contains("""
                  "sets" : [ {
                    "name" : "mariadb",
                    "engine" : "mariadb",
                    "targets" : [ "mariadb:12.3" ],
                    "files" : 2,
                    "common" : 1,
                    "own" : [ "%s" ],
                    "findings" : {
                      "error" : 0,
                      "warning" : 0,
                      "info" : 0
                    }
                  }, {""".formatted(res.resolve("mariadb/V2__orders.sql")).replaceAll("\\s+", " ")), r.out());
    }

    @Test
    void aProjectWithoutMigrationsIsAnErrorNamingWhereItLooked(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("src/main/resources"));
        Files.writeString(tmp.resolve("src/main/resources/application.yml"),
                "spring:\n  flyway:\n    locations: classpath:db/{vendor}\n");
        DialecticCliTest.Run r = DialecticCliTest.run("lint", "--project", tmp.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("dialectic: no migrations found; looked in " + tmp.resolve("src/main/resources/db/mysql")),
                r.err());
    }
}
