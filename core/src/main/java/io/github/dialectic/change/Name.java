package io.github.dialectic.change;

import java.util.Locale;

/**
 * An identifier as written. Lookups use {@link #key()}: unquoted names fold to lower case, so that {@code Instances}
 * and {@code instances} meet (PostgreSQL folds down, DB2 up; either way they are one object). Quoted names keep their case.
 */
public record Name(String text, boolean quoted) {

    public static Name of(String text) {
        return new Name(text, false);
    }

    public String key() {
        return quoted ? text : text.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(Name other) {
        if (other == null) {
            return false;
        }
        if (!quoted && !other.quoted) {
            return text.equalsIgnoreCase(other.text); // the common case, without allocating folded copies
        }
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return text;
    }
}
