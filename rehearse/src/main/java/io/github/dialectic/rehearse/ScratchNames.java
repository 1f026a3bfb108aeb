package io.github.dialectic.rehearse;

import java.security.SecureRandom;

/** Names of scratch databases: {@code dialectic_rehearse_} and 12 random characters, never a user's name. */
final class ScratchNames {

    static final String PREFIX = "dialectic_rehearse_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private ScratchNames() {
    }

    static String next() {
        StringBuilder name = new StringBuilder(PREFIX);
        for (int i = 0; i < 12; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
