package io.github.dialectic.change;

import java.util.List;

/** A table-level constraint (or MySQL's inline INDEX/KEY) from CREATE TABLE or ALTER TABLE ... ADD. */
public sealed interface ConstraintDef permits PrimaryKeyDef, UniqueDef, ForeignKeyDef, CheckDef, IndexDef {
    /** The constraint name, or null when the engine is left to generate one. */
    Name name();

    SourceRange range();

    default List<Name> columns() {
        return List.of();
    }
}
