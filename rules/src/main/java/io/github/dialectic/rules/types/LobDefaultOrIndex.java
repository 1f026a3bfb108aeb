package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.Expression;
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
import io.github.dialectic.rules.support.Keys.Key;
import io.github.dialectic.rules.support.Keys.Kind;
import io.github.dialectic.rules.support.Keys.Part;
import io.github.dialectic.rules.support.Columns;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    @Override
    public void check(Change change, RuleContext ctx) {
        checkDefaults(change, ctx);
        List<EngineProfile> every = ctx.everyEngine();
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
                String name = type.name();
                // loops, not streams, on the common path: this runs for every key part of every statement
                boolean prefixRequired = false;
                for (EngineProfile e : every) {
                    prefixRequired |= e.keyPrefixRequired(name);
                }
                boolean unindexable = false;
                for (EngineProfile e : every) {
                    unindexable |= !prefixRequired && e.unindexableType(name);
                }
                String col = key.table() + "." + p.column();
                if (prefixRequired) {
                    reportLobKey(ctx, every, key, col, type);
                } else if (unindexable) {
                    List<EngineProfile> refusing = new ArrayList<>();
                    for (EngineProfile e : every) {
                        if (e.unindexableType(name)) {
                            refusing.add(e);
                        }
                    }
                    List<EngineProfile> targeted = new ArrayList<>();
                    for (EngineProfile e : ctx.profiles()) {
                        if (e.unindexableType(name)) {
                            targeted.add(e);
                        }
                    }
                    ctx.report(key.range(), key.label() + " on " + key.table() + " includes " + col + " (" + type
                                    + "): " + Profiles.sentence(refusing) + " cannot index a LOB column (SQL0350N, "
                                    + "SQLSTATE 42962)")
                            .only(Profiles.engines(targeted))
                            .fix("Index a VARCHAR column instead (keep a short searchable copy or a hash of the LOB "
                                    + "in its own column and key that).")
                            .emit();
                }
            }
        }
    }

    /**
     * A BLOB/TEXT key part without a prefix length. Engines that need a prefix refuse it; those that take such key parts
     * in a UNIQUE key or index (MariaDB) still refuse a PRIMARY KEY, and treat a type longer than a key as an over-long
     * key (silently hashed or cut to a prefix when it is a single column, refused otherwise). The message names every
     * engine's behaviour; the effects go to the targeted ones.
     */
    private static void reportLobKey(RuleContext ctx, List<EngineProfile> every, Key key, String col, DataType type) {
        String name = type.name();
        // loops, not streams and lambdas: this runs on every LOB key, and a lambda first run in a lint is a class
        // spun at run time
        List<EngineProfile> strict = new ArrayList<>();
        List<EngineProfile> lenient = new ArrayList<>();
        boolean tooLong = false;
        for (EngineProfile e : every) {
            if (e.keyPrefixRequired(name)) {
                if (lenient(e)) {
                    lenient.add(e);
                    tooLong |= e.typeTooLongForKey(name);
                } else {
                    strict.add(e);
                }
            }
        }
        boolean single = key.parts().size() == 1;
        String what = key.label() + " on " + key.table() + " includes " + col + " (" + type + ") without a prefix "
                + "length: " + Profiles.sentence(strict) + " rejects it (ERROR 1170)";
        String others = lenient.isEmpty() ? "" : Profiles.sentence(lenient);
        Map<Engine, Effect> lenientEffect = new EnumMap<>(Engine.class);
        String message = what;
        if (lenient.isEmpty()) {
            message = what;
        } else if (key.kind() == Kind.PRIMARY_KEY) {
            message = what + " and so does " + others;
            for (EngineProfile e : lenient) {
                lenientEffect.put(e.engine(), Effect.REJECTED);
            }
        } else if (!tooLong) {
            message = what; // TINYTEXT/TINYBLOB fit in a key whole
        } else if (key.kind() == Kind.UNIQUE && single) {
            message = what + "; " + others + " silently builds a USING HASH unique index instead, which no foreign "
                    + "key can reference";
            for (EngineProfile e : lenient) {
                lenientEffect.put(e.engine(), e.supports(Feature.LONG_UNIQUE_KEY_HASHED) ? Effect.DIFFERENT
                        : Effect.REJECTED);
            }
        } else if (key.kind() == Kind.INDEX && single) {
            message = what + "; " + others + " silently indexes only the first "
                    + (name.endsWith("BLOB") ? "3072 bytes" : "768 characters");
            for (EngineProfile e : lenient) {
                lenientEffect.put(e.engine(), e.supports(Feature.LONG_INDEX_KEY_PREFIXED) ? Effect.DIFFERENT
                        : Effect.REJECTED);
            }
        } else if (key.kind() == Kind.INDEX) {
            message = what + " and " + others + " too (ERROR 1071, key too long)";
            for (EngineProfile e : lenient) {
                lenientEffect.put(e.engine(), Effect.REJECTED);
            }
        } // a several-column UNIQUE key: not claimed for the lenient engines
        List<Engine> affected = new ArrayList<>();
        for (EngineProfile p : ctx.profiles()) {
            if (p.keyPrefixRequired(name) && (!lenient(p) || lenientEffect.containsKey(p.engine()))) {
                affected.add(p.engine());
            }
        }
        RuleContext.FindingBuilder f = ctx.report(key.range(), message).only(affected.toArray(new Engine[0]));
        for (Engine e : affected) {
            if (lenientEffect.containsKey(e)) {
                f.effect(e, lenientEffect.get(e));
            }
        }
        f.fix("Key a prefix on MySQL/MariaDB (" + key.parts().get(0).column() + "(255); see prefix-index for the "
                + "other engines), or key a VARCHAR column or a hash of the value kept in its own column.").emit();
    }

    private static boolean lenient(EngineProfile p) {
        return p.supports(Feature.LOB_KEY_PARTS_WITHOUT_PREFIX);
    }

    private static void checkDefaults(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            ColumnDef c = d.column();
            if (c.type() == null || !c.hasDefault()) {
                continue;
            }
            String name = c.type().name();
            List<EngineProfile> refusing = null; // a loop, not a stream: this runs for every column with a default
            for (EngineProfile p : ctx.profiles()) {
                if (p.refusesLiteralDefault(name)) {
                    (refusing == null ? refusing = new ArrayList<>(2) : refusing).add(p);
                }
            }
            if (refusing == null) {
                continue;
            }
            String dflt = c.defaultValue();
            if (c.defaultExpression().leading() instanceof Expression.Parenthesised) {
                continue; // an (expr) default: MySQL 8.0.13+ accepts it; default-expression covers older versions
            }
            ctx.report(c.range(), d.qualified() + " is " + c.type() + " with DEFAULT " + dflt + ": "
                            + Profiles.sentence(refusing) + " refuses a literal default on BLOB, TEXT and JSON columns "
                            + "(ERROR 1101)")
                    .only(Profiles.engines(refusing))
                    .fix("Drop the default and fill the value in the application, or on MySQL 8.0.13+ write it as an "
                            + "expression: DEFAULT (" + dflt + "); or use a VARCHAR column, which takes a plain default "
                            + "everywhere.")
                    .emit();
        }
    }
}
