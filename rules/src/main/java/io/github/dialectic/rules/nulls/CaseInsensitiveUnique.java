package io.github.dialectic.rules.nulls;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Columns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
        id = "case-insensitive-unique",
        title = "UNIQUE or PRIMARY KEY over a text column: case-insensitive on MySQL and MariaDB",
        category = Category.NULLS_AND_UNIQUENESS,
        severity = Severity.WARNING,
        reads = {Reads.SCHEMA, Reads.FILE_HISTORY},
        summary = "A PRIMARY KEY, UNIQUE constraint or unique index over a character column without a binary or "
                + "case-sensitive collation: MySQL and MariaDB's default _ci collations make 'abc' and 'ABC' duplicates.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT,
                        reference = "MySQL 8.0 Reference Manual, Character Sets and Collations: the default collation "
                                + "utf8mb4_0900_ai_ci is accent- and case-insensitive, and unique indexes compare by "
                                + "the column's collation (ER_DUP_ENTRY 1062). Not executed here (no MySQL server)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "Verified on MariaDB 10.11 (utf8mb4_general_ci): 'ABC' after 'abc', 'café' after "
                                + "'cafe' and 'a ' after 'a' fail with ERROR 1062 Duplicate entry")})
public final class CaseInsensitiveUnique implements Rule {

    private static final Set<String> CHARACTER_TYPES = Set.of("CHAR", "VARCHAR", "CHARACTER", "CHARACTER VARYING",
            "CHAR VARYING", "NCHAR", "NVARCHAR", "NATIONAL CHARACTER", "NATIONAL CHAR", "TEXT", "TINYTEXT",
            "MEDIUMTEXT", "LONGTEXT", "VARCHAR2", "NVARCHAR2");

    private record Key(QualifiedName table, List<Name> columns, SourceRange range, String kind) {
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Key key : keys(change)) {
            List<Name> folded = new ArrayList<>();
            for (Name col : key.columns()) { // no Optional chain of lambdas: every key column passes here
                Columns.Resolved r = Columns.resolve(ctx, change, key.table(), col).orElse(null);
                if (r != null && comparesWithoutCase(r)) {
                    folded.add(col);
                }
            }
            if (folded.isEmpty()) {
                continue;
            }
            String cols = folded.stream().map(n -> key.table() + "." + n).collect(Collectors.joining(", "));
            ctx.report(key.range(), key.kind() + " on " + cols + " compares text without regard to case (and accents, "
                            + "trailing spaces) on MySQL/MariaDB: 'abc' and 'ABC' are duplicates there, distinct values "
                            + "on PostgreSQL, SQLite and Db2")
                    .fix("Give " + folded.stream().map(Name::text).collect(Collectors.joining(", "))
                            + " a binary collation on MySQL/MariaDB (e.g. VARCHAR(n) COLLATE utf8mb4_bin), or store a "
                            + "normalised value (lower-cased) so every engine sees the same duplicates.")
                    .emit();
        }
    }

    private static boolean comparesWithoutCase(Columns.Resolved r) {
        DataType type = r.type();
        if (type == null || !CHARACTER_TYPES.contains(type.name())) {
            return false;
        }
        String written = type.written().toUpperCase(java.util.Locale.ROOT);
        if (written.contains("FOR BIT DATA")) {
            return false;
        }
        if (r.binaryAttribute()) {
            return false; // MySQL's VARCHAR(n) BINARY: the _bin collation of the charset
        }
        String collation = r.collation();
        return collation == null || collation.endsWith("_ci");
    }

    private static List<Key> keys(Change change) {
        List<Key> keys = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                inline(keys, ct.table(), c);
            }
            for (ConstraintDef c : ct.constraints()) {
                constraint(keys, ct.table(), c);
            }
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add) {
                    inline(keys, at.table(), add.column());
                } else if (a instanceof AlterAction.ModifyColumn m) {
                    inline(keys, at.table(), m.column());
                } else if (a instanceof AlterAction.AddConstraint add) {
                    constraint(keys, at.table(), add.constraint());
                }
            }
        } else if (change instanceof Change.CreateIndex ci && ci.index().unique()) {
            keys.add(new Key(ci.table(), ci.index().columns(), ci.index().range(), "unique index"
                    + (ci.index().name() == null ? "" : " " + ci.index().name())));
        }
        return keys;
    }

    private static void inline(List<Key> keys, QualifiedName table, ColumnDef c) {
        if (c.primaryKey() || c.unique()) {
            keys.add(new Key(table, List.of(c.name()), c.range(), c.primaryKey() ? "PRIMARY KEY" : "UNIQUE"));
        }
    }

    private static void constraint(List<Key> keys, QualifiedName table, ConstraintDef c) {
        String name = c.name() == null ? "" : " " + c.name();
        if (c instanceof PrimaryKeyDef) {
            keys.add(new Key(table, c.columns(), c.range(), "PRIMARY KEY" + name));
        } else if (c instanceof UniqueDef) {
            keys.add(new Key(table, c.columns(), c.range(), "UNIQUE constraint" + name));
        } else if (c instanceof IndexDef ix && ix.unique()) {
            keys.add(new Key(table, ix.columns(), ix.range(), "unique index" + name));
        }
    }
}
