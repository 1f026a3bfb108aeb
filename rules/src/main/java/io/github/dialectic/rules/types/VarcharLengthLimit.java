package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile.LengthLimit;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
        id = "varchar-length-limit",
        title = "VARCHAR length beyond an engine's maximum",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "VARCHAR(n) with n over 16383 (MySQL/MariaDB with utf8mb4, 4 bytes a character in a 65535-byte "
                + "row) or over 32672 (Db2).",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 String Type Storage: 65535-byte row limit, utf8mb4 counts 4 bytes a "
                                + "character; ERROR 1074 (42000) Column length too big (strict mode)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "ERROR 1074 (42000): Column length too big for column 'a' (max = 16383); use "
                                + "BLOB or TEXT instead (seen on 10.11 with utf8mb4 and STRICT_TRANS_TABLES; "
                                + "without strict mode the column silently becomes TEXT)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL and XML limits: maximum VARCHAR length 32672 bytes; SQL0604N, "
                                + "SQLSTATE 42611")})
public final class VarcharLengthLimit implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            DataType type = c.column().type();
            if (type == null || !type.is("VARCHAR", "CHARACTER VARYING", "CHAR VARYING")) {
                continue;
            }
            int n = type.length();
            List<EngineProfile> over = new ArrayList<>(); // a loop, not a stream: this runs on every VARCHAR column
            for (EngineProfile e : ctx.everyEngine()) {
                if (e.varcharLimit() != null && n > e.varcharLimit().max()) {
                    over.add(e);
                }
            }
            if (over.isEmpty()) {
                continue;
            }
            over.sort(Comparator.comparingInt(e -> e.varcharLimit().max()));
            // engines with the same limit share a clause: "MySQL/MariaDB allow with utf8mb4 (16383 characters)"
            Map<LengthLimit, List<EngineProfile>> byLimit = new LinkedHashMap<>();
            over.forEach(e -> byLimit.computeIfAbsent(e.varcharLimit(), l -> new ArrayList<>()).add(e));
            List<String> limits = new ArrayList<>();
            byLimit.forEach((limit, engines) -> limits.add(limit.inBytes()
                    ? Profiles.names(engines, "/") + "'s " + limit.describe()
                    : Profiles.names(engines, "/") + " allow with utf8mb4 (" + limit.describe() + ")"));
            ctx.report(type.range(), "column " + c.qualified() + " is " + type.written() + ": longer than "
                            + String.join(" and than ", limits))
                    .only(Profiles.engines(over))
                    .fix("Use a large-object type for long text: TEXT (PostgreSQL, SQLite), MEDIUMTEXT or LONGTEXT "
                            + "(MySQL/MariaDB), CLOB (Db2); or keep VARCHAR at most 16383.")
                    .emit();
        }
    }
}
