package io.github.dialectic.change;

import java.util.List;
import java.util.Locale;

/**
 * A column type: {@code written} is the text as in the migration, {@code name} the base type upper-cased with
 * spaces normalised ({@code DOUBLE PRECISION}, {@code VARCHAR}), {@code arguments} the numbers in parentheses.
 */
public record DataType(String written, String name, List<String> arguments, boolean unsigned, SourceRange range) {

    public DataType {
        arguments = List.copyOf(arguments);
        name = name.toUpperCase(Locale.ROOT);
    }

    public boolean is(String... names) {
        for (String n : names) {
            if (name.equalsIgnoreCase(n)) {
                return true;
            }
        }
        return false;
    }

    /** The first numeric argument (length or precision), or -1. */
    public int length() {
        if (arguments.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(arguments.get(0).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return written;
    }
}
