package io.github.dialectic.rule;

import java.util.Locale;

/** Ordered from most to least serious. */
public enum Severity {
    /** The most serious: fails a build by default (the CLI's {@code --fail-on}, the plugin's {@code failOn}). */
    ERROR,
    /** Fails a build only when asked ({@code --fail-on warning}). */
    WARNING,
    /** Reported; fails a build only with {@code --fail-on info}. */
    INFO;

    /** The name users write: {@code error}, {@code warning}, {@code info}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** The severity with this id, in any case; an unknown one is an IllegalArgumentException naming the valid ids. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "'; valid: error, warning, info");
    }
}
