package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.EngineProfiles;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "engine-specific-type",
        title = "Column type only some engines know",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "A column type that a targeted engine does not have: MySQL's TINYINT, MEDIUMTEXT, DATETIME, ENUM, "
                + "UNSIGNED ...; PostgreSQL's BYTEA, JSONB, INET, arrays ...; Db2's CLOB and GRAPHIC; TEXT, which "
                + "Db2 lacks; on MySQL and MariaDB any name outside their types, such as the ones SQLite takes "
                + "(STRING, NTEXT, NUMBER).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ERROR 42704: type \"tinyint\" does not exist (seen on 15); UNSIGNED: 42601 "
                                + "syntax error"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 Data Types: no BYTEA, JSONB, INET, UUID, CLOB, arrays, and no "
                                + "user-defined types: any other name is ERROR 1064"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "ERROR 4161 (HY000): Unknown data type: 'bytea' (also 'STRING', 'NTEXT', seen on "
                                + "10.11); CLOB, NUMBER and arrays: ERROR 1064"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite accepts any type name, but ENUM('a','b') and SET('a','b') are syntax "
                                + "errors (seen on 3.54)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL Reference, Data types: no TEXT (nor TINYTEXT ... LONGTEXT; its "
                                + "Netezza aliases INT2 ... BPCHAR add none), TINYINT, MEDIUMINT, DATETIME, ENUM, BYTEA, "
                                + "JSONB, INET, UUID; SQL0204N, SQLSTATE 42704 (undefined name), UNSIGNED SQL0104N, "
                                + "SQLSTATE 42601")})
public final class EngineSpecificType implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            DataType type = c.column().type();
            if (type == null || !portabilityMatters(type)) {
                continue;
            }
            List<EngineProfile> lacking = new ArrayList<>(); // loops, not streams: this runs on every column
            StringBuilder names = new StringBuilder();
            for (EngineProfile p : ctx.profiles()) {
                if (!knows(p, type)) {
                    lacking.add(p);
                    names.append(names.length() == 0 ? "" : ", ").append(p.engine().displayName());
                }
            }
            if (lacking.isEmpty()) {
                continue;
            }
            ctx.report(type.range(), "column " + c.qualified() + " has type " + type.written() + ", unknown to "
                            + names)
                    .only(Profiles.engines(lacking))
                    .fix(fixFor(type))
                    .emit();
        }
    }

    private static boolean isArray(DataType type) {
        return type.name().endsWith("[]") || type.name().endsWith(" ARRAY");
    }

    /**
     * Arrays, UNSIGNED, type names some engine has and others lack, and one-word names, which an engine that lists
     * every type it has may lack (SQLite takes any name: STRING, NTEXT, NUMBER); not the names every engine has.
     */
    private static boolean portabilityMatters(DataType type) {
        return isArray(type) || type.unsigned() || EngineProfiles.someEngineKnowsType(type.name())
                || oneWord(type.name());
    }

    /** [A-Z_][A-Z0-9_]*, read by hand: it runs on every column. */
    private static boolean oneWord(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || k > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean knows(EngineProfile p, DataType type) {
        if (isArray(type)) {
            return p.supports(Feature.ARRAY_TYPES);
        }
        if (type.unsigned()) {
            return p.supports(Feature.UNSIGNED_TYPES);
        }
        if (EngineProfiles.someEngineKnowsType(type.name())) {
            return p.knowsType(type.name());
        }
        return !p.lacksType(type.name());
    }

    static String fixFor(DataType type) {
        if (type.unsigned()) {
            return "Drop UNSIGNED and use the next larger signed type (INT UNSIGNED -> BIGINT), with a CHECK (c >= 0).";
        }
        return switch (type.name()) {
            case "TINYINT", "MEDIUMINT" -> "Use SMALLINT or INTEGER.";
            case "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT" -> "Use VARCHAR(n) for bounded text, or a per-engine "
                    + "large text type (TEXT on PostgreSQL/MySQL/SQLite, CLOB on Db2).";
            case "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "BLOB", "BYTEA" -> "Use BLOB on MySQL/MariaDB/SQLite/Db2 and "
                    + "BYTEA on PostgreSQL (one migration per engine), or keep binary data out of the database.";
            case "DATETIME" -> "Use TIMESTAMP (all engines have it; on MySQL mind its 1970-2038 range).";
            case "YEAR" -> "Use SMALLINT.";
            case "ENUM", "SET" -> "Use VARCHAR(n) with a CHECK (c IN (...)) constraint, or a lookup table.";
            case "DOUBLE" -> "Write DOUBLE PRECISION, which every engine accepts.";
            case "UUID" -> "Use CHAR(36) (or a 16-byte binary type) holding the UUID.";
            case "JSONB", "CITEXT" -> "Use a text type (VARCHAR/TEXT/CLOB) and validate in the application.";
            case "INET", "CIDR", "MACADDR" -> "Use VARCHAR(45) (IPv6 text form) or VARCHAR(17).";
            case "MONEY" -> "Use DECIMAL(19,4).";
            case "TIMESTAMPTZ" -> "Write TIMESTAMP WITH TIME ZONE on PostgreSQL only, or store UTC in TIMESTAMP.";
            case "CLOB", "DBCLOB" -> "Use TEXT on PostgreSQL, MySQL and SQLite (one migration per engine), or a "
                    + "bounded VARCHAR(n).";
            case "GRAPHIC", "VARGRAPHIC" -> "Use CHAR(n) / VARCHAR(n) in a Unicode database.";
            case "DECFLOAT" -> "Use DECIMAL(p,s).";
            default -> "Use a standard type every targeted engine has (INTEGER, VARCHAR(n), DECIMAL(p,s), TIMESTAMP).";
        };
    }
}
