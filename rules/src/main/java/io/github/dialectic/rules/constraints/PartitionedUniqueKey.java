package io.github.dialectic.rules.constraints;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Keys;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Names;
import io.github.dialectic.schema.Table;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "partitioned-unique-key",
        title = "UNIQUE or PRIMARY KEY of a partitioned table without its partition columns",
        category = Category.NULLS_AND_UNIQUENESS,
        severity = Severity.ERROR,
        summary = "A PRIMARY KEY or UNIQUE constraint in a CREATE TABLE ... PARTITION BY, or added later to such a "
                + "table (ALTER TABLE ... ADD, CREATE UNIQUE INDEX), that leaves out a column of the partition key, or "
                + "any unique key of a table partitioned by an expression (PostgreSQL); an EXCLUDE constraint in a "
                + "CREATE TABLE ... PARTITION BY (PostgreSQL before 17).",
        reads = Reads.SCHEMA,
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "seen on 15: ERROR 0A000 unique constraint on partitioned table must include all "
                                + "partitioning columns; unsupported UNIQUE/PRIMARY KEY constraint with partition key "
                                + "definition (a key partitioned by an expression); exclusion constraints are not "
                                + "supported on partitioned tables (before 17: PostgreSQL 17 release notes)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 Reference Manual, Partitioning Keys, Primary Keys, and Unique Keys: every "
                                + "unique key must use every column of the partitioning expression; ERROR 1503 (not "
                                + "executed here)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "seen on 10.11: ERROR 1503 (HY000) A PRIMARY KEY / UNIQUE INDEX must include all "
                                + "columns in the table's partitioning function")})
public final class PartitionedUniqueKey implements Rule {

    /** The partitioning methods whose key is a list of columns or expressions (MySQL's KEY partitioning is left out). */
    private static final Set<String> METHODS = Set.of("RANGE", "LIST", "HASH");

    /**
     * A partition key: its plain columns, and the columns its expressions name. {@code ignoreCase}: read from the
     * replayed table's options, which keep the clause upper-cased, so names are compared ignoring case.
     */
    private record PartitionKey(List<Name> columns, List<Name> inExpressions, boolean hasExpression, boolean ignoreCase) {
        boolean contains(List<Name> names, Name n) {
            if (!ignoreCase) {
                return Names.contains(names, n);
            }
            for (Name m : names) {
                if (m.text().equalsIgnoreCase(n.text())) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        boolean create = change instanceof Change.CreateTable;
        if (create ? ((Change.CreateTable) change).optionsRange() == null
                : !(change instanceof Change.AlterTable) && !(change instanceof Change.CreateIndex)) {
            return;
        }
        // loops, not streams, and the cheap "no" first: every ALTER TABLE and CREATE INDEX passes here, on the
        // ordered walk, and a key added to a table that is not partitioned (nearly all) ends it
        List<EngineProfile> covering = new ArrayList<>(1);
        for (EngineProfile p : ctx.profiles()) {
            if (p.supports(Feature.UNIQUE_KEYS_INCLUDE_PARTITION_COLUMNS)) {
                covering.add(p);
            }
        }
        if (covering.isEmpty()) {
            return;
        }
        PartitionKey key = null;
        if (change instanceof Change.AlterTable at) {
            // a key added to a table partitioned earlier: the replayed table keeps its PARTITION BY clause
            key = replayedPartitionKey(ctx, at.table());
            if (key == null) {
                return; // every finding below is about a partitioned table
            }
        }
        List<Keys.Key> keys = Keys.added(change);
        boolean keyed = false;
        for (Keys.Key k : keys) {
            keyed |= k.kind() != Keys.Kind.INDEX;
        }
        List<EngineProfile> noExclusion = new ArrayList<>(1);
        if (!(change instanceof Change.CreateIndex)) {
            for (EngineProfile p : ctx.profiles()) {
                if (p.supports(Feature.PARTITIONED_TABLE_REFUSES_EXCLUSION)) {
                    noExclusion.add(p);
                }
            }
        }
        if (!keyed && noExclusion.isEmpty()) {
            return;
        }
        io.github.dialectic.change.QualifiedName table;
        if (change instanceof Change.CreateTable ct) {
            table = ct.table();
            List<Name> tableColumns = new ArrayList<>(ct.columns().size());
            for (ColumnDef c : ct.columns()) {
                tableColumns.add(c.name());
            }
            key = partitionKey(Tokens.within(ctx, ct.optionsRange()), ctx.fileText(), tableColumns, false);
        } else if (change instanceof Change.AlterTable at) {
            table = at.table();
        } else {
            // a key added to a table partitioned earlier: the replayed table keeps its PARTITION BY clause
            table = keys.get(0).table();
            key = replayedPartitionKey(ctx, table);
        }
        if (key == null) {
            return;
        }
        PartitionKey partitionKey = key;
        if (!noExclusion.isEmpty()) {
            Token exclude = excludeConstraint(ctx, change);
            if (exclude != null) {
                ctx.report(Tokens.range(exclude), "EXCLUDE constraint on partitioned table " + table.name()
                                + ": no exclusion constraint is possible on a partitioned table on "
                                + Profiles.sentence(noExclusion))
                        .only(Profiles.engines(noExclusion))
                        .fix("Add the exclusion constraint to each partition, or target PostgreSQL 17 or later (where it "
                                + "must compare the partition key columns with =).")
                        .emit();
            }
        }
        if (!keyed) {
            return;
        }
        for (Keys.Key k : keys) {
            if (k.kind() == Keys.Kind.INDEX) {
                continue;
            }
            List<Name> parts = k.parts().stream().map(Keys.Part::column).toList();
            List<EngineProfile> noKeys = new ArrayList<>();
            List<EngineProfile> missing = new ArrayList<>();
            List<Name> left = new ArrayList<>();
            for (EngineProfile p : covering) {
                if (partitionKey.hasExpression() && p.supports(Feature.PARTITION_EXPRESSION_REFUSES_UNIQUE_KEYS)) {
                    noKeys.add(p);
                    continue;
                }
                // an engine that takes an expression asks for the columns it names (MySQL's YEAR(d) needs d)
                List<Name> wanted = new ArrayList<>(partitionKey.columns());
                wanted.addAll(partitionKey.inExpressions());
                List<Name> absent = wanted.stream().filter(c -> !partitionKey.contains(parts, c)).toList();
                if (!absent.isEmpty()) {
                    missing.add(p);
                    left = absent;
                }
            }
            String what = k.label() + " of " + k.table().name();
            if (!noKeys.isEmpty()) {
                ctx.report(k.range(), what + " on a table partitioned by an expression: no unique key is possible "
                                + "there on " + Profiles.sentence(noKeys))
                        .only(Profiles.engines(noKeys))
                        .fix("Partition by plain columns and include them in the key, or enforce uniqueness per "
                                + "partition (a unique index on each partition) or in a table that is not partitioned.")
                        .emit();
            }
            if (!missing.isEmpty()) {
                ctx.report(k.range(), what + " leaves out partition column" + (left.size() == 1 ? " " : "s ")
                                + Names.join(left) + ": every unique key of a partitioned table must include "
                                + (left.size() == 1 ? "it" : "them") + " on " + Profiles.sentence(missing))
                        .only(Profiles.engines(missing))
                        .fix("Add the partition columns to the key (PRIMARY KEY (id, created_at)), or enforce "
                                + "uniqueness per partition or in a table that is not partitioned.")
                        .emit();
            }
        }
    }

    /**
     * The partition key of the table a key is added to, from the PARTITION BY clause its CREATE TABLE had (the replayed
     * table's options), or null: not partitioned, or a table the migrations never created.
     */
    private static PartitionKey replayedPartitionKey(RuleContext ctx, io.github.dialectic.change.QualifiedName name) {
        Optional<Table> table = ctx.schema().table(name);
        if (table.isEmpty() || !table.get().complete()) {
            return null;
        }
        String clause = null;
        for (String option : table.get().options()) {
            if (option.startsWith("PARTITION") && option.matches("(?s)PARTITION\\s+BY\\b.*")) { // upper-cased
                clause = option;
            }
        }
        if (clause == null) {
            return null;
        }
        List<Name> tableColumns = table.get().columns().stream().map(Column::name).toList();
        return partitionKey(SqlLexer.significant(clause, 0, clause.length(), SqlFlavor.GENERIC), clause, tableColumns, true);
    }

    /**
     * The key of {@code PARTITION BY RANGE|LIST|[LINEAR] HASH [COLUMNS] (...)} after the column list, or null. A part
     * is a plain column when it is a name, perhaps followed by a collation or an operator class (words only);
     * anything else is an expression, whose names that are the table's columns are collected.
     */
    private static PartitionKey partitionKey(List<Token> tokens, CharSequence text, List<Name> tableColumns,
                                             boolean ignoreCase) {
        int open = -1;
        for (int i = 0; i + 2 < tokens.size() && open < 0; i++) {
            if (!tokens.get(i).isWord(text, "PARTITION") || !tokens.get(i + 1).isWord(text, "BY")) {
                continue;
            }
            int m = i + 2;
            if (tokens.get(m).isWord(text, "LINEAR")) {
                m++;
            }
            if (m >= tokens.size() || !METHODS.contains(tokens.get(m).text(text).toUpperCase(Locale.ROOT))) {
                return null;
            }
            m++;
            if (m < tokens.size() && tokens.get(m).isWord(text, "COLUMNS")) {
                m++;
            }
            if (m >= tokens.size() || !tokens.get(m).isPunct(text, "(")) {
                return null;
            }
            open = m;
        }
        if (open < 0) {
            return null;
        }
        List<Name> columns = new ArrayList<>();
        List<Name> inExpressions = new ArrayList<>();
        boolean hasExpression = false;
        int close = Tokens.closing(tokens, text, open);
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i <= close; i++) {
            Token t = tokens.get(i);
            if (t.isPunct(text, "(")) {
                depth++;
            } else if (t.isPunct(text, ")") && depth > 0) {
                depth--;
            } else if (depth == 0 && (t.isPunct(text, ",") || i == close)) {
                List<Token> part = tokens.subList(start, i);
                if (part.isEmpty()) {
                    return null;
                }
                if (isPlainColumn(part)) {
                    columns.add(asWritten(tableColumns, Tokens.name(part.get(0), text), ignoreCase));
                } else {
                    hasExpression = true;
                    for (Token p : part) {
                        if (Tokens.isName(p) && new PartitionKey(List.of(), List.of(), false, ignoreCase)
                                .contains(tableColumns, Tokens.name(p, text))) {
                            inExpressions.add(asWritten(tableColumns, Tokens.name(p, text), ignoreCase));
                        }
                    }
                }
                start = i + 1;
            }
        }
        return new PartitionKey(columns, inExpressions, hasExpression, ignoreCase);
    }

    /**
     * The EXCLUDE of an exclusion constraint the statement adds (EXCLUDE followed by USING or a parenthesis; in a CREATE
     * TABLE before its options), or null.
     */
    private static Token excludeConstraint(RuleContext ctx, Change change) {
        List<Token> tokens = ctx.tokens();
        CharSequence text = ctx.fileText();
        int end = change instanceof Change.CreateTable ct ? ct.optionsRange().start() : Integer.MAX_VALUE;
        for (int i = 0; i + 1 < tokens.size() && tokens.get(i).start() < end; i++) {
            if (tokens.get(i).isWord(text, "EXCLUDE")
                    && (tokens.get(i + 1).isPunct(text, "(") || tokens.get(i + 1).isWord(text, "USING"))) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The table's column of that name as its CREATE TABLE wrote it, when read from the upper-cased clause. */
    private static Name asWritten(List<Name> tableColumns, Name n, boolean ignoreCase) {
        if (ignoreCase) {
            for (Name c : tableColumns) {
                if (c.text().equalsIgnoreCase(n.text())) {
                    return c;
                }
            }
        }
        return n;
    }

    /** A name, then only words, names or strings (a collation, an operator class): no operator, no call. */
    private static boolean isPlainColumn(List<Token> part) {
        if (!Tokens.isName(part.get(0))) {
            return false;
        }
        for (Token t : part) {
            if (!Tokens.isName(t) && t.kind() != TokenKind.STRING) {
                return false;
            }
        }
        return true;
    }
}
