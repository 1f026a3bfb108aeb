package io.github.dialectic.rules.types;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.SourceRange;
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
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

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
                    lacking.stream().filter(t -> EngineProfile.of(t).supports(Feature.ANY_TYPE_NAME))
                            .forEach(t -> finding.effect(t.engine(), Effect.DIFFERENT));
                    finding
                            .fix("Write the numbering in each engine's syntax (one migration per engine): INTEGER "
                                    + "PRIMARY KEY on SQLite, INT AUTO_INCREMENT on MySQL/MariaDB, INTEGER GENERATED "
                                    + "BY DEFAULT AS IDENTITY on PostgreSQL and Db2.")
                            .emit();
                }
                continue;
            }
            if (!col.autoIncrement()) {
                continue;
            }
            CharSequence text = ctx.fileText();
            for (Token t : Tokens.within(ctx, col.range())) {
                Feature f = null;
                String what = null;
                SourceRange at = Tokens.range(t);
                if (t.isWord(text, "AUTO_INCREMENT")) {
                    f = Feature.AUTO_INCREMENT_ATTRIBUTE;
                    what = "AUTO_INCREMENT (MySQL/MariaDB)";
                } else if (t.isWord(text, "AUTOINCREMENT")) {
                    f = Feature.AUTOINCREMENT_KEYWORD;
                    what = "AUTOINCREMENT (SQLite)";
                } else if (t.isWord(text, "GENERATED") || t.isWord(text, "IDENTITY")) {
                    f = Feature.IDENTITY_COLUMN;
                    what = "an identity column (GENERATED ... AS IDENTITY)";
                    at = identityRange(ctx, col, t);
                }
                if (f == null) {
                    continue;
                }
                List<Target> lacking = ctx.lacking(f);
                if (!lacking.isEmpty()) {
                    // SQLite: AUTO_INCREMENT right after the type's words is one more word of the type name
                    // ("INT AUTO_INCREMENT"): accepted, and nothing is numbered
                    List<Target> readAsType = f == Feature.AUTO_INCREMENT_ATTRIBUTE && continuesTypeName(ctx, col, t)
                            ? lacking.stream().filter(x -> EngineProfile.of(x).supports(Feature.ANY_TYPE_NAME)).toList()
                            : List.of();
                    RuleContext.FindingBuilder finding = ctx.report(at, "column " + c.qualified() + " is numbered with "
                                    + what + ", not understood by " + Ddl.names(lacking)
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
     * Whether {@code word} directly follows the words of the column's type name (or the column name, when no type is
     * written), with no parenthesised length in between: where SQLite's grammar reads any word as part of the type.
     */
    private static boolean continuesTypeName(RuleContext ctx, ColumnDef col, Token word) {
        Token previous = null;
        for (Token t : Tokens.within(ctx, col.range())) {
            if (t.start() >= word.start()) {
                break;
            }
            previous = t;
        }
        if (previous == null || previous.kind() != TokenKind.WORD) {
            return false;
        }
        return col.type() == null ? previous.end() == col.nameRange().end()
                : previous.end() == col.type().range().end() && col.type().arguments().isEmpty()
                && !col.type().written().contains("("); // no word may follow INT(11)
    }

    private static SourceRange identityRange(RuleContext ctx, ColumnDef col, Token first) {
        Token last = first;
        for (Token t : Tokens.within(ctx, col.range())) {
            if (t.start() >= first.start() && t.isWord(ctx.fileText(), "IDENTITY")) {
                last = t;
                break;
            }
        }
        return Tokens.range(first, last);
    }
}
