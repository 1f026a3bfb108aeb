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
import java.nio.file.DirectoryStream;
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
 * version and the platform, under a name carrying the CRC-32 and length the jar gives for it, and loaded from there. A
 * copy of another length or CRC-32 (cut short, damaged) is deleted and written anew; whatever fails leaves the loading
 * to sqlite-jdbc as before (so does a copy that will not load: sqlite-jdbc then unpacks its own). The property is not set in a JVM that others share (Maven, a test run): {@code org.sqlite.lib.path} would
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

    /**
     * The intact library under {@code dir}, unpacked first if need be; null when it cannot be had there. The copy's
     * name carries its CRC-32 and length ({@code 1a2b3c4d-1125568-libsqlitejdbc.so}), so that it is checked without
     * asking sqlite-jdbc which of its libraries fits this platform: that question runs {@code uname} and reads every
     * mapping of the process (OSInfo), which took longer than the copy saves.
     */
    static Path extract(Path dir) {
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            Path folder = dir.resolve(("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.name")
                    + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "-"));
            Path found = intactCopy(folder, name);
            if (found != null) {
                return found;
            }
            URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (url == null) {
                return null;
            }
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return null;
            }
            // the jar's directory gives the library's length and CRC-32: the copy is checked against them
            JarEntry entry = jar.getJarEntry();
            long crc = entry.getCrc();
            long size = entry.getSize();
            if (crc < 0 || size < 0) {
                return null;
            }
            Files.createDirectories(folder);
            Path library = folder.resolve(Long.toHexString(crc) + "-" + size + "-" + name);
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
            return intactCopy(folder, name);
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The copy in {@code folder} whose length and CRC-32 are those in its name; others there are deleted. */
    private static Path intactCopy(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Path intact = null;
        String suffix = "-" + name;
        // the glob "*-*-<name>" as a plain test: a glob is compiled to a regular expression
        DirectoryStream.Filter<Path> named = p -> {
            String n = p.getFileName().toString();
            return n.endsWith(suffix) && n.lastIndexOf('-', n.length() - suffix.length() - 1) >= 0;
        };
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, named)) {
            for (Path copy : copies) {
                String[] parts = copy.getFileName().toString().split("-", 3);
                boolean ok = false;
                if (intact == null && parts.length == 3 && parts[2].equals(name)) {
                    try {
                        ok = intact(copy, Long.parseLong(parts[0], 16), Long.parseLong(parts[1]));
                    } catch (NumberFormatException e) {
                        ok = false;
                    }
                }
                if (ok) {
                    intact = copy;
                } else {
                    Files.deleteIfExists(copy); // cut short or damaged: never loaded
                }
            }
        }
        return intact;
    }

    /**
     * Whether the file has this length and CRC-32. Read 64 KiB at a time into one buffer, not whole: a fresh array of
     * the library's megabyte cost some 250 page faults of new heap, about 9 ms of every run's start-up.
     */
    private static boolean intact(Path file, long crc, long size) {
        try (InputStream in = Files.newInputStream(file)) {
            if (!Files.isRegularFile(file) || Files.size(file) != size) {
                return false;
            }
            CRC32 actual = new CRC32();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                actual.update(buffer, 0, n);
                read += n;
            }
            return read == size && actual.getValue() == crc;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
