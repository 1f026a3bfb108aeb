package io.github.dialectic.engine;

import java.util.Locale;

/** How an engine departs from what the migration author expects. */
public enum Effect {
    /** The engine refuses the statement: the migration fails there. */
    REJECTED,
    /** The engine accepts the statement but the result means something else (data, constraints, semantics). */
    DIFFERENT,
    /** The engine accepts it and does what was meant, but rewrites, copies, scans or locks a whole table. */
    COSTLY;

    /** The name reports use: {@code rejected}, {@code different}, {@code costly}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
