package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@RuleInfo(
        id = "decimal-precision-limit",
        title = "DECIMAL precision beyond an engine's maximum",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "DECIMAL/NUMERIC(p, s) with p over 31 (Db2), 65 (MySQL, MariaDB) or 1000 (PostgreSQL).",
        effects = {
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL and XML limits: maximum decimal precision 31; SQL0604N, "
                                + "SQLSTATE 42611"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 Fixed-Point Types: M at most 65; ERROR 1426 (42000) Too big precision"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "ERROR 1426 (42000): Too big precision specified for 'a'. Maximum is 65 "
                                + "(seen on 10.11)"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ERROR 22023: NUMERIC precision 1001 must be between 1 and 1000 (seen on 15)")})
public final class DecimalPrecisionLimit implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            DataType type = c.column().type();
            if (type == null || !type.is("DECIMAL", "NUMERIC", "DEC")) {
                continue;
            }
            int p = type.length();
            List<EngineProfile> over = new ArrayList<>(); // a loop, not a stream: this runs on every DECIMAL column
            for (EngineProfile e : ctx.everyEngine()) {
                if (e.maxDecimalPrecision() > 0 && p > e.maxDecimalPrecision()) {
                    over.add(e);
                }
            }
            if (over.isEmpty()) {
                continue;
            }
            over.sort(Comparator.comparingInt(EngineProfile::maxDecimalPrecision));
            ctx.report(type.range(), "column " + c.qualified() + " is " + type.written() + ": precision " + p
                            + " exceeds the maximum of " + String.join(", ", over.stream()
                            .map(e -> e.engine().displayName() + " (" + e.maxDecimalPrecision() + ")").toList()))
                    .only(Profiles.engines(over))
                    .fix("Use a precision of at most 31, the smallest maximum (Db2); for larger values store text "
                            + "or split the value.")
                    .emit();
        }
    }
}
