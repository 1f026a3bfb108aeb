package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written SHA-256 must give the JDK's digest for every length (padding edges at 55/56/64) and split. */
class Sha256Test {

    private static byte[] digest(Sha256 sha) {
        ByteBuffer out = ByteBuffer.allocate(32);
        for (int word : sha.h) {
            out.putInt(word);
        }
        return out.array();
    }

    @Test
    void equalsTheJdkDigestAtEveryLengthAndSplit() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        Sha256 sha = new Sha256(); // reused, as Fingerprint reuses it: reset must forget everything
        for (int length = 0; length < 600; length++) {
            byte[] message = new byte[length];
            for (int i = 0; i < length; i++) {
                message[i] = (byte) random.nextInt(256);
            }
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(message);
            sha.reset();
            sha.update(message, 0, length);
            sha.finish();
            assertArrayEquals(expected, digest(sha), "length " + length);
            sha.reset();
            for (int off = 0; off < length; ) { // in pieces of random sizes, some across block borders
                int n = Math.min(length - off, random.nextInt(1, 90));
                sha.update(message, off, n);
                off += n;
            }
            sha.finish();
            assertArrayEquals(expected, digest(sha), "length " + length + " in pieces");
        }
    }

    @Test
    void knownAnswer() {
        Sha256 sha = new Sha256();
        byte[] abc = {'a', 'b', 'c'};
        sha.update(abc, 0, 3);
        sha.finish();
        assertArrayEquals(java.util.HexFormat.of().parseHex(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), digest(sha));
    }
}
