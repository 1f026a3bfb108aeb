package io.github.dialectic.rehearse;

import io.github.dialectic.source.FlywaySqlSource;
import io.github.dialectic.source.Script;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A step that runs long says so while it runs, on real SQLite: lines shortened from 10 s to 50 ms for the test. */
class StillRunningTest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        StillRunning.FIRST = Duration.ofSeconds(10);
        StillRunning.EVERY = Duration.ofSeconds(30);
    }

    @Test
    void aLongStepPrintsStillRunningLinesBeforeItsOwn() throws Exception {
        StillRunning.FIRST = Duration.ofMillis(50);
        StillRunning.EVERY = Duration.ofMillis(50);
        // 2,000,000 rows made by SQLite itself: well over 50 ms (200,000 took 43.6 ms once)
        Files.writeString(dir.resolve("V1__big.sql"), "CREATE TABLE big AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                + "SELECT x + 1 FROM c WHERE x < 2000000) SELECT x FROM c;\n");
        List<Script> scripts = new FlywaySqlSource(List.of(dir), null).scripts();
        List<String> lines = new CopyOnWriteArrayList<>();
        EngineRun run;
        try (RehearsalTarget sqlite = RehearsalTarget.sqlite()) {
            run = Rehearsal.run(sqlite, scripts, 0, Rehearsal.Options.defaults().withProgress(lines::add));
        }
        // a column without a declared type, as CREATE TABLE ... AS SELECT makes it, is read back too
        assertEquals("[+ table big (x)]", run.steps().get(0).changes().toString());
        String step = "step 1 of 1 on sqlite: " + dir.resolve("V1__big.sql");
        assertTrue(lines.size() >= 2, lines.toString());
        for (String l : lines.subList(0, lines.size() - 1)) {
            assertTrue(l.matches(java.util.regex.Pattern.quote(step) + " still running, \\d+ s"), l);
        }
        assertTrue(lines.get(lines.size() - 1).matches(java.util.regex.Pattern.quote(step) + " ok [0-9.]+ ms"),
                lines.toString());
        Thread.sleep(200);
        assertEquals(lines.size(), List.copyOf(lines).size(), "no line after the step ended");
    }
}
