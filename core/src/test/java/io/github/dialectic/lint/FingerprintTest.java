package io.github.dialectic.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Baselines store statement fingerprints, so the streaming hash must equal the plain definition, always. */
class FingerprintTest {

    /** The definition: the text stripped, runs of ASCII whitespace folded to one space, UTF-8, SHA-256, 8 bytes. */
    private static String reference(String text) throws Exception {
        String normalised = text.strip().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
    }

    @Test
    void equalsTheDefinitionOnAwkwardText() throws Exception {
        String[] samples = {"", " ", "SELECT 1", "  CREATE TABLE t (\n\tid INT\r\n)  ", "INSERT INTO t VALUES ('é', 'ü€')",
            "x\uD83D\uDE00y", "lone \uD800 high", "lone \uDC00 low", "end high \uD83D", "a\u00A0b", "é".repeat(5000),
            "\uD83D\uDE00".repeat(3000)};
        for (String s : samples) {
            assertEquals(reference(s), Fingerprint.of(s), () -> "for " + s.length() + " chars");
        }
    }

    @Test
    void equalsTheDefinitionOnRandomText() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\r', 'é', '€', '\uD83D', '\uDE00', '\u00A0', '\u2028', ';', '\''};
        for (int round = 0; round < 300; round++) {
            int length = random.nextInt(round < 250 ? 200 : 30_000);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertEquals(reference(s), Fingerprint.of(s));
        }
    }

    @Test
    void whitespaceDoesNotCountButWordsDo() {
        assertEquals(Fingerprint.of("ALTER TABLE t\n  ADD c INT"), Fingerprint.of("  ALTER  TABLE t ADD c INT\n"));
        assertNotEquals(Fingerprint.of("ALTER TABLE t ADD c INT"), Fingerprint.of("ALTER TABLE t ADD d INT"));
    }
}
