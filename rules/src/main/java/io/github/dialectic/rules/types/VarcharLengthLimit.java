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
        title = "VARCHAR or CHAR length beyond an engine's maximum",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "VARCHAR(n) with n over 16383 (MySQL/MariaDB with utf8mb4, 4 bytes a character in a 65535-byte "
                + "row), over 32672 (Db2) or over 10485760 (PostgreSQL); CHAR(n) with n over 255 (MySQL/MariaDB) or "
                + "10485760 (PostgreSQL).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "seen on 15: ERROR 54000 length for type varchar (char) cannot exceed 10485760"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 String Type Storage: 65535-byte row limit, utf8mb4 counts 4 bytes a "
                                + "character; ERROR 1074 (42000) Column length too big (strict mode); The CHAR and VARCHAR Types: "
                                + "CHAR holds 0 to 255 characters (not executed here)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "ERROR 1074 (42000): Column length too big for column 'a' (max = 16383); use "
                                + "BLOB or TEXT instead (seen on 10.11 with utf8mb4 and STRICT_TRANS_TABLES; "
                                + "without strict mode the column silently becomes TEXT); CHAR(300): ERROR 1074 (max = 255), seen on "
                                + "10.11"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL and XML limits: maximum VARCHAR length 32672 bytes; SQL0604N, "
                                + "SQLSTATE 42611")})
public final class VarcharLengthLimit implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            DataType type = c.column().type();
            boolean varchar = type != null && type.is("VARCHAR", "CHARACTER VARYING", "CHAR VARYING");
            if (type == null || !varchar && !type.is("CHAR", "CHARACTER", "NCHAR", "NATIONAL CHAR",
                    "NATIONAL CHARACTER")) {
                continue;
            }
            int n = type.length();
            if (n < 0 && !type.arguments().isEmpty() && type.arguments().get(0).trim().matches("\\d{10,}")) {
                n = Integer.MAX_VALUE; // CHAR(4294967295): past any engine's limit (PostgreSQL: a syntax error)
            }
            List<EngineProfile> over = new ArrayList<>(); // a loop, not a stream: this runs on every VARCHAR column
            for (EngineProfile e : ctx.everyEngine()) {
                LengthLimit limit = varchar ? e.varcharLimit() : e.charLimit();
                if (limit != null && n > limit.max()) {
                    over.add(e);
                }
            }
            if (over.isEmpty()) {
                continue;
            }
            over.sort(Comparator.comparingInt(e -> (varchar ? e.varcharLimit() : e.charLimit()).max()));
            // engines with the same limit share a clause: "MySQL/MariaDB allow with utf8mb4 (16383 characters)"
            Map<LengthLimit, List<EngineProfile>> byLimit = new LinkedHashMap<>();
            over.forEach(e -> byLimit.computeIfAbsent(varchar ? e.varcharLimit() : e.charLimit(), l -> new ArrayList<>())
                    .add(e));
            List<String> limits = new ArrayList<>();
            byLimit.forEach((limit, engines) -> limits.add(limit.inBytes()
                    ? Profiles.names(engines, "/") + "'s " + limit.describe()
                    // a VARCHAR limit in characters under the 65,535-byte row is that row over utf8mb4's 4 bytes
                    : varchar && limit.max() < 65535 ? Profiles.names(engines, "/") + " allow with utf8mb4 ("
                    + limit.describe() + ")"
                    : Profiles.names(engines, "/") + " allow" + (engines.size() == 1 ? "s" : "") + " ("
                    + limit.describe() + ")"));
            ctx.report(type.range(), "column " + c.qualified() + " is " + type.written() + ": longer than "
                            + String.join(" and than ", limits))
                    .only(Profiles.engines(over))
                    .fix(varchar ? "Use a large-object type for long text: TEXT (PostgreSQL, SQLite), MEDIUMTEXT or LONGTEXT "
                            + "(MySQL/MariaDB), CLOB (Db2); or keep VARCHAR at most 16383."
                            : "Keep CHAR at most 255 characters, or use VARCHAR(n) (TEXT for long text).")
                    .emit();
        }
    }
}
