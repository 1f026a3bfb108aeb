package io.github.dialectic.rules.transactions;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Constructs;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.TokenRule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.ScriptTransaction;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

@RuleInfo(
        id = "statement-refused-in-transaction",
        title = "Statement that cannot run inside a transaction, where the migration runs in one",
        category = Category.TRANSACTIONS,
        severity = Severity.ERROR,
        summary = "VACUUM, CREATE INDEX CONCURRENTLY, CREATE DATABASE, ALTER SYSTEM and the like where the migration "
                + "runs in a transaction: after BEGIN, in a script the migration tool runs in one (Flyway's "
                + "executeInTransaction=true), or mixed with other statements in a Flyway migration.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Run on PostgreSQL 15 after BEGIN: ERROR 25001 VACUUM / CREATE INDEX CONCURRENTLY / "
                                + "DROP INDEX CONCURRENTLY / REINDEX CONCURRENTLY / REINDEX DATABASE / CREATE DATABASE / "
                                + "DROP DATABASE / ALTER DATABASE SET TABLESPACE / CREATE TABLESPACE / DROP TABLESPACE / "
                                + "ALTER SYSTEM / DISCARD ALL / CLUSTER / CREATE SUBSCRIPTION ... cannot run inside a "
                                + "transaction block"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Run on SQLite 3.40 and 3.54 after BEGIN: cannot VACUUM from within a transaction")})
public final class StatementRefusedInTransaction implements TokenRule {

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Constructs.Match> matches = Constructs.inTransaction().find(ctx.fileText(), ctx.tokens(), ctx.upperWords());
        if (matches.isEmpty()) {
            return;
        }
        Constructs.Construct construct = matches.get(0).construct();
        List<Engine> refusing = new ArrayList<>();
        for (EngineProfile p : ctx.profiles()) {
            if (p.refusesInTransaction(construct)) {
                refusing.add(p.engine());
            }
        }
        if (refusing.isEmpty()) {
            return;
        }
        String engines = refusing.stream().map(Engine::shortName).collect(Collectors.joining(" and "));
        String what = construct.title();
        String refuses = refusing.size() == 1 ? " refuses" : " refuse";
        String message;
        if (explicitTransactionOpen(ctx)) {
            if (change instanceof Change.CreateIndex || change instanceof Change.DropIndex) {
                return; // create-index-concurrently-in-transaction says it
            }
            message = what + " inside BEGIN ... COMMIT: " + engines + refuses + " it in a transaction block";
        } else {
            ScriptTransaction tx = ctx.scriptTransaction();
            switch (tx.mode()) {
                case ALWAYS -> message = what + " in a migration run in a transaction (" + tx.setting() + "): "
                        + engines + refuses + " it in a transaction block";
                case FLYWAY -> {
                    if (tx.mixed() || !othersRunInTransaction(ctx)) {
                        return; // Flyway runs a script of such statements alone without a transaction
                    }
                    message = what + " in a Flyway migration with statements that run in a transaction: Flyway "
                            + "refuses to mix them (mixed is false), and " + engines + refuses + " " + what
                            + " in a transaction block";
                }
                default -> {
                    return;
                }
            }
        }
        Constructs.Match m = matches.get(0);
        List<Token> tokens = ctx.tokens();
        SourceRange range = new SourceRange(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
        RuleContext.FindingBuilder finding = ctx.report(range, message)
                .fix("Put it in a migration of its own that runs without a transaction (Flyway: a "
                        + "<migration>.sql.conf with executeInTransaction=false, or only such statements in the "
                        + "file; Liquibase: runInTransaction=\"false\").");
        finding.only(refusing.toArray(Engine[]::new));
        refusing.forEach(e -> finding.effect(e, Effect.REJECTED));
        finding.emit();
    }

    /**
     * Whether a BEGIN / START TRANSACTION earlier in the file is still open: read from the file's tokens, since a
     * token rule also judges statements the parser did not understand, which have no file history.
     */
    private static boolean explicitTransactionOpen(RuleContext ctx) {
        CharSequence text = ctx.fileText();
        int before = ctx.statementRange().start();
        boolean open = false;
        for (List<Token> statement : statements(text, 0, before)) {
            List<String> words = Constructs.upperWords(text, statement);
            String first = words.isEmpty() ? null : words.get(0);
            String second = words.size() > 1 ? words.get(1) : null;
            if ("BEGIN".equals(first) && (second == null || "TRANSACTION".equals(second) || "WORK".equals(second))
                    || "START".equals(first) && "TRANSACTION".equals(second)) {
                open = true;
            } else if ("COMMIT".equals(first) || "END".equals(first)
                    || "ROLLBACK".equals(first) && !words.contains("TO")) {
                open = false;
            }
        }
        return open;
    }

    /** The tokens of {@code [from, to)} of the text, cut at each semicolon. */
    private static List<List<Token>> statements(CharSequence text, int from, int to) {
        List<Token> all = SqlLexer.significant(text, from, to, SqlFlavor.detect(text));
        List<List<Token>> result = new ArrayList<>();
        List<Token> statement = new ArrayList<>();
        for (Token t : all) {
            if (t.kind() == TokenKind.PUNCT && t.text(text).equals(";")) {
                if (!statement.isEmpty()) {
                    result.add(statement);
                    statement = new ArrayList<>();
                }
            } else {
                statement.add(t);
            }
        }
        if (!statement.isEmpty()) {
            result.add(statement);
        }
        return result;
    }

    /**
     * Whether the file holds a statement other than those refused in a transaction: then Flyway, which runs a file of
     * such statements alone without a transaction, runs it in one or refuses it. Read from the file's tokens, as the
     * rule sees one statement at a time.
     */
    private static boolean othersRunInTransaction(RuleContext ctx) {
        CharSequence text = ctx.fileText();
        for (List<Token> statement : statements(text, 0, text.length())) {
            if (Constructs.inTransaction().find(text, statement, Constructs.upperWords(text, statement)).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
