package io.github.dialectic.rules.constraints;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Columns;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
        id = "default-expression",
        title = "DEFAULT written in a form or with a function some engines refuse",
        category = Category.CONSTRAINTS_AND_DEFAULTS,
        severity = Severity.ERROR,
        summary = "A column DEFAULT that calls a function an engine does not have (uuid(), rand(), gen_random_uuid(), "
                + "random(), ...), calls a function without surrounding parentheses, is a parenthesised expression, or "
                + "is the string 'now'/'today' on a date/time column.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Run on PostgreSQL 15: uuid(), rand(), utc_timestamp(), sysdate(), curdate() fail "
                                + "with 42883 'function ... does not exist'; current_timestamp() is a syntax error"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.DIFFERENT,
                        reference = "Run on PostgreSQL 15: DEFAULT 'now' on a timestamp column is converted once, at "
                                + "CREATE TABLE, and stored as that constant (pg_attrdef shows the timestamp); PostgreSQL "
                                + "docs, Date/Time Input, special values"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Run on MariaDB 10.11: gen_random_uuid(), random(), statement_timestamp(), "
                                + "clock_timestamp() fail with ERROR 1901 'cannot be used in the DEFAULT clause'; "
                                + "DEFAULT 'now' on DATETIME/TIMESTAMP/DATE fails with ERROR 1067"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Run on SQLite 3.54.1: a function call default not in parentheses is a syntax "
                                + "error (near \"(\"); SQLite column-constraint grammar allows only a literal, a "
                                + "signed number, CURRENT_* or (expr)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.DIFFERENT,
                        reference = "Run on SQLite 3.54.1: DEFAULT (uuid()) is accepted by CREATE TABLE but every "
                                + "INSERT that needs it fails with 'unknown function: uuid()'; DEFAULT 'now' stores "
                                + "the string 'now'"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.0 Reference Manual, Data Type Default Values: an expression default "
                                + "must be in parentheses (from 8.0.13; none before), the one exception being "
                                + "CURRENT_TIMESTAMP and its synonyms on TIMESTAMP/DATETIME; only built-in functions "
                                + "are permitted. Not executed here (no MySQL server)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE, default-clause: a constant, a datetime or user special "
                                + "register, CURRENT SCHEMA, NULL, or a cast function of one of those; expressions "
                                + "and other function calls are refused (SQL0104N, SQLSTATE 42601, or SQL0574N, "
                                + "SQLSTATE 42894). Not executed here (no Db2 server)")})
public final class DefaultExpression implements Rule {

    /** Built-in functions migrations use in defaults, and the engines that have them (as usable in a DEFAULT). */
    static final Map<String, Set<Engine>> FUNCTIONS = Map.ofEntries(
            Map.entry("now", Set.of(Engine.MYSQL, Engine.MARIADB, Engine.POSTGRESQL)),
            Map.entry("uuid", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("uuid_short", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("rand", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("utc_timestamp", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("utc_date", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("sysdate", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("curdate", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("curtime", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("unix_timestamp", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("current_timestamp", Set.of(Engine.MYSQL, Engine.MARIADB)),
            Map.entry("random", Set.of(Engine.POSTGRESQL, Engine.SQLITE)),
            Map.entry("gen_random_uuid", Set.of(Engine.POSTGRESQL)),
            Map.entry("statement_timestamp", Set.of(Engine.POSTGRESQL)),
            Map.entry("clock_timestamp", Set.of(Engine.POSTGRESQL)),
            Map.entry("transaction_timestamp", Set.of(Engine.POSTGRESQL)),
            Map.entry("timeofday", Set.of(Engine.POSTGRESQL)),
            Map.entry("datetime", Set.of(Engine.SQLITE)),
            Map.entry("strftime", Set.of(Engine.SQLITE)),
            Map.entry("julianday", Set.of(Engine.SQLITE)),
            Map.entry("unixepoch", Set.of(Engine.SQLITE)),
            Map.entry("randomblob", Set.of(Engine.SQLITE)));

    /** Written with parentheses these are keywords, not functions, for SQLite and PostgreSQL: a syntax error. */
    private static final Set<String> KEYWORD_CALLS = Set.of("current_timestamp");
    /** MySQL's one exception to "expressions in parentheses": CURRENT_TIMESTAMP and its synonyms on DATETIME/TIMESTAMP. */
    private static final Set<String> MYSQL_BARE_ALLOWED = Set.of("now", "current_timestamp", "localtime", "localtimestamp");
    /** Db2 cast functions (type names), which its DEFAULT admits around a constant or special register. */
    private static final Set<String> CAST_FUNCTIONS = Set.of("char", "varchar", "integer", "int", "smallint", "bigint",
            "decimal", "dec", "double", "real", "date", "time", "timestamp", "clob", "blob", "graphic", "vargraphic",
            "cast");
    private static final Set<String> DATE_TIME_TYPES = Set.of("TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMP WITH", "DATE",
            "TIME", "TIMETZ", "DATETIME");
    // Possessive quantifiers and a word boundary keep these linear: a 100 KB identifier once took minutes (fuzzer).
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*+)\\s*+\\(");
    private static final Pattern BARE_CALL = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*+)\\s*+\\(");
    private static final Pattern PRECISION = Pattern.compile("(?i)\\bcurrent_timestamp\\s*\\(\\s*\\d+\\s*\\)");
    private static final Pattern STRING = Pattern.compile("'(?:[^']++|'')*+'");
    private static final Pattern NOW_LITERAL = Pattern.compile("(?i)^'\\s*(now|today|tomorrow|yesterday)\\s*'$");
    private static final Engine[] ORDER = {Engine.MYSQL, Engine.MARIADB, Engine.POSTGRESQL, Engine.SQLITE, Engine.DB2};

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            if (d.column().defaultValue() != null) {
                // SQLite's ADD COLUMN refuses every non-constant default: sqlite-add-column-limits says so
                inspect(ctx, d.qualified(), d.column().type(), d.column().defaultValue(), d.column().range(),
                        change instanceof Change.AlterTable);
            }
        }
        if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.SetDefault sd && sd.expression() != null && !sd.expression().isBlank()) {
                    DataType type = Columns.resolve(ctx, change, at.table(), sd.column()).map(Columns.Resolved::type)
                            .orElse(null);
                    inspect(ctx, at.table() + "." + sd.column(), type, sd.expression().trim(), sd.range(), false);
                }
            }
        }
    }

    private void inspect(RuleContext ctx, String column, DataType type, String written, SourceRange within,
                         boolean addColumn) {
        String dflt = written.trim();
        // CURRENT_TIMESTAMP(6) is a precision, not a call: PostgreSQL and MySQL accept it
        String code = PRECISION.matcher(STRING.matcher(dflt).replaceAll("''")).replaceAll("CURRENT_TIMESTAMP");
        boolean parenthesised = dflt.startsWith("(");
        Map<Engine, Effect> effects = new EnumMap<>(Engine.class);
        Map<Engine, String> why = new EnumMap<>(Engine.class);

        Matcher bare = BARE_CALL.matcher(code);
        String bareName = !parenthesised && bare.find() ? bare.group(1).toLowerCase(Locale.ROOT) : null;
        Matcher m = CALL.matcher(code);
        Set<String> calls = new LinkedHashSet<>();
        while (m.find()) {
            calls.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        for (String fn : calls) {
            Set<Engine> having = FUNCTIONS.get(fn);
            if (having == null) {
                continue;
            }
            for (Engine e : List.of(Engine.MYSQL, Engine.MARIADB, Engine.POSTGRESQL, Engine.SQLITE)) {
                if (having.contains(e)) {
                    continue;
                }
                if (e == Engine.SQLITE && !parenthesised) {
                    continue; // the bare-call rule below says it
                }
                if (e == Engine.SQLITE && !KEYWORD_CALLS.contains(fn)) {
                    put(effects, why, e, Effect.DIFFERENT, "SQLite has no " + fn + "(): it accepts the table, then "
                            + "every INSERT that needs the default fails ('unknown function')");
                } else if (KEYWORD_CALLS.contains(fn) && (e == Engine.SQLITE || e == Engine.POSTGRESQL)) {
                    put(effects, why, e, Effect.REJECTED, e.displayName() + " reads " + fn.toUpperCase(Locale.ROOT)
                            + " as a keyword: '()' after it is a syntax error");
                } else {
                    put(effects, why, e, Effect.REJECTED, e.displayName() + " has no " + fn + "()");
                }
            }
        }
        if (bareName != null && !CAST_FUNCTIONS.contains(bareName)) {
            put(effects, why, Engine.SQLITE, Effect.REJECTED,
                    "SQLite takes a function call as a default only inside parentheses (syntax error)");
            boolean dateTime = type != null && isDateTime(type) && !type.is("DATE", "TIME");
            if (!(MYSQL_BARE_ALLOWED.contains(bareName) && dateTime)) {
                put(effects, why, Engine.MYSQL, Effect.REJECTED, "MySQL wants an expression default in parentheses "
                        + "(only CURRENT_TIMESTAMP/NOW() on DATETIME/TIMESTAMP may go without)");
            }
            put(effects, why, Engine.DB2, Effect.REJECTED, "Db2 admits no function call in a DEFAULT but cast "
                    + "functions (use a special register such as CURRENT TIMESTAMP)");
        }
        if (parenthesised) {
            put(effects, why, Engine.DB2, Effect.REJECTED, "Db2 admits no expression in a DEFAULT, only a constant, "
                    + "a special register or NULL");
            if (ctx.lacking(Feature.DEFAULT_PARENTHESISED_EXPRESSION).stream().map(Target::engine)
                    .anyMatch(e -> e == Engine.MYSQL)) {
                put(effects, why, Engine.MYSQL, Effect.REJECTED, "MySQL before 8.0.13 takes only literal defaults");
            }
        }
        if (type != null && isDateTime(type) && NOW_LITERAL.matcher(dflt).matches()) {
            put(effects, why, Engine.POSTGRESQL, Effect.DIFFERENT, "PostgreSQL converts " + dflt + " once, at CREATE "
                    + "time, and stores that fixed timestamp as the default");
            put(effects, why, Engine.SQLITE, Effect.DIFFERENT, "SQLite stores the string " + dflt + " itself");
            put(effects, why, Engine.MARIADB, Effect.REJECTED, "MariaDB rejects it (ERROR 1067 Invalid default value)");
            put(effects, why, Engine.MYSQL, Effect.REJECTED, "MySQL rejects it (ERROR 1067 Invalid default value)");
            put(effects, why, Engine.DB2, Effect.REJECTED, "Db2 rejects it (not a valid " + type.name() + " constant)");
        }
        if (addColumn) {
            effects.remove(Engine.SQLITE);
        }
        effects.keySet().retainAll(targeted(ctx));
        if (effects.isEmpty()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        for (Engine e : ORDER) {
            if (why.containsKey(e) && effects.containsKey(e)) {
                reasons.add(why.get(e));
            }
        }
        RuleContext.FindingBuilder f = ctx.report(range(ctx, within, written), "DEFAULT " + dflt + " of " + column + ": "
                + String.join("; ", reasons)).only();
        effects.forEach(f::effect);
        f.fix(NOW_LITERAL.matcher(dflt).matches()
                        ? "Write DEFAULT CURRENT_TIMESTAMP (CURRENT_DATE for a date; Db2: CURRENT TIMESTAMP), which every "
                        + "engine evaluates at insert time."
                        : "Use a default every target accepts: a constant, or CURRENT_TIMESTAMP on a timestamp column; "
                        + "generate UUIDs, random values and computed values in the application or a trigger.")
                .emit();
    }

    private static void put(Map<Engine, Effect> effects, Map<Engine, String> why, Engine e, Effect effect, String reason) {
        Effect before = effects.get(e);
        if (before == null || (before == Effect.DIFFERENT && effect == Effect.REJECTED)) {
            effects.put(e, effect);
            why.put(e, reason);
        }
    }

    private static Set<Engine> targeted(RuleContext ctx) {
        Set<Engine> engines = new LinkedHashSet<>();
        ctx.targets().asList().forEach(t -> engines.add(t.engine()));
        return engines;
    }

    private static boolean isDateTime(DataType type) {
        String n = type.name();
        return DATE_TIME_TYPES.contains(n) || n.startsWith("TIMESTAMP") || n.startsWith("TIME ");
    }

    /** From the DEFAULT keyword to the end of its expression, inside {@code within}; {@code within} if not found. */
    private static SourceRange range(RuleContext ctx, SourceRange within, String written) {
        for (Token t : Tokens.within(ctx, within)) {
            if (t.isWord(ctx.fileText(), "DEFAULT")) {
                String text = ctx.fileText().toString();
                int at = text.indexOf(written, t.end());
                if (at >= 0 && at + written.length() <= within.end()) {
                    return new SourceRange(t.start(), at + written.length());
                }
                return Tokens.range(t);
            }
        }
        return within;
    }
}
