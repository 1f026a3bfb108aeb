package io.github.dialectic.change;

import java.util.List;

/**
 * What one migration statement does to the schema, engine neutral. Rules read these instead of a parser's
 * tree, and the schema replay applies them in migration order.
 */
public sealed interface Change {

    record CreateTable(QualifiedName table, List<ColumnDef> columns, List<ConstraintDef> constraints,
                       boolean ifNotExists, List<String> options, SourceRange nameRange) implements Change {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            options = List.copyOf(options);
        }
    }

    record DropTable(List<QualifiedName> tables, boolean ifExists) implements Change {
        public DropTable {
            tables = List.copyOf(tables);
        }
    }

    /** MySQL's {@code RENAME TABLE a TO b} (ALTER TABLE ... RENAME TO is an {@link AlterAction}). */
    record RenameTable(QualifiedName from, QualifiedName to) implements Change {
    }

    record AlterTable(QualifiedName table, List<AlterAction> actions, SourceRange nameRange) implements Change {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    record CreateIndex(QualifiedName table, IndexDef index, boolean concurrently, boolean ifNotExists)
            implements Change {
    }

    /** {@code table} is set for MySQL's {@code DROP INDEX i ON t}, null otherwise. */
    record DropIndex(Name index, QualifiedName table, boolean concurrently, boolean ifExists, SourceRange range)
            implements Change {
    }

    record Transaction(Kind kind) implements Change {
        public enum Kind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT }
    }

    /**
     * A statement that does not change the table structure as we model it (DML, views, grants, PRAGMA, ...).
     * {@code kind} is a short upper-case description such as {@code INSERT} or {@code CREATE VIEW}.
     */
    record Other(String kind) implements Change {
    }
}
