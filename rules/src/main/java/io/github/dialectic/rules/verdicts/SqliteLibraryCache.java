package io.github.dialectic.rules.verdicts;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * sqlite-jdbc unpacks its native library (about 1 MB) into the temporary directory at every start and reads it back to
 * compare: a tenth of a second of each lint. A process that owns its JVM (the command line) names a directory in the
 * system property {@value #PROPERTY}; the library is then unpacked there once, into a folder named after sqlite-jdbc's
 * version, the platform and the CRC-32 and length the jar gives for it, and loaded from there. A copy of another
 * length or CRC-32 (cut short, damaged) is written anew first; whatever fails leaves the loading to sqlite-jdbc as
 * before. The property is not set in a JVM that others share (Maven, a test run): {@code org.sqlite.lib.path} would
 * apply to every sqlite-jdbc in it, of whatever version.
 */
final class SqliteLibraryCache {

    static final String PROPERTY = "dialectic.sqlite.library-cache";

    private static boolean done;

    private SqliteLibraryCache() {
    }

    /** Points sqlite-jdbc at the cached library, once, when {@value #PROPERTY} names a directory. */
    static synchronized void use() {
        if (done) {
            return;
        }
        done = true;
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isEmpty() || !Path.of(dir).isAbsolute() || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        Path library = extract(Path.of(dir));
        if (library != null) {
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        }
    }

    /** The intact library under {@code dir}, unpacked first if need be; null when it cannot be had there. */
    static Path extract(Path dir) {
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
            URL url = SQLiteJDBCLoader.class.getResource(resource);
            if (url == null) {
                return null;
            }
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return null;
            }
            // the jar's directory gives length and CRC-32 without reading the library
            JarEntry entry = jar.getJarEntry();
            long crc = entry.getCrc();
            long size = entry.getSize();
            if (crc < 0 || size < 0) {
                return null;
            }
            String platform = LibraryLoaderUtil.getNativeLibResourcePath().replaceFirst("^.*/native/", "")
                    .replaceAll("[^A-Za-z0-9_.-]", "-");
            Path folder = dir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + platform + "-"
                    + Long.toHexString(crc) + "-" + size);
            Path library = folder.resolve(name);
            if (intact(library, crc, size)) {
                return library;
            }
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "." + name + ".", ".tmp");
            try {
                CRC32 written = new CRC32();
                try (InputStream in = connection.getInputStream();
                     FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                     OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        written.update(buffer, 0, n);
                        out.write(buffer, 0, n);
                    }
                    out.flush();
                    channel.force(true); // on disk before it gets its name: a reader never sees half of it
                }
                if (written.getValue() != crc || Files.size(tmp) != size) {
                    return null;
                }
                tmp.toFile().setExecutable(true, false);
                Files.move(tmp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return intact(library, crc, size) ? library : null;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether the file has this length and CRC-32 (about a millisecond for the library's megabyte). */
    private static boolean intact(Path file, long crc, long size) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != size) {
                return false;
            }
            CRC32 actual = new CRC32();
            actual.update(Files.readAllBytes(file));
            return actual.getValue() == crc;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
