package io.github.dialectic.change;

/** One action of an ALTER TABLE statement; {@code range} covers the action's text. */
public sealed interface AlterAction {

    SourceRange range();

    /** {@code ifNotExistsClause}: where IF NOT EXISTS was written, or null. */
    record AddColumn(ColumnDef column, SourceRange ifNotExistsClause, SourceRange range) implements AlterAction {
        public boolean ifNotExists() {
            return ifNotExistsClause != null;
        }
    }

    /** {@code ifExistsClause}: where IF EXISTS was written, or null. */
    record DropColumn(Name column, SourceRange ifExistsClause, boolean cascade, SourceRange range) implements AlterAction {
        public boolean ifExists() {
            return ifExistsClause != null;
        }
    }

    record RenameColumn(Name from, Name to, SourceRange range) implements AlterAction {
    }

    /** MySQL's {@code MODIFY [COLUMN] c def} ({@code from} = c) and {@code CHANGE [COLUMN] old new def}. */
    record ModifyColumn(Name from, ColumnDef column, SourceRange range) implements AlterAction {
    }

    /** PostgreSQL {@code ALTER COLUMN c [SET DATA] TYPE t [USING e]}, DB2 {@code ALTER COLUMN c SET DATA TYPE t}. */
    record AlterColumnType(Name column, DataType type, String using, SourceRange range) implements AlterAction {
    }

    record SetNotNull(Name column, SourceRange range) implements AlterAction {
    }

    record DropNotNull(Name column, SourceRange range) implements AlterAction {
    }

    /** {@code defaultClause} (from DEFAULT to the end of the value) is null when nothing follows SET DEFAULT. */
    record SetDefault(Name column, ColumnDefault defaultClause, SourceRange range) implements AlterAction {
        /** The new default, or null. */
        public Expression value() {
            return defaultClause == null ? null : defaultClause.expression();
        }

        /** The new default as written, or null. */
        public String expression() {
            return defaultClause == null ? null : defaultClause.expression().text();
        }
    }

    record DropDefault(Name column, SourceRange range) implements AlterAction {
    }

    /** ADD [CONSTRAINT n] PRIMARY KEY/UNIQUE/FOREIGN KEY/CHECK, or MySQL's ADD INDEX/KEY; {@code notValid}: PostgreSQL NOT VALID. */
    record AddConstraint(ConstraintDef constraint, boolean notValid, SourceRange range) implements AlterAction {
    }

    /**
     * DROP CONSTRAINT n, or MySQL's DROP PRIMARY KEY / DROP FOREIGN KEY n / DROP INDEX n / DROP CHECK n, told
     * apart by {@code kind}. {@code name} is null for DROP PRIMARY KEY.
     */
    record DropConstraint(Name name, Kind kind, boolean ifExists, SourceRange range) implements AlterAction {
        public enum Kind { CONSTRAINT, PRIMARY_KEY, FOREIGN_KEY, INDEX, CHECK }
    }

    /** PostgreSQL's {@code VALIDATE CONSTRAINT n}: checks the rows against a constraint added NOT VALID. */
    record ValidateConstraint(Name name, SourceRange range) implements AlterAction {
    }

    record RenameTo(QualifiedName newName, SourceRange range) implements AlterAction {
    }

    record RenameIndex(Name from, Name to, SourceRange range) implements AlterAction {
    }

    /**
     * MySQL's table options in ALTER TABLE (ENGINE=, [DEFAULT] CHARACTER SET/CHARSET, [DEFAULT] COLLATE, CONVERT TO
     * CHARACTER SET ..., AUTO_INCREMENT=, COMMENT=, ROW_FORMAT=, ...), kept as written; {@code characterSet} and
     * {@code collation} are the names it gives (the last one written), or null.
     */
    record TableOptions(String text, String characterSet, String collation, SourceRange range) implements AlterAction {
    }

    /** Understood as valid but not modelled (PostgreSQL's SET (...), OWNER TO, ALTER CONSTRAINT, ...). */
    record OtherAction(String text, SourceRange range) implements AlterAction {
    }
}
