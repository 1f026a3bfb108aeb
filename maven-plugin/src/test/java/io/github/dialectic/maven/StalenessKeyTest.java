package io.github.dialectic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check takes start's result only when the key is the same: it must change with every edit of a migration. */
class StalenessKeyTest {

    @Test
    void anEditToTheSameSizeAndTimeChangesTheKey(@TempDir Path dir) throws Exception {
        Path v1 = dir.resolve("V1__a.sql");
        Path v2 = dir.resolve("V2__b.sql");
        Files.writeString(v1, "CREATE TABLE a (id INT);\n");
        Files.writeString(v2, "ALTER TABLE a ADD COLUMN b INT;\n");
        FileTime time = Files.getLastModifiedTime(v2);
        String atStart = AbstractDialecticMojo.stalenessKey("config", List.of(v1, v2));
        assertEquals(atStart, AbstractDialecticMojo.stalenessKey("config", List.of(v1, v2)), "nothing changed");

        Files.writeString(v2, "ALTER TABLE a ADD COLUMN c INT;\n"); // same size
        Files.setLastModifiedTime(v2, time); // same time (an editor or a checkout within the same second)
        assertEquals(time, Files.getLastModifiedTime(v2));
        assertNotEquals(atStart, AbstractDialecticMojo.stalenessKey("config", List.of(v1, v2)));

        Files.writeString(v2, "ALTER TABLE a ADD COLUMN b INT;\n");
        assertEquals(atStart, AbstractDialecticMojo.stalenessKey("config", List.of(v1, v2)), "same content, same key");
        assertNotEquals(atStart, AbstractDialecticMojo.stalenessKey("other config", List.of(v1, v2)));
        assertNotEquals(atStart, AbstractDialecticMojo.stalenessKey("config", List.of(v1)));
    }
}
