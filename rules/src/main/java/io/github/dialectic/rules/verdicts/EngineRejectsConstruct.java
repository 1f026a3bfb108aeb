package io.github.dialectic.rules.verdicts;

import io.github.dialectic.change.Change;
import io.github.dialectic.engine.Constructs;
import io.github.dialectic.engine.Constructs.Construct;
import io.github.dialectic.engine.Constructs.Match;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rule.TokenRule;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "engine-rejects-construct",
        title = "Statement kind or clause a target engine rejects",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "A statement kind or clause that a targeted engine's grammar lacks (COMMENT ON, CREATE TYPE, CREATE "
                + "INDEX CONCURRENTLY, UPDATE ... JOIN, RETURNING, INCLUDE (...), WITHOUT ROWID, INSERT ... SET, column "
                + "COMMENT '...', MySQL or PostgreSQL type names, ...), read from the engine profiles' construct data; "
                + "also on statements Dialectic could not parse.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "seen on 15: ERROR 42601 syntax error at or near ... (MySQL and SQLite clauses), "
                                + "42704 type/collation does not exist"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 Reference Manual, SQL Statements: ERROR 1064 (42000) for the "
                                + "constructs MariaDB 10.11 also rejects (not executed here: no MySQL server)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "seen on 10.11: ERROR 1064 (42000) You have an error in your SQL syntax; "
                                + "4161/1273 unknown data type or collation"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "seen on 3.54: near \"...\": syntax error; older versions also lack RETURNING "
                                + "(before 3.35) and ALTER COLUMN ... NOT NULL (before 3.53)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL Reference: the statement or clause is not in its syntax: SQL0104N, "
                                + "SQLSTATE 42601 (a type name it lacks: SQL0204N, SQLSTATE 42704)")})
public final class EngineRejectsConstruct implements TokenRule {

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Token> tokens = ctx.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        CharSequence text = ctx.fileText();
        boolean unparsed = change == UNPARSED;
        // on a statement the parser understood, the constructs other rules report there are not even matched
        List<Match> matches = Constructs.all().find(text, tokens, ctx.upperWords(), unparsed);
        if (matches.isEmpty()) {
            return;
        }
        Set<Engine> reported = EnumSet.noneOf(Engine.class); // one finding per engine and statement: the first construct
        for (Match m : matches) {
            Construct c = m.construct();
            List<EngineProfile> rejecting = new ArrayList<>();
            for (EngineProfile p : ctx.profiles()) {
                if (p.rejects(c) && !reported.contains(p.engine())) {
                    rejecting.add(p);
                    reported.add(p.engine());
                }
            }
            if (rejecting.isEmpty()) {
                continue;
            }
            ctx.report(Tokens.range(tokens.get(m.from()), tokens.get(Math.max(m.from(), m.to() - 1))),
                            c.title() + " is rejected by " + Profiles.sentence(rejecting) + ": " + c.reason())
                    .only(Profiles.engines(rejecting))
                    .fix("Write it in a form every target accepts, or keep it in a migration for the engines that "
                            + "take it (a vendor-specific location); see the rule page for each construct's equivalent.")
                    .emit();
        }
    }
}
