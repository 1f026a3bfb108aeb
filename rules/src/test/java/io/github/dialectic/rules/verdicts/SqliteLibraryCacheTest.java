package io.github.dialectic.rules.verdicts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** sqlite-jdbc's native library unpacked once into a cache: used while intact, written anew when not. */
class SqliteLibraryCacheTest {

    @TempDir
    Path cache;

    private static byte[] bundled() throws Exception {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void unpackedOnceThenReusedAndRewrittenWhenCutShortOrDamaged() throws Exception {
        byte[] bundled = bundled();
        Path library = SqliteLibraryCache.extract(cache);
        assertNotNull(library);
        assertArrayEquals(bundled, Files.readAllBytes(library));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bundled);
        assertEquals(Long.toHexString(crc.getValue()) + "-" + bundled.length + "-" + LibraryLoaderUtil.getNativeLibName(),
                library.getFileName().toString(), "named with its CRC-32 and length");
        assertEquals(List.of(library), files(), "no temporary file left");

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);
        assertEquals(library, SqliteLibraryCache.extract(cache));
        assertEquals(old, Files.getLastModifiedTime(library), "an intact copy is used as it is");

        Files.write(library, Arrays.copyOf(bundled, bundled.length / 3)); // cut short: a full disk, a killed copy
        assertEquals(library, SqliteLibraryCache.extract(cache));
        assertArrayEquals(bundled, Files.readAllBytes(library), "a copy cut short is written anew");

        byte[] damaged = bundled.clone();
        for (int i = damaged.length / 2; i < damaged.length / 2 + 16; i++) {
            damaged[i] ^= 0x5a;
        }
        Files.write(library, damaged); // same length, other bytes
        assertEquals(library, SqliteLibraryCache.extract(cache));
        assertArrayEquals(bundled, Files.readAllBytes(library), "a damaged copy of the right length is written anew");
        assertEquals(List.of(library), files());

        // in its folder only names of the form <crc>-<length>-<library> are copies: a wrong one is deleted, the rest kept
        String name = LibraryLoaderUtil.getNativeLibName();
        Path other = Files.writeString(library.resolveSibling("notes-" + name), "not a copy");
        Path wrong = Files.writeString(library.resolveSibling("0-10-" + name), "0123456789");
        assertEquals(library, SqliteLibraryCache.extract(cache));
        assertEquals(List.of(library, other).stream().sorted().toList(), files());
        assertNotNull(wrong);
    }

    @Test
    void noCacheWhereNoneCanBeWritten() throws Exception {
        Path file = Files.writeString(cache.resolve("a-file"), "not a directory");
        assertNull(SqliteLibraryCache.extract(file.resolve("native")), "left to sqlite-jdbc's own unpacking");
    }
}
