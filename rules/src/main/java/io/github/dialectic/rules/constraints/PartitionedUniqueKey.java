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
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Keys;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.schema.Names;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "partitioned-unique-key",
        title = "UNIQUE or PRIMARY KEY of a partitioned table without its partition columns",
        category = Category.NULLS_AND_UNIQUENESS,
        severity = Severity.ERROR,
        summary = "A PRIMARY KEY or UNIQUE constraint in a CREATE TABLE ... PARTITION BY that leaves out a column of "
                + "the partition key, or any unique key of a table partitioned by an expression (PostgreSQL).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "seen on 15: ERROR 0A000 unique constraint on partitioned table must include all "
                                + "partitioning columns; unsupported UNIQUE/PRIMARY KEY constraint with partition key "
                                + "definition (a key partitioned by an expression)"),
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

    /** A CREATE TABLE's partition key: its plain columns, and the columns its expressions name. */
    private record PartitionKey(List<Name> columns, List<Name> inExpressions, boolean hasExpression) {
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateTable ct) || ct.optionsRange() == null) {
            return;
        }
        List<EngineProfile> covering = ctx.profiles().stream()
                .filter(p -> p.supports(Feature.UNIQUE_KEYS_INCLUDE_PARTITION_COLUMNS)).toList();
        if (covering.isEmpty()) {
            return;
        }
        PartitionKey key = partitionKey(ctx, ct);
        if (key == null) {
            return;
        }
        for (Keys.Key k : Keys.added(ct)) {
            if (k.kind() == Keys.Kind.INDEX) {
                continue;
            }
            List<Name> parts = k.parts().stream().map(Keys.Part::column).toList();
            List<EngineProfile> noKeys = new ArrayList<>();
            List<EngineProfile> missing = new ArrayList<>();
            List<Name> left = new ArrayList<>();
            for (EngineProfile p : covering) {
                if (key.hasExpression() && p.supports(Feature.PARTITION_EXPRESSION_REFUSES_UNIQUE_KEYS)) {
                    noKeys.add(p);
                    continue;
                }
                // an engine that takes an expression asks for the columns it names (MySQL's YEAR(d) needs d)
                List<Name> wanted = new ArrayList<>(key.columns());
                wanted.addAll(key.inExpressions());
                List<Name> absent = wanted.stream().filter(c -> !Names.contains(parts, c)).toList();
                if (!absent.isEmpty()) {
                    missing.add(p);
                    left = absent;
                }
            }
            String what = k.label() + " of " + ct.table().name();
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
     * The key of {@code PARTITION BY RANGE|LIST|[LINEAR] HASH [COLUMNS] (...)} after the column list, or null. A part
     * is a plain column when it is a name, perhaps followed by a collation or an operator class (words only);
     * anything else is an expression, whose names that are the table's columns are collected.
     */
    private static PartitionKey partitionKey(RuleContext ctx, Change.CreateTable ct) {
        List<Token> tokens = Tokens.within(ctx, ct.optionsRange());
        CharSequence text = ctx.fileText();
        int open = -1;
        for (int i = 0; i + 2 < tokens.size() && open < 0; i++) {
            if (!tokens.get(i).isWord(text, "PARTITION") || !tokens.get(i + 1).isWord(text, "BY")) {
                continue;
            }
            int m = i + 2;
            if (tokens.get(m).isWord(text, "LINEAR")) {
                m++;
            }
            if (m >= tokens.size() || !METHODS.contains(tokens.get(m).text(text).toUpperCase(java.util.Locale.ROOT))) {
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
        List<Name> tableColumns = ct.columns().stream().map(ColumnDef::name).toList();
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
                    columns.add(Tokens.name(part.get(0), text));
                } else {
                    hasExpression = true;
                    for (Token p : part) {
                        if (Tokens.isName(p) && Names.contains(tableColumns, Tokens.name(p, text))) {
                            inExpressions.add(Tokens.name(p, text));
                        }
                    }
                }
                start = i + 1;
            }
        }
        return new PartitionKey(columns, inExpressions, hasExpression);
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
