package io.github.dialectic.rules.support;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a statement's key or index refers to: the column's type, and (where the declaration is in this file)
 * the text it was declared with, for attributes the change model does not keep (COLLATE, CHARACTER SET, ON UPDATE).
 */
public final class Columns {

    private static final Pattern COLLATE = Pattern.compile("(?i)\\bCOLLATE\\s*=?\\s*[`'\"]?([A-Za-z0-9_]+)");
    private static final Pattern CHARSET = Pattern.compile("(?i)\\b(?:CHARACTER\\s+SET|CHARSET)\\s*=?\\s*[`'\"]?([A-Za-z0-9_]+)");
    private static final Pattern BINARY_CHARSET = Pattern.compile("(?i)\\b(?:CHARACTER\\s+SET|CHARSET)\\s*=?\\s*[`'\"]?binary\\b");

    private Columns() {
    }

    /** A column as far as a rule can see it: its type, and its declaration's text when it lies in this file. */
    public record Resolved(Name name, DataType type, String declaration, String tableDefaultCollation,
                           String tableDefaultCharset) {

        /** The explicit character set of the column (or its collation's), else the table's, lower-cased, or null. */
        public String charset() {
            if (declaration != null) {
                Matcher m = CHARSET.matcher(declaration);
                if (m.find()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
                Matcher c = COLLATE.matcher(declaration);
                if (c.find()) {
                    String coll = c.group(1).toLowerCase(Locale.ROOT);
                    int cut = coll.indexOf('_');
                    return cut > 0 ? coll.substring(0, cut) : coll;
                }
            }
            return tableDefaultCharset;
        }

        /** The explicit COLLATE of the column, else of the table (CREATE TABLE ... COLLATE=), lower-cased, or null. */
        public String collation() {
            if (declaration != null) {
                if (BINARY_CHARSET.matcher(declaration).find()) {
                    return "binary";
                }
                Matcher m = COLLATE.matcher(declaration);
                if (m.find()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
            }
            return tableDefaultCollation;
        }
    }

    /**
     * Resolves {@code column} of {@code table}: a column declared by this change, else the latest declaration in this
     * file, else the replayed schema (type only). Empty when nothing is known of it.
     */
    public static Optional<Resolved> resolve(RuleContext ctx, Change change, QualifiedName table, Name column) {
        CharSequence text = ctx.fileText();
        String tableCollation = tableOption(ctx, change, table, COLLATE);
        String tableCharset = tableOption(ctx, change, table, CHARSET);
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            if (d.table().key().equals(table.key()) && d.column().name().sameAs(column)) {
                return Optional.of(new Resolved(column, d.column().type(), textOf(text, d.column().range()), tableCollation,
                        tableCharset));
            }
        }
        ColumnDef inFile = ctx.fileDeclaration(table, column).orElse(null);
        Optional<io.github.dialectic.schema.Column> fromSchema = ctx.schema().table(table).flatMap(t -> t.column(column));
        DataType type = fromSchema.map(io.github.dialectic.schema.Column::type)
                .orElse(inFile == null ? null : inFile.type());
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(column, type, inFile == null ? null : textOf(text, inFile.range()), tableCollation,
                tableCharset));
    }

    /** A table option (COLLATE=, CHARSET=) of the table's CREATE TABLE or ALTER TABLE when that is in this file. */
    private static String tableOption(RuleContext ctx, Change change, QualifiedName table, Pattern option) {
        List<String> options = new ArrayList<>();
        if (change instanceof Change.CreateTable ct && ct.table().name().sameAs(table.name())) {
            options.addAll(ct.options());
        } else {
            // the replayed schema keeps every option the table was given, in every file so far
            ctx.schema().table(table).ifPresent(t -> options.addAll(t.options()));
            if (change instanceof Change.AlterTable at && at.table().name().sameAs(table.name())) {
                at.actions().stream().filter(a -> a instanceof AlterAction.OtherAction)
                        .forEach(a -> options.add(((AlterAction.OtherAction) a).text()));
            }
        }
        String found = null;
        for (String text : options) { // later options override earlier ones
            if (option == COLLATE && BINARY_CHARSET.matcher(text).find()) {
                found = "binary";
            }
            Matcher m = option.matcher(text);
            if (m.find()) {
                found = m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return found;
    }

    private static String textOf(CharSequence text, SourceRange range) {
        return text.subSequence(range.start(), Math.min(range.end(), text.length())).toString();
    }
}
