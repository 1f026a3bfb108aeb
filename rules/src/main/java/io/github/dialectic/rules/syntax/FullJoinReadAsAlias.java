package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.Change;
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
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "full-join-read-as-alias",
        title = "FULL JOIN without OUTER, where FULL is read as a table alias",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "a FULL JOIN b: MySQL and MariaDB have no full join and read FULL as the alias of a, so the join "
                + "is an inner join (USING, or ON without a.) or fails (ON a.x = ..., an alias before FULL).",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT,
                        reference = "MySQL 8.4 JOIN Clause: no FULL join; FULL is a nonreserved keyword (Keywords "
                                + "and Reserved Words), so it is taken as an alias: an inner join, or ERROR 1054 "
                                + "Unknown column 'a.x' / 1064 (not executed here: no MySQL server)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "seen on 10.11: CREATE VIEW v AS SELECT x FROM a FULL JOIN b USING (x) is stored "
                                + "as select ... from (`a` `full` join `b` on(`full`.`x` = `b`.`x`)), an inner join; "
                                + "ON a.x = b.x is ERROR 1054 Unknown column 'a.x' in 'ON', a FULL JOIN after an "
                                + "alias ERROR 1064")})
public final class FullJoinReadAsAlias implements TokenRule {

    /** Words before FULL that are no table's name. */
    private static final Set<String> NOT_A_TABLE = Set.of("FROM", "JOIN", "NATURAL", "ON", "USING", "AS", "WHERE",
            "SELECT", "INNER", "LEFT", "RIGHT", "CROSS", "OUTER");

    @Override
    public void check(Change change, RuleContext ctx) {
        List<String> words = ctx.upperWords();
        if (!words.contains("FULL")) {
            return; // nearly every statement: spared the profiles' questions
        }
        List<EngineProfile> aliasing = new ArrayList<>(); // a loop, not a stream: this runs on every FULL statement
        for (EngineProfile p : ctx.profiles()) {
            if (p.supports(Feature.FULL_READ_AS_ALIAS)) {
                aliasing.add(p);
            }
        }
        if (aliasing.isEmpty()) {
            return;
        }
        List<Token> tokens = ctx.tokens();
        CharSequence text = ctx.fileText();
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!"FULL".equals(words.get(i)) || !"JOIN".equals(words.get(i + 1))) {
                continue;
            }
            String table = tableRightBefore(tokens, words, text, i);
            // FULL is then the table's alias, and the table's own name is unknown to the rest of the query
            boolean rejected = table == null || qualifies(tokens, text, table);
            String message = table == null
                    ? "FULL JOIN is a syntax error on " + Profiles.sentence(aliasing) + ", which have no full join"
                    : rejected
                    ? "FULL JOIN is read as " + table + " aliased FULL on " + Profiles.sentence(aliasing)
                            + ", which have no full join: " + table + ".column is then an unknown column"
                    : "FULL JOIN is read as " + table + " aliased FULL on " + Profiles.sentence(aliasing)
                            + ", which have no full join: the query runs as an inner join, without the unmatched rows";
            RuleContext.FindingBuilder finding = ctx.report(Tokens.range(tokens.get(i), tokens.get(i + 1)), message)
                    .only(Profiles.engines(aliasing));
            if (rejected) {
                aliasing.forEach(p -> finding.effect(p.engine(), Effect.REJECTED));
            }
            finding.fix("Write FULL OUTER JOIN where every target has it (PostgreSQL, Db2, SQLite 3.39+); for MySQL and "
                            + "MariaDB, a LEFT JOIN UNION ALL the unmatched rows of a RIGHT JOIN.")
                    .emit();
            return;
        }
    }

    private static boolean isName(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENTIFIER;
    }

    /**
     * The name of the table right before FULL (at {@code full}) when it has no alias there (FROM/JOIN/, [schema.]t
     * FULL), so that FULL becomes its alias; null otherwise (an alias, a subquery, USING (...), NATURAL), where FULL
     * JOIN is a syntax error.
     */
    private static String tableRightBefore(List<Token> tokens, List<String> words, CharSequence text, int full) {
        int name = full - 1;
        if (!isName(tokens.get(name)) || NOT_A_TABLE.contains(String.valueOf(words.get(name)))) {
            return null;
        }
        int start = name;
        if (start >= 2 && tokens.get(start - 1).isPunct(text, ".") && isName(tokens.get(start - 2))) {
            start -= 2; // schema.table
        }
        if (start == 0) {
            return null;
        }
        String before = words.get(start - 1);
        boolean tableStart = "FROM".equals(before) || "JOIN".equals(before) || tokens.get(start - 1).isPunct(text, ",");
        return tableStart ? tokens.get(name).text(text) : null;
    }

    /** Whether the statement writes {@code table.} anywhere (a column of it). */
    private static boolean qualifies(List<Token> tokens, CharSequence text, String table) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k + 1).isPunct(text, ".") && tokens.get(k).text(text).equalsIgnoreCase(table)) {
                return true;
            }
        }
        return false;
    }
}
