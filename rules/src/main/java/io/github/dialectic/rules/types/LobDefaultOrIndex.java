package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.Expression;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Keys;
import io.github.dialectic.rules.support.Keys.Key;
import io.github.dialectic.rules.support.Keys.Kind;
import io.github.dialectic.rules.support.Keys.Part;
import io.github.dialectic.rules.support.Columns;
import io.github.dialectic.rules.support.Ddl;

import java.util.Set;

@RuleInfo(
        id = "lob-default-or-index",
        title = "DEFAULT or unprefixed key on a TEXT/BLOB/CLOB column",
        category = Category.TYPES,
        severity = Severity.ERROR,
        reads = {Reads.SCHEMA, Reads.FILE_HISTORY},
        summary = "A literal DEFAULT on a TEXT, BLOB or JSON column (MySQL refuses it), or a PRIMARY KEY, UNIQUE key or "
                + "index over a TEXT/BLOB column without a prefix length (MySQL refuses it, MariaDB changes it) or over "
                + "a Db2 CLOB/BLOB column (Db2 cannot index LOBs).",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.0 Reference Manual, Data Type Default Values: BLOB, TEXT, GEOMETRY and JSON "
                                + "columns take a default only as an (expr), from 8.0.13 (ERROR 1101); Column Indexes: "
                                + "BLOB/TEXT key parts need a prefix length (ERROR 1170). Not executed here (no MySQL "
                                + "server)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Run on MariaDB 10.11: a PRIMARY KEY over TEXT fails with ERROR 1170 'BLOB/TEXT "
                                + "column used in key specification without a key length'; an index over TEXT and "
                                + "another column fails with ERROR 1071"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "Run on MariaDB 10.11: a single-column index over TEXT/BLOB is silently cut to "
                                + "TEXT(768)/BLOB(3072); a UNIQUE key over TEXT becomes a USING HASH index"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL0350N, SQLSTATE 42962: a LOB column cannot be a column of an index "
                                + "key, a primary key or a unique key. Not executed here (no Db2 server)")})
public final class LobDefaultOrIndex implements Rule {

    /** MySQL/MariaDB types that need a prefix length in a key. */
    private static final Set<String> MYSQL_LOBS = Set.of("TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "BLOB",
            "TINYBLOB", "MEDIUMBLOB", "LONGBLOB");
    /** The ones MariaDB 10.11 was seen to cut to a prefix or turn into a hash (TINY* fit the key whole). */
    private static final Set<String> MARIADB_LONG_LOBS = Set.of("TEXT", "MEDIUMTEXT", "LONGTEXT", "BLOB", "MEDIUMBLOB",
            "LONGBLOB");
    /** Types MySQL refuses a literal default for. */
    private static final Set<String> MYSQL_NO_LITERAL_DEFAULT = Set.of("TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT",
            "BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "JSON", "GEOMETRY");
    /** Db2 LOB types, which no index or key may contain. */
    private static final Set<String> DB2_LOBS = Set.of("CLOB", "BLOB", "DBCLOB", "CHARACTER LARGE OBJECT",
            "CHAR LARGE OBJECT", "BINARY LARGE OBJECT");

    @Override
    public void check(Change change, RuleContext ctx) {
        checkDefaults(change, ctx);
        for (Key key : Keys.added(change)) {
            for (Part p : key.parts()) {
                if (p.column() == null || p.prefix() != null) {
                    continue;
                }
                DataType type = Columns.resolve(ctx, change, key.table(), p.column()).map(Columns.Resolved::type)
                        .orElse(null);
                if (type == null) {
                    continue;
                }
                String col = key.table() + "." + p.column();
                if (MYSQL_LOBS.contains(type.name())) {
                    reportMysqlLob(ctx, key, col, type);
                } else if (DB2_LOBS.contains(type.name())) {
                    ctx.report(key.range(), key.label() + " on " + key.table() + " includes " + col + " (" + type
                                    + "): Db2 cannot index a LOB column (SQL0350N, SQLSTATE 42962)")
                            .only(Engine.DB2)
                            .fix("Index a VARCHAR column instead (keep a short searchable copy or a hash of the LOB "
                                    + "in its own column and key that).")
                            .emit();
                }
            }
        }
    }

    private static void reportMysqlLob(RuleContext ctx, Key key, String col, DataType type) {
        String what = key.label() + " on " + key.table() + " includes " + col + " (" + type + ") without a prefix "
                + "length: MySQL rejects it (ERROR 1170)";
        RuleContext.FindingBuilder f;
        boolean longLob = MARIADB_LONG_LOBS.contains(type.name());
        if (key.kind() == Kind.PRIMARY_KEY) {
            f = ctx.report(key.range(), what + " and so does MariaDB").only(Engine.MYSQL, Engine.MARIADB)
                    .effect(Engine.MARIADB, Effect.REJECTED);
        } else if (!longLob) {
            f = ctx.report(key.range(), what).only(Engine.MYSQL);
        } else if (key.kind() == Kind.UNIQUE && key.parts().size() == 1) {
            f = ctx.report(key.range(), what + "; MariaDB silently builds a USING HASH unique index instead, which "
                            + "no foreign key can reference").only(Engine.MYSQL, Engine.MARIADB)
                    .effect(Engine.MARIADB, Effect.DIFFERENT);
        } else if (key.kind() == Kind.INDEX && key.parts().size() == 1) {
            f = ctx.report(key.range(), what + "; MariaDB silently indexes only the first "
                            + (type.name().endsWith("BLOB") ? "3072 bytes" : "768 characters"))
                    .only(Engine.MYSQL, Engine.MARIADB).effect(Engine.MARIADB, Effect.DIFFERENT);
        } else if (key.kind() == Kind.INDEX) {
            f = ctx.report(key.range(), what + " and MariaDB too (ERROR 1071, key too long)")
                    .only(Engine.MYSQL, Engine.MARIADB).effect(Engine.MARIADB, Effect.REJECTED);
        } else {
            f = ctx.report(key.range(), what).only(Engine.MYSQL);
        }
        f.fix("Key a prefix on MySQL/MariaDB (" + key.parts().get(0).column() + "(255); see prefix-index for the "
                + "other engines), or key a VARCHAR column or a hash of the value kept in its own column.").emit();
    }

    private static void checkDefaults(Change change, RuleContext ctx) {
        boolean mysqlLacks = ctx.lacking(Feature.LOB_LITERAL_DEFAULT).stream().map(Target::engine)
                .anyMatch(e -> e == Engine.MYSQL);
        if (!mysqlLacks) {
            return;
        }
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            ColumnDef c = d.column();
            if (c.type() == null || !c.hasDefault() || !MYSQL_NO_LITERAL_DEFAULT.contains(c.type().name())) {
                continue;
            }
            String dflt = c.defaultValue();
            if (c.defaultExpression().leading() instanceof Expression.Parenthesised) {
                continue; // an (expr) default: MySQL 8.0.13+ accepts it; default-expression covers older versions
            }
            ctx.report(c.range(), d.qualified() + " is " + c.type() + " with DEFAULT " + dflt + ": MySQL refuses a "
                            + "literal default on BLOB, TEXT and JSON columns (ERROR 1101)")
                    .only(Engine.MYSQL)
                    .fix("Drop the default and fill the value in the application, or on MySQL 8.0.13+ write it as an "
                            + "expression: DEFAULT (" + dflt + "); or use a VARCHAR column, which takes a plain default "
                            + "everywhere.")
                    .emit();
        }
    }

}
