package io.github.dialectic.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywaySqlSourceTest {

    @TempDir
    Path dir;

    private static List<Path> paths(List<Script> scripts) {
        return scripts.stream().map(s -> s.file().path()).toList();
    }

    @Test
    void locatedFilesAreReadAsGivenWhereInputsAreLocated() throws Exception {
        Path v1 = Files.writeString(dir.resolve("V1__a.sql"), "CREATE TABLE a (id INT);");
        Path v2 = Files.writeString(dir.resolve("V2__b.sql"), "CREATE TABLE b (id INT);");
        Path undo = Files.writeString(dir.resolve("U2__b.sql"), "DROP TABLE b;");
        // inputs: the folder found, in Flyway order, undo left out
        assertEquals(List.of(v1, v2), paths(new FlywaySqlSource(List.of(dir), null).scripts()));
        // located: exactly the files, in the order given (the caller located them), none found or dropped
        assertEquals(List.of(v2, undo, v1), paths(FlywaySqlSource.located(List.of(v2, undo, v1), null).scripts()));
        assertEquals(List.of(v1, v2), paths(FlywaySqlSource.located(MigrationLocator.locate(List.of(dir)), null)
                .scripts()));
    }
}
