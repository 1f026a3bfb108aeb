package io.github.dialectic.rules.support;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.Spelling;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.schema.Table;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds what a statement's key or index refers to: the column's type, and (where the declaration is in this file)
 * its declaration, for the character set and collation it was given.
 */
public final class Columns {

    private Columns() {
    }

    /**
     * A column as far as a rule can see it: its type, and its declaration when it lies in this file (null otherwise);
     * the table's default collation and character set where known.
     */
    public record Resolved(Name name, DataType type, ColumnDef declaration, String tableDefaultCollation,
                           String tableDefaultCharset) {

        /** The explicit character set of the column (or its collation's), else the table's, lower-cased, or null. */
        public String charset() {
            if (declaration != null) {
                if (declaration.characterSet() != null) {
                    return declaration.characterSet().toLowerCase(Locale.ROOT);
                }
                if (declaration.collation() != null) {
                    String coll = declaration.collation().toLowerCase(Locale.ROOT);
                    int cut = coll.indexOf('_');
                    return cut > 0 ? coll.substring(0, cut) : coll;
                }
            }
            return tableDefaultCharset;
        }

        /** The explicit COLLATE of the column, else of the table (CREATE TABLE ... COLLATE=), lower-cased, or null. */
        public String collation() {
            if (declaration != null) {
                if ("binary".equalsIgnoreCase(declaration.characterSet())) {
                    return "binary";
                }
                if (declaration.collation() != null) {
                    return declaration.collation().toLowerCase(Locale.ROOT);
                }
            }
            return tableDefaultCollation;
        }

        /** Whether MySQL's BINARY attribute follows the type: the _bin collation of the column's character set. */
        public boolean binaryAttribute() {
            return declaration != null && declaration.spelled(Spelling.BINARY_COLLATION) != null;
        }
    }

    /**
     * Resolves {@code column} of {@code table}: a column declared by this change, else the latest declaration in this
     * file, else the replayed schema (type only). Empty when nothing is known of it.
     */
    public static Optional<Resolved> resolve(RuleContext ctx, Change change, QualifiedName table, Name column) {
        String tableCollation = tableDefault(ctx, change, table, true);
        String tableCharset = tableDefault(ctx, change, table, false);
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            if (d.table().key().equals(table.key()) && d.column().name().sameAs(column)) {
                return Optional.of(new Resolved(column, d.column().type(), d.column(), tableCollation, tableCharset));
            }
        }
        ColumnDef inFile = ctx.fileDeclaration(table, column).orElse(null);
        Optional<io.github.dialectic.schema.Column> fromSchema = ctx.schema().table(table).flatMap(t -> t.column(column));
        DataType type = fromSchema.map(io.github.dialectic.schema.Column::type)
                .orElse(inFile == null ? null : inFile.type());
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(column, type, inFile, tableCollation, tableCharset));
    }

    /**
     * The table's default collation or character set ({@code collation} says which): from this CREATE TABLE, else as
     * the replayed schema has it, changed by this ALTER TABLE's table options. Lower-cased, or null.
     */
    private static String tableDefault(RuleContext ctx, Change change, QualifiedName table, boolean collation) {
        if (change instanceof Change.CreateTable ct && ct.table().name().sameAs(table.name())) {
            String charset = ct.defaultCharacterSet() == null ? null : ct.defaultCharacterSet().toLowerCase(Locale.ROOT);
            if (!collation) {
                return charset;
            }
            return ct.defaultCollation() != null ? ct.defaultCollation().toLowerCase(Locale.ROOT)
                    : "binary".equals(charset) ? "binary" : null;
        }
        Table replayed = ctx.schema().table(table).orElse(null);
        String found = replayed == null ? null : collation ? replayed.defaultCollation() : replayed.defaultCharacterSet();
        if (change instanceof Change.AlterTable at && at.table().name().sameAs(table.name())) {
            for (AlterAction a : at.actions()) { // later options override earlier ones
                if (a instanceof AlterAction.TableOptions o) {
                    if (!collation && o.characterSet() != null) {
                        found = o.characterSet().toLowerCase(Locale.ROOT);
                    } else if (collation && o.collation() != null) {
                        found = o.collation().toLowerCase(Locale.ROOT);
                    } else if (collation && "binary".equalsIgnoreCase(o.characterSet())) {
                        found = "binary";
                    }
                }
            }
        }
        return found;
    }
}
