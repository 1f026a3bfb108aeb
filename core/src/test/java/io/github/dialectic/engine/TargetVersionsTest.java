package io.github.dialectic.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which versions a target may name, and what an unknown one is told. */
class TargetVersionsTest {

    private static String error(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> Target.parse(spec)).getMessage();
    }

    @Test
    void theCurrentReleasesAreTheDefaults() {
        assertEquals("[mysql:9.7, mariadb:12.3, postgresql:18, sqlite:3.54, db2:12.1]",
                Targets.latestOfEach().toString());
    }

    @Test
    void everyReleasedLineIsATargetAndItsPatchesToo() {
        for (String spec : List.of("postgresql:18", "postgresql:18.1", "pg:12", "mysql:8.2", "mysql:9.0.1", "mysql:9.4",
                "mysql:8.0.13", "mariadb:11.7", "mariadb:12.0", "mariadb:12.3.3", "sqlite:3.30", "sqlite:3.51.1",
                "db2:12.1", "db2:11.5.9", "db2:11.1.4.7")) {
            assertEquals(spec.substring(spec.indexOf(':') + 1), Target.parse(spec).version().toString(), spec);
        }
    }

    @Test
    void theReleaseLinesAreListedWithRunsShortened() {
        assertEquals("12-18", Engine.POSTGRESQL.describeReleaseLines());
        assertEquals("5.7, 8.0-8.4, 9.0-9.7", Engine.MYSQL.describeReleaseLines());
        assertEquals("10.11, 11.0-11.8, 12.0-12.3", Engine.MARIADB.describeReleaseLines());
        assertEquals("3.25-3.54", Engine.SQLITE.describeReleaseLines());
        assertEquals("11.1, 11.5, 12.1", Engine.DB2.describeReleaseLines());
    }

    @Test
    void anUnknownVersionNamesTheKnownOnesAndTheLikelyOne() {
        assertEquals("target 'postgresql:19': unknown PostgreSQL version 19; did you mean postgresql:18?; known "
                + "versions: 12-18", error("postgresql:19"));
        assertEquals("target 'pg:9.6': unknown PostgreSQL version 9.6; did you mean postgresql:12?; known versions: "
                + "12-18", error("pg:9.6"));
        // never released: the line before the gap
        assertEquals("target 'mysql:8.5': unknown MySQL version 8.5; did you mean mysql:8.4?; known versions: 5.7, "
                + "8.0-8.4, 9.0-9.7", error("mysql:8.5"));
        assertTrue(error("mysql:6.0").contains("did you mean mysql:5.7?"), error("mysql:6.0"));
        assertTrue(error("mariadb:10.12").contains("unknown MariaDB version 10.12; did you mean mariadb:10.11?"));
        assertTrue(error("db2:11.3").contains("unknown Db2 LUW version 11.3; did you mean db2:11.1?; known versions: "
                + "11.1, 11.5, 12.1"), error("db2:11.3"));
        // the same digits with the dot left out or misplaced
        assertTrue(error("mysql:84").contains("did you mean mysql:8.4?"), error("mysql:84"));
        assertTrue(error("postgresql:1.8").contains("did you mean postgresql:18?"), error("postgresql:1.8"));
        assertTrue(error("mariadb:123").contains("did you mean mariadb:12.3?"), error("mariadb:123"));
        assertTrue(error("sqlite:3.99").contains("did you mean sqlite:3.54?; known versions: 3.25-3.54"));
    }

    @Test
    void anUnknownMajorAfterTheNameToo() {
        assertEquals("target 'pg19': unknown PostgreSQL version 19; did you mean pg18?; known versions: 12-18",
                error("pg19"));
        assertEquals("target 'mysql10': unknown MySQL version 10; did you mean mysql9?; known versions: 5.7, 8.0-8.4, "
                + "9.0-9.7", error("mysql10"));
        assertEquals("mysql:9.7", Target.parse("mysql9").toString());
        assertEquals("mariadb:12.3", Target.parse("mariadb12").toString());
    }

    @Test
    void aVersionThatIsNoVersionNamesTheKnownOnes() {
        assertEquals("target 'db2:latest': not a version: 'latest' (expected digits separated by dots, e.g. 8.0 or "
                + "3.35); known db2 versions: 11.1, 11.5, 12.1", error("db2:latest"));
    }

    @Test
    void aReleaseLineWithoutChangesTakesTheProfileBeforeIt() {
        assertEquals(EngineProfiles.of(Target.parse("mysql:8.0.23")), EngineProfiles.of(Target.parse("mysql:8.3")));
        assertEquals(EngineProfiles.of(Target.parse("mysql:9.0")), EngineProfiles.of(Target.parse("mysql:9.3")));
        assertFalse(Engine.MYSQL.covers(Version.parse("7.0")));
    }
}
