package io.github.dialectic.rules.constraints;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDefault;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.Expression;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.EngineProfiles;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Columns;
import io.github.dialectic.rules.support.Ddl;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
        id = "default-expression",
        title = "DEFAULT written in a form or with a function some engines refuse",
        category = Category.CONSTRAINTS_AND_DEFAULTS,
        severity = Severity.ERROR,
        reads = {Reads.SCHEMA, Reads.FILE_HISTORY},
        summary = "A column DEFAULT that calls a function an engine does not have (uuid(), rand(), gen_random_uuid(), "
                + "random(), ...), calls a function without surrounding parentheses, is a parenthesised expression, "
                + "names another column of the table, or is the string 'now'/'today' on a date/time column.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Run on PostgreSQL 15: uuid(), rand(), utc_timestamp(), sysdate(), curdate() fail "
                                + "with 42883 'function ... does not exist'; current_timestamp() is a syntax error; "
                                + "a column in a DEFAULT is 0A000 'cannot use column reference in DEFAULT expression'"),
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
                                + "signed number, CURRENT_* or (expr); run on 3.40: a column in a DEFAULT is 'default "
                                + "value of column [b] is not constant'"),
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

    /** Db2 cast functions (type names), which its DEFAULT admits around a constant or special register. */
    private static final Set<String> CAST_FUNCTIONS = Set.of("char", "varchar", "integer", "int", "smallint", "bigint",
            "decimal", "dec", "double", "real", "date", "time", "timestamp", "clob", "blob", "graphic", "vargraphic",
            "cast");
    private static final Set<String> DATE_TIME_TYPES = Set.of("TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMP WITH", "DATE",
            "TIME", "TIMETZ", "DATETIME");
    private static final Pattern NOW_LITERAL = Pattern.compile("(?i)^'\\s*(now|today|tomorrow|yesterday)\\s*'$");

    @Override
    public void check(Change change, RuleContext ctx) {
        TableColumns tableColumns = new TableColumns(ctx, change);
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            if (d.column().defaultClause() != null) {
                // SQLite's ADD COLUMN refuses every non-constant default: sqlite-add-column-limits says so
                inspect(ctx, d.qualified(), d.column().type(), d.column().defaultClause(),
                        change instanceof Change.AlterTable, tableColumns);
            }
        }
        if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.SetDefault sd && sd.defaultClause() != null) {
                    DataType type = Columns.resolve(ctx, change, at.table(), sd.column()).map(Columns.Resolved::type)
                            .orElse(null);
                    inspect(ctx, at.table() + "." + sd.column(), type, sd.defaultClause(), false, tableColumns);
                }
            }
        }
    }

    /**
     * The columns of the table a statement declares or changes, lower-cased, found once per statement and only when a
     * default names something: the statement's own (CREATE TABLE, ADD COLUMN) and, for ALTER TABLE, the replayed
     * table's. Null when a name cannot be judged (a table the migrations never created).
     */
    private static final class TableColumns {
        private final RuleContext ctx;
        private final Change change;
        private Set<String> names;
        private boolean known;

        TableColumns(RuleContext ctx, Change change) {
            this.ctx = ctx;
            this.change = change;
        }

        /** The column an expression's name refers to, as written there, or null. */
        String referenced(Expression expression) {
            String[] found = {null};
            expression.forEach(e -> {
                if (found[0] == null && e instanceof Expression.Identifier id && !id.text().contains(".")
                        && !afterCast(id) && names() != null
                        && names().contains(id.name().text().toLowerCase(Locale.ROOT))) {
                    found[0] = id.text();
                }
            });
            return found[0];
        }

        /** A type name after ::, which the reader keeps as a name ('x'::text). */
        private boolean afterCast(Expression.Identifier id) {
            CharSequence text = ctx.fileText();
            int i = id.range().start() - 1;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            return i >= 1 && text.charAt(i) == ':' && text.charAt(i - 1) == ':';
        }

        private Set<String> names() {
            if (!known) {
                known = true;
                Set<String> n = new java.util.HashSet<>();
                change.columnsDeclared().forEach(c -> n.add(c.name().text().toLowerCase(Locale.ROOT)));
                if (change instanceof Change.AlterTable at) {
                    var table = ctx.schema().table(at.table());
                    if (table.isEmpty() || !table.get().complete()) {
                        return names = null;
                    }
                    table.get().columns().forEach(c -> n.add(c.name().text().toLowerCase(Locale.ROOT)));
                }
                names = n;
            }
            return names;
        }
    }

    private void inspect(RuleContext ctx, String column, DataType type, ColumnDefault clause, boolean addColumn,
                         TableColumns tableColumns) {
        Expression expression = clause.expression();
        String dflt = expression.text();
        // what the default starts with: (expr) + 1 counts as parenthesised, now() || 'x' as a bare call
        Expression leading = expression.leading();
        boolean parenthesised = leading instanceof Expression.Parenthesised;
        Map<Engine, Effect> effects = new EnumMap<>(Engine.class);
        Map<Engine, String> why = new EnumMap<>(Engine.class);

        // CURRENT_TIMESTAMP(6) is a special register with a precision, not a call: PostgreSQL and MySQL accept it
        String bareName = leading instanceof Expression.Call call ? call.lowerCaseName() : null;
        Set<String> calls = new LinkedHashSet<>();
        expression.calls().forEach(c -> calls.add(c.lowerCaseName()));
        for (String fn : calls) {
            if (!EngineProfiles.someEngineHasDefaultFunction(fn)) {
                continue;
            }
            for (EngineProfile p : ctx.profiles()) {
                if (!p.supports(Feature.DEFAULT_FUNCTION_CALLS) || p.hasDefaultFunction(fn)) {
                    continue; // an engine that takes no function call in a DEFAULT is told so below
                }
                Engine e = p.engine();
                boolean keyword = p.keywordNotFunction(fn);
                if (p.supports(Feature.DEFAULT_FUNCTION_LOOKED_UP_AT_INSERT)) {
                    if (!parenthesised) {
                        continue; // the bare call is a syntax error there first: said below
                    }
                    if (!keyword) {
                        put(effects, why, e, Effect.DIFFERENT, e.displayName() + " has no " + fn + "(): it accepts the "
                                + "table, then every INSERT that needs the default fails ('unknown function')");
                        continue;
                    }
                }
                if (keyword) {
                    put(effects, why, e, Effect.REJECTED, e.displayName() + " reads " + fn.toUpperCase(Locale.ROOT)
                            + " as a keyword: '()' after it is a syntax error");
                } else {
                    put(effects, why, e, Effect.REJECTED, e.displayName() + " has no " + fn + "()");
                }
            }
        }
        if (bareName != null && !CAST_FUNCTIONS.contains(bareName)) {
            boolean dateTime = type != null && isDateTime(type) && !type.is("DATE", "TIME");
            for (EngineProfile p : ctx.profiles()) {
                Engine e = p.engine();
                if (p.supports(Feature.DEFAULT_BARE_FUNCTION_CALL)) {
                    continue;
                }
                if (!p.supports(Feature.DEFAULT_FUNCTION_CALLS)) {
                    put(effects, why, e, Effect.REJECTED, e.shortName() + " admits no function call in a DEFAULT but "
                            + "cast functions (use a special register such as CURRENT TIMESTAMP)");
                } else if (p.bareTimestampDefaults().isEmpty()) {
                    put(effects, why, e, Effect.REJECTED, e.shortName() + " takes a function call as a default only "
                            + "inside parentheses (syntax error)");
                } else if (!(p.bareTimestampDefaults().contains(bareName) && dateTime)) {
                    put(effects, why, e, Effect.REJECTED, e.shortName() + " wants an expression default in parentheses "
                            + "(only CURRENT_TIMESTAMP/NOW() on DATETIME/TIMESTAMP may go without)");
                }
            }
        }
        if (parenthesised) {
            for (EngineProfile p : ctx.profiles()) {
                Engine e = p.engine();
                if (p.supports(Feature.DEFAULT_PARENTHESISED_EXPRESSION)) {
                    continue;
                }
                put(effects, why, e, Effect.REJECTED, p.supports(Feature.DEFAULT_FUNCTION_CALLS)
                        ? e.shortName() + EngineProfiles.firstSupporting(e, Feature.DEFAULT_PARENTHESISED_EXPRESSION)
                        .map(v -> " before " + v).orElse("") + " takes only literal defaults"
                        : e.shortName() + " admits no expression in a DEFAULT, only a constant, a special register or NULL");
            }
        }
        String reference = tableColumns.referenced(expression);
        if (reference != null) {
            for (EngineProfile p : ctx.profiles()) {
                if (!p.supports(Feature.DEFAULT_COLUMN_REFERENCE)) {
                    Engine e = p.engine();
                    put(effects, why, e, Effect.REJECTED, e.shortName() + " takes no column reference (" + reference
                            + ") in a DEFAULT");
                }
            }
        }
        boolean nowLiteral = expression instanceof Expression.Literal literal
                && literal.is(Expression.Literal.Kind.STRING) && NOW_LITERAL.matcher(literal.text()).matches();
        if (type != null && isDateTime(type) && nowLiteral) {
            for (EngineProfile p : ctx.profiles()) {
                Engine e = p.engine();
                switch (p.nowLiteralDefault()) {
                    case CONVERTED_ONCE -> put(effects, why, e, Effect.DIFFERENT, e.shortName() + " converts " + dflt
                            + " once, at CREATE time, and stores that fixed timestamp as the default");
                    case STORED_AS_TEXT -> put(effects, why, e, Effect.DIFFERENT, e.shortName() + " stores the string "
                            + dflt + " itself");
                    case INVALID_DEFAULT -> put(effects, why, e, Effect.REJECTED, e.shortName() + " rejects it "
                            + "(ERROR 1067 Invalid default value)");
                    case NOT_A_CONSTANT -> put(effects, why, e, Effect.REJECTED, e.shortName() + " rejects it (not a "
                            + "valid " + type.name() + " constant)");
                }
            }
        }
        if (addColumn) {
            // sqlite-add-column-limits reports what ADD COLUMN refuses
            ctx.lacking(Feature.ADD_COLUMN_NON_CONSTANT_DEFAULT).forEach(t -> effects.remove(t.engine()));
        }
        if (effects.isEmpty()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        effects.keySet().forEach(e -> reasons.add(why.get(e))); // in engine order
        RuleContext.FindingBuilder f = ctx.report(clause.range(), "DEFAULT " + dflt + " of " + column + ": "
                + String.join("; ", reasons)).only();
        effects.forEach(f::effect);
        f.fix(nowLiteral
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

    private static boolean isDateTime(DataType type) {
        String n = type.name();
        return DATE_TIME_TYPES.contains(n) || n.startsWith("TIMESTAMP") || n.startsWith("TIME ");
    }
}
