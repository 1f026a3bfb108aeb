package io.github.dialectic.lint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/** What the parse cache and the result cache share: their string encoding, hashing and atomic writes. */
final class CacheFiles {

    private CacheFiles() {
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A string written by {@link #writeString}; a length the input cannot hold is corruption, not a huge allocation. */
    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad string length");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Writes an entry's body. */
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** An entry: magic number, key, body, and a CRC32 of all that, so that damage and foreign files are noticed. */
    static byte[] seal(int magic, byte[] key, Body body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(magic);
        out.write(key);
        body.write(out);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    /** The body of an entry made by {@link #seal} with this magic number and key; IOException if it is not one. */
    static DataInputStream open(byte[] bytes, int magic, byte[] key) throws IOException {
        if (bytes.length < 4 + key.length + 8) {
            throw new IOException("short entry");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
            throw new IOException("bad checksum");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
        if (in.readInt() != magic || !MessageDigest.isEqual(in.readNBytes(key.length), key)) {
            throw new IOException("not this entry");
        }
        return in;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} so that a reader sees the old file or the whole new one: written under a
     * temporary name of our own in the same directory (createTempFile seeds a SecureRandom and costs more than the
     * write), then renamed.
     */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + "." + System.nanoTime() + ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files older than this are a killed run's: a live writer renames its file within milliseconds. */
    static final long LEFTOVER_AGE_MILLIS = TimeUnit.HOURS.toMillis(1);

    /**
     * Removes the temporary files of {@link #writeAtomically} that runs killed mid-write left in {@code dirs}; at most
     * once a day per cache (the file {@code marker} keeps the time), so that a run does not list thousands of entries
     * each time. Best effort, like every cache write.
     */
    static void sweepLeftovers(Path marker, Path... dirs) {
        long now = System.currentTimeMillis();
        try {
            if (now - Files.getLastModifiedTime(marker).toMillis() < TimeUnit.DAYS.toMillis(1)) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            // never swept
        }
        try {
            if (!Files.exists(marker)) {
                Files.write(marker, "swept for leftover temporary files\n".getBytes(StandardCharsets.UTF_8));
            }
            Files.setLastModifiedTime(marker, FileTime.fromMillis(now));
        } catch (IOException | RuntimeException e) {
            return; // an unwritable cache has nothing of ours to sweep either
        }
        for (Path dir : dirs) {
            try (DirectoryStream<Path> tmps = Files.newDirectoryStream(dir, "*.tmp")) {
                for (Path tmp : tmps) {
                    if (now - Files.getLastModifiedTime(tmp).toMillis() > LEFTOVER_AGE_MILLIS) {
                        Files.deleteIfExists(tmp);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone, unreadable, removed meanwhile: the next sweep tries again
            }
        }
    }
}
