package io.github.dialectic.change;

/** One action of an ALTER TABLE statement; {@code range} covers the action's text. */
public sealed interface AlterAction {

    SourceRange range();

    record AddColumn(ColumnDef column, boolean ifNotExists, SourceRange range) implements AlterAction {
    }

    record DropColumn(Name column, boolean ifExists, boolean cascade, SourceRange range) implements AlterAction {
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

    record SetDefault(Name column, String expression, SourceRange range) implements AlterAction {
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

    record RenameTo(QualifiedName newName, SourceRange range) implements AlterAction {
    }

    record RenameIndex(Name from, Name to, SourceRange range) implements AlterAction {
    }

    /** Understood as valid but not modelled (table options, ENGINE=, VALIDATE CONSTRAINT, ...). */
    record OtherAction(String text, SourceRange range) implements AlterAction {
    }
}
