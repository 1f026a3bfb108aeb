package io.github.dialectic.change;

import java.util.ArrayList;
import java.util.List;

/**
 * What one migration statement does to the schema, engine neutral. Rules read these instead of a parser's
 * tree, and the schema replay applies them in migration order.
 */
public sealed interface Change {

    /**
     * Every foreign key this change adds, inline {@code REFERENCES} included (with the child column filled in):
     * what most foreign-key rules check.
     */
    default List<ForeignKeyDef> foreignKeysAdded() {
        return List.of();
    }

    /** Every named or unnamed index this change adds: CREATE INDEX, MySQL's inline INDEX/KEY and ADD INDEX. */
    default List<IndexDef> indexesAdded() {
        return List.of();
    }

    /** Every constraint timing clause ([NOT] DEFERRABLE, INITIALLY ...) of a CREATE TABLE or ALTER TABLE, in order. */
    default List<DeferrableClause> deferrableClauses() {
        return List.of();
    }

    /** Columns this change declares: CREATE TABLE, ALTER TABLE ... ADD COLUMN and MySQL's MODIFY/CHANGE. */
    default List<ColumnDef> columnsDeclared() {
        return List.of();
    }

    /**
     * {@code ifNotExistsClause}: where IF NOT EXISTS was written, or null. {@code options} are the table options as
     * written (upper-cased); {@code defaultCharacterSet} and {@code defaultCollation} are the names in its
     * [DEFAULT] CHARACTER SET/CHARSET and [DEFAULT] COLLATE options (the last one written), or null;
     * {@code optionsRange} covers everything after the column list (null when nothing follows it).
     */
    record CreateTable(QualifiedName table, List<ColumnDef> columns, List<ConstraintDef> constraints,
                       SourceRange ifNotExistsClause, List<String> options, String defaultCharacterSet,
                       String defaultCollation, SourceRange optionsRange, List<DeferrableClause> deferrableClauses,
                       SourceRange nameRange) implements Change {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            options = List.copyOf(options);
            deferrableClauses = List.copyOf(deferrableClauses);
        }

        public boolean ifNotExists() {
            return ifNotExistsClause != null;
        }

        @Override
        public List<ForeignKeyDef> foreignKeysAdded() {
            List<ForeignKeyDef> fks = new ArrayList<>();
            for (ColumnDef c : columns) {
                if (c.references() != null) {
                    fks.add(c.references().withColumns(List.of(c.name())));
                }
            }
            for (ConstraintDef c : constraints) {
                if (c instanceof ForeignKeyDef fk) {
                    fks.add(fk);
                }
            }
            return fks;
        }

        @Override
        public List<IndexDef> indexesAdded() {
            return constraints.stream().filter(c -> c instanceof IndexDef).map(c -> (IndexDef) c).toList();
        }

        @Override
        public List<ColumnDef> columnsDeclared() {
            return columns;
        }
    }

    /** {@code ifExistsClause}: where IF EXISTS was written, or null. */
    record DropTable(List<QualifiedName> tables, SourceRange ifExistsClause) implements Change {
        public DropTable {
            tables = List.copyOf(tables);
        }

        public boolean ifExists() {
            return ifExistsClause != null;
        }
    }

    /**
     * MySQL's {@code RENAME TABLE a TO b [, c TO d ...]}, applied pair by pair, so that {@code a TO tmp, b TO a, tmp TO
     * b} swaps two tables (ALTER TABLE ... RENAME TO is an {@link AlterAction}).
     */
    record RenameTable(List<Rename> renames) implements Change {
        public RenameTable {
            renames = List.copyOf(renames);
            if (renames.isEmpty()) {
                throw new IllegalArgumentException("RENAME TABLE renames at least one table");
            }
        }

        public RenameTable(QualifiedName from, QualifiedName to) {
            this(List.of(new Rename(from, to)));
        }

        /** The first pair's old name. */
        public QualifiedName from() {
            return renames.get(0).from();
        }

        /** The first pair's new name. */
        public QualifiedName to() {
            return renames.get(0).to();
        }

        /** One pair of a RENAME TABLE. */
        public record Rename(QualifiedName from, QualifiedName to) {
        }
    }

    /**
     * {@code separators}: how each action after the first is joined to the one before it, as written (one entry per
     * action but the first): engines disagree on whether the clauses of one ALTER TABLE take commas between them.
     * {@code deferrableClauses}: the constraint timing clauses written in it.
     */
    record AlterTable(QualifiedName table, List<AlterAction> actions, List<Separator> separators,
                      List<DeferrableClause> deferrableClauses, SourceRange nameRange) implements Change {
        public AlterTable {
            actions = List.copyOf(actions);
            separators = List.copyOf(separators);
            deferrableClauses = List.copyOf(deferrableClauses);
            if (separators.size() != Math.max(0, actions.size() - 1)) {
                throw new IllegalArgumentException(actions.size() + " actions need " + Math.max(0, actions.size() - 1)
                        + " separators, not " + separators.size());
            }
        }

        /**
         * What stands between two actions: a {@code COMMA} (PostgreSQL's, MySQL's and MariaDB's form), {@code NONE}
         * (Db2's: ALTER TABLE t ADD COLUMN a INT ADD COLUMN b INT), or a comma {@code IN_COLUMN_LIST} of MySQL's
         * ADD (a INT, b INT), which joins columns, not clauses. {@code range}: the comma, or for {@code NONE} the
         * empty range where the next action starts.
         */
        public record Separator(Kind kind, SourceRange range) {
            public enum Kind { COMMA, NONE, IN_COLUMN_LIST }
        }

        // Asked by several rules on every ALTER TABLE: loops that make a list only when there is something in it,
        // no stream, no iterator (the cold lint's C1 code allocates each one; issue 12).
        @Override
        public List<ForeignKeyDef> foreignKeysAdded() {
            List<ForeignKeyDef> fks = null;
            for (int k = 0; k < actions.size(); k++) {
                AlterAction a = actions.get(k);
                ForeignKeyDef found = null;
                if (a instanceof AlterAction.AddConstraint add && add.constraint() instanceof ForeignKeyDef fk) {
                    found = fk;
                } else if (a instanceof AlterAction.AddColumn add && add.column().references() != null) {
                    found = add.column().references().withColumns(List.of(add.column().name()));
                }
                if (found != null) {
                    (fks == null ? fks = new ArrayList<>(1) : fks).add(found);
                }
            }
            return fks == null ? List.of() : fks;
        }

        @Override
        public List<IndexDef> indexesAdded() {
            List<IndexDef> out = null;
            for (int k = 0; k < actions.size(); k++) {
                if (actions.get(k) instanceof AlterAction.AddConstraint add && add.constraint() instanceof IndexDef ix) {
                    (out == null ? out = new ArrayList<>(1) : out).add(ix);
                }
            }
            return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
        }

        @Override
        public List<ColumnDef> columnsDeclared() {
            List<ColumnDef> out = null;
            for (int k = 0; k < actions.size(); k++) {
                AlterAction a = actions.get(k);
                ColumnDef c = a instanceof AlterAction.AddColumn add ? add.column()
                        : a instanceof AlterAction.ModifyColumn m ? m.column() : null;
                if (c != null) {
                    (out == null ? out = new ArrayList<>(1) : out).add(c);
                }
            }
            return out == null ? List.of() : out;
        }
    }

    /**
     * {@code ifNotExistsClause}: where IF NOT EXISTS was written, or null; {@code keywordsRange}: CREATE [UNIQUE]
     * [FULLTEXT|SPATIAL] INDEX.
     */
    record CreateIndex(QualifiedName table, IndexDef index, boolean concurrently, SourceRange ifNotExistsClause,
                       SourceRange keywordsRange) implements Change {
        public boolean ifNotExists() {
            return ifNotExistsClause != null;
        }

        @Override
        public List<IndexDef> indexesAdded() {
            return List.of(index);
        }
    }

    /**
     * {@code table} is set for MySQL's {@code DROP INDEX i ON t}, null otherwise, and {@code onClause} covers it from ON
     * to the end of the statement; {@code ifExistsClause}: where IF EXISTS was written, or null.
     */
    record DropIndex(Name index, QualifiedName table, boolean concurrently, SourceRange ifExistsClause,
                     SourceRange onClause, SourceRange range) implements Change {
        public boolean ifExists() {
            return ifExistsClause != null;
        }
    }

    /** PostgreSQL's {@code ALTER INDEX [IF EXISTS] a RENAME TO b}, Db2's {@code RENAME INDEX a TO b}. */
    record RenameIndex(Name from, Name to) implements Change {
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
