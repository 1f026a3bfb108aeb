package io.github.dialectic.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileTooLargeForJavaIsRefusedNamingTheLimitNotMemory() throws Exception {
        Path huge = dir.resolve("V1__huge.sql");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GiB that take no disk
        }
        SourceException e = assertThrows(SourceException.class, () -> SourceFile.read(huge));
        assertTrue(e.getMessage().startsWith(huge + ": too large to lint (3221225472 bytes; the limit is"), e.getMessage());
        assertTrue(e.getMessage().contains("split it"), e.getMessage());
    }

    @Test
    void readsUtf8AndStripsBom() throws Exception {
        Path f = dir.resolve("V1__init.sql");
        Files.write(f, ("\uFEFFCREATE TABLE `café` (a int);\n").getBytes(StandardCharsets.UTF_8));
        SourceFile src = SourceFile.read(f);
        assertEquals(f, src.path());
        assertEquals("CREATE TABLE `café` (a int);\n", src.text());
        assertEquals(SqlFlavor.MYSQL, src.flavor());
        assertEquals(2, src.lines().line(src.text().length()));
    }

    @Test
    void malformedUtf8NamesLineAndByteOffset() throws Exception {
        Path f = dir.resolve("bad.sql");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("SELECT 1;\r\nSELECT 'é';\nSELECT '".getBytes(StandardCharsets.UTF_8));
        int offset = bytes.size();
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write("';\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, bytes.toByteArray());
        SourceException e = assertThrows(SourceException.class, () -> SourceFile.read(f));
        assertEquals(f, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(f + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset " + offset), e.getMessage());
    }

    @Test
    void truncatedSequenceAtEndIsMalformed() throws Exception {
        Path f = dir.resolve("trunc.sql");
        Files.write(f, new byte[] {'a', '\r', 'b', (byte) 0xE2, (byte) 0x82});
        SourceException e = assertThrows(SourceException.class, () -> SourceFile.read(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("byte offset 3"), e.getMessage());
    }

    @Test
    void emptyFilesAndFoldersReadAsBefore() throws Exception {
        Path empty = Files.createFile(dir.resolve("V1__empty.sql"));
        assertEquals("", SourceFile.read(empty).text());
        Path folder = Files.createDirectory(dir.resolve("V2__folder.sql"));
        SourceException e = assertThrows(SourceException.class, () -> SourceFile.read(folder));
        assertEquals(folder + ": cannot read: java.io.IOException: Is a directory", e.getMessage());
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nope.sql");
        SourceException e = assertThrows(SourceException.class, () -> SourceFile.read(f));
        assertEquals(0, e.line());
        assertEquals(f + ": no such file or directory", e.getMessage());
    }

    @Test
    void inMemoryFileAndForcedFlavour() {
        SourceFile src = SourceFile.of(Path.of("mem.sql"), "\uFEFFSELECT 1::int;");
        assertEquals("SELECT 1::int;", src.text());
        assertEquals(SqlFlavor.POSTGRESQL, src.flavor());
        SourceFile db2 = src.withFlavor(SqlFlavor.DB2);
        assertEquals(SqlFlavor.DB2, db2.flavor());
        assertSame(src.text(), db2.text());
        assertSame(src.lines(), db2.lines());
        assertSame(src, src.withFlavor(SqlFlavor.POSTGRESQL));
    }

    @Test
    void exceptionMessageFormat() {
        Path p = Path.of("a", "b.sql");
        assertEquals(p + ":7: boom", new SourceException(p, 7, "boom").getMessage());
        assertEquals(p + ": boom", new SourceException(p, 0, "boom").getMessage());
        assertEquals(7, new SourceException(p, 7, "boom").line());
    }
}
