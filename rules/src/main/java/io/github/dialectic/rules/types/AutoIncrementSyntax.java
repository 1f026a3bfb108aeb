package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.Spelled;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Tokens;

import java.util.List;

@RuleInfo(
        id = "auto-increment-syntax",
        title = "Auto-numbered column written in one engine's syntax",
        category = Category.TYPES,
        severity = Severity.ERROR,
        summary = "AUTO_INCREMENT (MySQL/MariaDB), AUTOINCREMENT (SQLite), SERIAL types (PostgreSQL) or GENERATED "
                + "... AS IDENTITY (PostgreSQL, Db2): each is refused, or silently not auto-numbered, elsewhere.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "AUTO_INCREMENT/AUTOINCREMENT: ERROR 42601 syntax error (seen on 15)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 CREATE TABLE: no GENERATED AS IDENTITY, AUTOINCREMENT or BIGSERIAL; "
                                + "ERROR 1064"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "GENERATED ... AS IDENTITY and AUTOINCREMENT: ERROR 1064 (42000); BIGSERIAL: "
                                + "ERROR 4161 Unknown data type (seen on 10.11)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "AUTO_INCREMENT after NOT NULL or a length, and AS IDENTITY: 'syntax error' "
                                + "(seen on 3.54); AUTO_INCREMENT right after the type's words (INT AUTO_INCREMENT) and "
                                + "SERIAL are accepted as a type name but the column is not numbered (different)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE: identity columns only (GENERATED ... AS IDENTITY); "
                                + "AUTO_INCREMENT SQL0104N, SQLSTATE 42601; SERIAL SQL0204N, SQLSTATE 42704")})
public final class AutoIncrementSyntax implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            ColumnDef col = c.column();
            DataType type = col.type();
            if (type != null && type.is("SERIAL", "BIGSERIAL", "SMALLSERIAL")) {
                Feature f = type.is("SERIAL") ? Feature.SERIAL_TYPE : Feature.SERIAL_SIZED_TYPES;
                List<Target> lacking = ctx.lacking(f);
                if (!lacking.isEmpty()) {
                    RuleContext.FindingBuilder finding = ctx.report(type.range(), "column " + c.qualified() + " is "
                            + type.name() + ", PostgreSQL's auto-numbered type").only(Ddl.engines(lacking));
                    // an engine that takes any name as a type takes this one too, but numbers nothing
                    for (Target t : lacking) {
                        if (EngineProfile.of(t).supports(Feature.ANY_TYPE_NAME)) {
                            finding.effect(t.engine(), Effect.DIFFERENT);
                        }
                    }
                    finding
                            .fix("Write the numbering in each engine's syntax (one migration per engine): INTEGER "
                                    + "PRIMARY KEY on SQLite, INT AUTO_INCREMENT on MySQL/MariaDB, INTEGER GENERATED "
                                    + "BY DEFAULT AS IDENTITY on PostgreSQL and Db2.")
                            .emit();
                }
                continue;
            }
            for (Spelled spelled : col.spellings()) {
                Feature f;
                String what;
                switch (spelled.spelling()) {
                    case AUTO_INCREMENT -> {
                        f = Feature.AUTO_INCREMENT_ATTRIBUTE;
                        what = "AUTO_INCREMENT (MySQL/MariaDB)";
                    }
                    case AUTOINCREMENT -> {
                        f = Feature.AUTOINCREMENT_KEYWORD;
                        what = "AUTOINCREMENT (SQLite)";
                    }
                    case IDENTITY, GENERATED_AS_IDENTITY -> {
                        f = Feature.IDENTITY_COLUMN;
                        what = "an identity column (GENERATED ... AS IDENTITY)";
                    }
                    default -> {
                        continue;
                    }
                }
                List<Target> lacking = ctx.lacking(f);
                if (!lacking.isEmpty()) {
                    // SQLite: AUTO_INCREMENT right after the type's words is one more word of the type name
                    // ("INT AUTO_INCREMENT"): accepted, and nothing is numbered
                    List<Target> readAsType = f == Feature.AUTO_INCREMENT_ATTRIBUTE && continuesTypeName(ctx, col, spelled)
                            ? lacking.stream().filter(x -> EngineProfile.of(x).supports(Feature.ANY_TYPE_NAME)).toList()
                            : List.of();
                    RuleContext.FindingBuilder finding = ctx.report(spelled.range(), "column " + c.qualified()
                                    + " is numbered with " + what + ", not understood by " + Ddl.names(lacking)
                                    + (readAsType.isEmpty() ? "" : " (" + Ddl.names(readAsType)
                                    + " reads it as part of the type name and numbers nothing)"))
                            .only(Ddl.engines(lacking));
                    readAsType.forEach(x -> finding.effect(x.engine(), Effect.DIFFERENT));
                    finding.fix("Write the numbering in each engine's syntax (one migration per engine): INTEGER "
                                    + "PRIMARY KEY on SQLite, INT AUTO_INCREMENT on MySQL/MariaDB, INTEGER GENERATED "
                                    + "BY DEFAULT AS IDENTITY on PostgreSQL and Db2.")
                            .emit();
                }
                break;
            }
        }
    }

    /**
     * Whether the spelled keyword directly follows the words of the column's type name (or the column name, when no
     * type is written), with no parenthesised length in between: where SQLite's grammar reads any word as part of the
     * type.
     */
    private static boolean continuesTypeName(RuleContext ctx, ColumnDef col, Spelled spelled) {
        SourceRange before = col.type() == null ? col.nameRange() : col.type().range();
        if (before == null || spelled.range().start() < before.end()
                || !Tokens.within(ctx, new SourceRange(before.end(), spelled.range().start())).isEmpty()) {
            return false;
        }
        return col.type() == null || (col.type().arguments().isEmpty() && !col.type().written().contains("("));
    }
}
