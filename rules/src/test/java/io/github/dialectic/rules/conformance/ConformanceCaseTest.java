package io.github.dialectic.rules.conformance;

import io.github.dialectic.engine.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case may be for some engine versions only; a bad range names the file and line. */
class ConformanceCaseTest {

    @TempDir
    Path dir;

    @Test
    void aCaseRunsOnTheVersionsItNames() throws Exception {
        Path file = Files.writeString(dir.resolve("pk-column-declared-null.sql"), """
                -- case: everywhere
                -- check:
                CREATE TABLE a (id INTEGER);

                -- case: PostgreSQL 18 on, MariaDB before 12.1
                -- versions: postgresql >=18, mariadb <12.1
                -- check:
                CREATE TABLE b (id INTEGER);
                """);
        List<ConformanceCase> cases = ConformanceCase.read(file);
        assertTrue(cases.get(0).runsOn(Target.parse("postgresql:15")));
        assertFalse(cases.get(1).runsOn(Target.parse("postgresql:15")));
        assertTrue(cases.get(1).runsOn(Target.parse("postgresql:18")));
        assertTrue(cases.get(1).runsOn(Target.parse("mariadb:10.11")));
        assertFalse(cases.get(1).runsOn(Target.parse("mariadb:12.3")));
        assertTrue(cases.get(1).runsOn(Target.parse("sqlite:3.54")), "an engine the range does not name");
    }

    @Test
    void aBadRangeNamesTheFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("x.sql"), """
                -- case: wrong
                -- versions: postgresql 18
                -- check:
                CREATE TABLE b (id INTEGER);
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ConformanceCase.read(file));
        assertEquals(file + ":1: '-- versions: postgresql 18': bad version range '18' (use '>=x', '<y' or both)",
                e.getMessage());
    }
}
