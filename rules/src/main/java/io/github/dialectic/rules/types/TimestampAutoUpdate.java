package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.Expression;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.Spelled;
import io.github.dialectic.change.Spelling;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;

import java.util.Locale;
import java.util.Set;

@RuleInfo(
        id = "timestamp-auto-update",
        title = "ON UPDATE CURRENT_TIMESTAMP on a column",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "A column attribute ON UPDATE CURRENT_TIMESTAMP (or NOW(), LOCALTIMESTAMP): MySQL and MariaDB only.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Verified on PostgreSQL 15: ERROR 42601 syntax error at or near \"ON\""),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Verified on SQLite 3.54: near \"ON\": syntax error"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE: no ON UPDATE column attribute (the Db2 form is "
                                + "GENERATED ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP): SQL0104N, "
                                + "SQLSTATE 42601")})
public final class TimestampAutoUpdate implements Rule {

    /** The ON UPDATE values this rule knows: MySQL's CURRENT_TIMESTAMP and its synonyms. */
    private static final Set<String> NOW = Set.of("CURRENT_TIMESTAMP", "NOW", "LOCALTIMESTAMP", "LOCALTIME",
            "CURRENT_TIME");

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            Spelled onUpdate = d.column().spelled(Spelling.ON_UPDATE);
            if (onUpdate == null || d.column().onUpdate() == null) {
                continue;
            }
            Expression value = d.column().onUpdate().leading();
            String name = value instanceof Expression.SpecialRegister r ? r.name()
                    : value instanceof Expression.Call call ? call.name().toUpperCase(Locale.ROOT) : null;
            if (name == null || !NOW.contains(name)) {
                continue;
            }
            ctx.report(new SourceRange(onUpdate.range().start(), value.range().end()), "column " + d.qualified()
                            + " is declared ON UPDATE " + value.text()
                            + ": a MySQL/MariaDB attribute that other engines do not parse")
                    .fix("Drop ON UPDATE ... and set " + d.column().name() + " in the application's UPDATE "
                            + "statements, or use a trigger (PostgreSQL: BEFORE UPDATE trigger; Db2: GENERATED "
                            + "ALWAYS FOR EACH ROW ON UPDATE AS ROW CHANGE TIMESTAMP).")
                    .emit();
        }
    }
}
