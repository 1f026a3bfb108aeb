package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.Change;
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

import java.util.List;

/** The three spellings of "a table shaped like another": bare LIKE, (LIKE t), and PostgreSQL's (LIKE t INCLUDING ...). */
@RuleInfo(
        id = "create-table-like",
        title = "CREATE TABLE ... LIKE in one engine's spelling",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "CREATE TABLE a LIKE b (MySQL, MariaDB, Db2), CREATE TABLE a (LIKE b) (PostgreSQL, MySQL, MariaDB) "
                + "and PostgreSQL's (LIKE b INCLUDING ...) or LIKE among other elements: each is refused, or read as "
                + "a column called like, elsewhere.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "CREATE TABLE a LIKE b: ERROR 42601 syntax error at or near \"like\" (seen on 15); "
                                + "PostgreSQL CREATE TABLE: LIKE source_table [like_option ...] inside the parentheses"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 CREATE TABLE ... LIKE: { LIKE old_tbl_name | (LIKE old_tbl_name) }, "
                                + "no options; ER_PARSE_ERROR 1064 otherwise (not executed here)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "(LIKE b INCLUDING ...) and (LIKE b, c INT): ERROR 1064 (seen on 10.11); LIKE b and "
                                + "(LIKE b) are accepted"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "CREATE TABLE a LIKE b: 'syntax error' (seen on 3.54); (LIKE b) is read as a column "
                                + "named like of type b (different)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE: LIKE table-name without parentheses and with its own "
                                + "copy-options; SQL0104N, SQLSTATE 42601 otherwise (not executed here)")})
public final class CreateTableLike implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.Other o) || !o.kind().equals("CREATE TABLE LIKE")) {
            return;
        }
        List<Token> tokens = ctx.tokens();
        CharSequence text = ctx.fileText();
        int like = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord(text, "LIKE")) {
                like = i;
                break;
            }
        }
        if (like < 1) {
            return;
        }
        boolean parenthesised = tokens.get(like - 1).isPunct(text, "(");
        String form;
        Feature feature;
        if (!parenthesised) {
            form = "CREATE TABLE ... LIKE without parentheses (MySQL, MariaDB, Db2)";
            feature = Feature.CREATE_TABLE_LIKE;
        } else if (hasOptions(tokens, text, like)) {
            form = "CREATE TABLE ... (LIKE ...) with INCLUDING/EXCLUDING options or other elements (PostgreSQL)";
            feature = Feature.CREATE_TABLE_LIKE_OPTIONS;
        } else {
            form = "CREATE TABLE ... (LIKE ...) (PostgreSQL, MySQL, MariaDB)";
            feature = Feature.CREATE_TABLE_PARENTHESISED_LIKE;
        }
        List<Target> lacking = ctx.lacking(feature);
        if (lacking.isEmpty()) {
            return;
        }
        RuleContext.FindingBuilder finding = ctx.report(Tokens.range(tokens.get(parenthesised ? like - 1 : like),
                        tokens.get(like)), form + " is not understood by " + Ddl.names(lacking))
                .only(Ddl.engines(lacking))
                .fix("Write one migration per engine: CREATE TABLE a (LIKE b) for PostgreSQL, MySQL and MariaDB, "
                        + "CREATE TABLE a LIKE b for Db2, and the column list written out for SQLite.");
        // an engine that takes any words as a type reads (LIKE b) as a column called like
        if (parenthesised) {
            lacking.stream().filter(t -> EngineProfile.of(t).supports(Feature.ANY_TYPE_NAME))
                    .forEach(t -> finding.effect(t.engine(), Effect.DIFFERENT));
        }
        finding.emit();
    }

    /** Whether the parenthesised LIKE has options or company: a word or a comma after its table name. */
    private static boolean hasOptions(List<Token> tokens, CharSequence text, int like) {
        int close = Tokens.closing(tokens, text, like - 1);
        int i = like + 2;
        while (i + 1 < close && tokens.get(i).isPunct(text, ".")) {
            i += 2; // schema.table
        }
        return i < close;
    }
}
