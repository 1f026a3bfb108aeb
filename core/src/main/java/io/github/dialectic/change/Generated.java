package io.github.dialectic.change;

/**
 * A generated (computed) column: {@code [GENERATED ALWAYS] AS (expression) [STORED | VIRTUAL | PERSISTENT]}.
 * {@code alwaysWritten} tells {@code GENERATED ALWAYS AS} from MySQL's and SQLite's short {@code AS}; {@code storageWord}
 * is the keyword as written (PERSISTENT is MariaDB's word for STORED), null when none was.
 */
public record Generated(Expression expression, Storage storage, String storageWord, boolean alwaysWritten,
                        SourceRange range) {

    /** How the value is kept. NOT_WRITTEN: the engine's default (VIRTUAL on MySQL, MariaDB and SQLite). */
    public enum Storage { STORED, VIRTUAL, NOT_WRITTEN }

    /** Whether the value is computed on write and kept in the row (STORED or PERSISTENT written). */
    public boolean stored() {
        return storage == Storage.STORED;
    }
}
