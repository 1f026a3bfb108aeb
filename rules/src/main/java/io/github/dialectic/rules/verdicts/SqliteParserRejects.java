package io.github.dialectic.rules.verdicts;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Constructs;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
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
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "sqlite-parser-rejects",
        title = "SQLite's own parser rejects the statement",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "A statement SQLite's own parser (sqlite-jdbc's bundled SQLite, run in process on an empty "
                + "in-memory database) refuses: a syntax error, an unrecognized token, or a function, collation or "
                + "module SQLite does not have. Missing tables and columns are not counted.",
        effects = {
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "sqlite3_prepare_v2 of SQLite 3.54 (sqlite-jdbc 3.54.1.0): near \"...\": syntax "
                                + "error, unrecognized token, no such function/collation sequence/module; older "
                                + "versions accept no more")})
public final class SqliteParserRejects implements TokenRule {

    /** SQLite's native library is loaded here, not in the first statement's timed check (it took 6.8 s under load). */
    @Override
    public void prepare(List<EngineProfile> targets) {
        if (targets.stream().anyMatch(p -> p.supports(Feature.PARSER_IN_PROCESS))) {
            BundledSqlite.load();
        }
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        List<EngineProfile> judged = null; // a loop, not a stream: this runs on every statement, mostly cold
        for (EngineProfile p : ctx.profiles()) {
            if (p.supports(Feature.PARSER_IN_PROCESS)) {
                judged = judged == null ? new ArrayList<>(1) : judged;
                judged.add(p);
            }
        }
        if (judged == null) {
            return;
        }
        List<Token> tokens = ctx.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        CharSequence text = ctx.fileText();
        List<String> words = ctx.upperWords();
        EngineProfile profile = judged.get(0);
        if (PlainStatements.plain(tokens, words, text, profile)) {
            return; // a plain shape SQLite accepts: no need to ask its parser
        }
        for (Constructs.Match m : Constructs.all().find(text, tokens, words)) {
            for (EngineProfile p : judged) {
                if (p.rejects(m.construct())) {
                    return; // engine-rejects-construct names the construct
                }
            }
        }
        SourceRange statement = ctx.statementRange();
        Optional<BundledSqlite.Rejection> rejection = SqliteShapes.judge(ctx.statementText(), text, statement.start(),
                statement.end(), tokens, words);
        if (rejection.isEmpty()) {
            return;
        }
        BundledSqlite.Rejection r = rejection.get();
        ctx.report(at(tokens, text, r.near(), ctx), Profiles.sentence(judged) + "'s parser rejects this statement: "
                        + r.message())
                .only(Profiles.engines(judged))
                .fix("Write it in SQLite's syntax (sqlite.org/lang.html), or keep it in a migration for the engines "
                        + "that take it.")
                .emit();
    }

    /** The token SQLite named ("near X"), or the statement's first token. */
    private static SourceRange at(List<Token> tokens, CharSequence text, String near, RuleContext ctx) {
        if (near != null && !near.isEmpty()) {
            for (Token t : tokens) {
                if (t.end() - t.start() >= near.length() && startsWith(text, t.start(), near)) {
                    return Tokens.range(t);
                }
            }
        }
        return Tokens.range(tokens.get(0));
    }

    /** Whether the text at {@code from} reads {@code prefix}: compared in place, on every token up to SQLite's. */
    private static boolean startsWith(CharSequence text, int from, String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
