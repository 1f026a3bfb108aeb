package io.github.dialectic.rules.identifiers;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@RuleInfo(
        id = "reserved-word-identifier",
        title = "Unquoted table or column name that is a reserved word somewhere",
        category = Category.IDENTIFIERS,
        severity = Severity.ERROR,
        summary = "An unquoted table, column or index name that a targeted engine reserves (user on PostgreSQL, "
                + "key, range and rows on MariaDB, groups and window on MySQL 8.0, limit on SQLite ...), where it is "
                + "created and where a statement names it (INSERT INTO t (c), UPDATE t SET c, DELETE FROM t, DROP "
                + "TABLE t ...).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "PostgreSQL Appendix C, SQL Key Words (reserved and 'reserved, can be function "
                                + "or type'): ERROR 42601 syntax error at or near the word"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 Keywords and Reserved Words (words marked R; 8.0 added GROUPS, "
                                + "WINDOW, RANK, ROWS, FUNCTION, SYSTEM, LATERAL, LEAD, LAG ...): ERROR 1064 (42000)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "MariaDB Reserved Words: ERROR 1064 (42000), seen on 10.11"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite Keywords: the ones the parser cannot fall back on as names give "
                                + "'near \"limit\": syntax error', seen on 3.54")})
public final class ReservedWordIdentifier implements Rule {

    private record Named(String what, Name name, SourceRange range) {
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Named> names = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            names.add(new Named("table", ct.table().name(), ct.nameRange()));
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.RenameColumn rc) {
                    names.add(new Named("column", rc.to(), a.range()));
                } else if (a instanceof AlterAction.RenameTo rt) {
                    names.add(new Named("table", rt.newName().name(), a.range()));
                }
            }
        } else if (change instanceof Change.CreateIndex ci && ci.index().name() != null && ci.index().nameRange() != null) {
            names.add(new Named("index", ci.index().name(), ci.index().nameRange()));
        }
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            ColumnDef col = c.column();
            names.add(new Named("column", col.name(), col.nameRange() != null ? col.nameRange() : col.range()));
        }
        referencedNames(ctx, names);
        for (Named n : names) {
            if (n.name().quoted()) {
                continue;
            }
            String w = n.name().text().toLowerCase(Locale.ROOT);
            List<EngineProfile> reserving = reservingOf(ctx.profiles(), w);
            if (reserving.isEmpty()) {
                continue;
            }
            StringBuilder engines = new StringBuilder();
            for (EngineProfile p : reserving) {
                engines.append(engines.length() == 0 ? "" : ", ").append(p.engine().displayName());
            }
            ctx.report(n.range(), n.what() + " name " + n.name().text() + " is a reserved word on " + engines)
                    .only(Profiles.engines(reserving))
                    .fix("Rename it (e.g. " + w + "_name, account_user, sort_order), or quote it everywhere it is used, "
                            + "knowing that the quote character differs (\"" + w + "\" vs `" + w + "`).")
                    .emit();
        }
    }

    /**
     * The profiles of one run and the ones of them reserving each word asked so far: a hash lookup per name, where
     * each profile's own lookup lower-cases the word again (a history names the same tables and columns over and
     * over). Kept for the run's profile list only (the same list object), so that every run asks each profile about
     * each of its words at least once.
     */
    private static final class Reserving {
        final List<EngineProfile> profiles;
        final Map<String, List<EngineProfile>> byWord = new ConcurrentHashMap<>();
        /**
         * About how many words {@link #byWord} holds: counted here, not by its size(), which sums the map's counter
         * cells on every new word (racy, and a bound only: a few words more or less do not matter).
         */
        int kept;

        Reserving(List<EngineProfile> profiles) {
            this.profiles = profiles;
        }
    }

    private static final int WORDS_KEPT = 100_000;
    private static volatile Reserving reserving;

    /** The targeted profiles that reserve {@code lowerCaseWord}, in order. */
    private static List<EngineProfile> reservingOf(List<EngineProfile> profiles, String lowerCaseWord) {
        Reserving r = reserving;
        if (r == null || r.profiles != profiles) {
            reserving = r = new Reserving(profiles);
        }
        List<EngineProfile> known = r.byWord.get(lowerCaseWord);
        if (known != null) {
            return known;
        }
        List<EngineProfile> found = new ArrayList<>(1); // a loop, not a stream: this runs for every new name
        for (EngineProfile p : profiles) {
            if (p.reserves(lowerCaseWord)) {
                found.add(p);
            }
        }
        known = found.isEmpty() ? List.of() : List.copyOf(found);
        if (r.kept < WORDS_KEPT) {
            r.kept++;
            r.byWord.put(lowerCaseWord, known);
        }
        return known;
    }

    /** Words that may stand between a statement's leading words and the table it names. */
    private static final Set<String> BEFORE_TABLE = Set.of("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "QUICK",
            "IGNORE", "ONLY", "IF", "EXISTS", "CONCURRENTLY");
    /** Words that may stand between CREATE and INDEX. */
    private static final Set<String> INDEX_KINDS = Set.of("UNIQUE", "FULLTEXT", "SPATIAL");

    /**
     * The unqualified names a statement refers to: the table of INSERT/REPLACE INTO, UPDATE, DELETE FROM, TRUNCATE,
     * ALTER TABLE, DROP TABLE/VIEW and CREATE INDEX ... ON, INSERT's column list and UPDATE's SET columns. An engine
     * reads them with the grammar that reads a name being created, so it rejects a reserved word here as there
     * (PostgreSQL: INSERT INTO window ..., 42601). A qualified name is left alone: after a dot every engine takes
     * any word.
     */
    private static void referencedNames(RuleContext ctx, List<Named> names) {
        List<Token> tokens = ctx.tokens();
        List<String> words = ctx.upperWords();
        if (tokens.size() < 2 || words.get(0) == null) {
            return;
        }
        CharSequence text = ctx.fileText();
        switch (words.get(0)) {
            case "INSERT", "REPLACE" -> {
                int into = words.indexOf("INTO");
                if (into < 0 || into > 4) {
                    return;
                }
                int after = table(ctx, into + 1, names);
                if (after > 0 && after < tokens.size() && tokens.get(after).isPunct(text, "(")
                        && !"SELECT".equals(word(words, after + 1)) && !"WITH".equals(word(words, after + 1))) {
                    columnList(ctx, after + 1, names);
                }
            }
            case "UPDATE" -> {
                int after = table(ctx, skip(words, 1, BEFORE_TABLE), names);
                int set = after < 0 ? -1 : words.subList(after, Math.min(words.size(), after + 3)).indexOf("SET");
                if (set >= 0) {
                    setColumns(ctx, after + set + 1, names);
                }
            }
            case "DELETE" -> {
                if ("FROM".equals(words.get(1))) {
                    table(ctx, skip(words, 2, BEFORE_TABLE), names);
                }
            }
            case "TRUNCATE" -> table(ctx, skip(words, "TABLE".equals(words.get(1)) ? 2 : 1, BEFORE_TABLE), names);
            case "ALTER" -> {
                if ("TABLE".equals(words.get(1))) {
                    table(ctx, skip(words, 2, BEFORE_TABLE), names);
                }
            }
            case "DROP" -> {
                if ("TABLE".equals(words.get(1)) || "VIEW".equals(words.get(1))) {
                    int i = skip(words, 2, BEFORE_TABLE);
                    while ((i = table(ctx, i, names)) > 0 && i < tokens.size() && tokens.get(i).isPunct(text, ",")) {
                        i++;
                    }
                }
            }
            case "CREATE" -> {
                int on = words.indexOf("ON");
                if (on > 0 && "INDEX".equals(words.get(skip(words, 1, INDEX_KINDS)))) {
                    table(ctx, skip(words, on + 1, BEFORE_TABLE), names);
                }
            }
            default -> {
            }
        }
    }

    /** The table named at token {@code i}: added when it is a single word; the index after the name, or -1. */
    private static int table(RuleContext ctx, int i, List<Named> names) {
        List<Token> tokens = ctx.tokens();
        CharSequence text = ctx.fileText();
        if (i >= tokens.size() || !Tokens.isName(tokens.get(i))) {
            return -1;
        }
        int end = i + 1;
        if (end + 1 < tokens.size() && tokens.get(end).isPunct(text, ".")) {
            while (end + 1 < tokens.size() && tokens.get(end).isPunct(text, ".")) {
                end += 2;
            }
            return end;
        }
        names.add(new Named("table", Tokens.name(tokens.get(i), text), Tokens.range(tokens.get(i))));
        return end;
    }

    /** INSERT's column list, from just inside its parenthesis: each name followed by a comma or the closing one. */
    private static void columnList(RuleContext ctx, int i, List<Named> names) {
        List<Token> tokens = ctx.tokens();
        CharSequence text = ctx.fileText();
        for (; i + 1 < tokens.size(); i += 2) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (!Tokens.isName(t) || !(next.isPunct(text, ",") || next.isPunct(text, ")"))) {
                return; // not a plain column list (a subquery, a qualified name): nothing more to say
            }
            names.add(new Named("column", Tokens.name(t, text), Tokens.range(t)));
            if (next.isPunct(text, ")")) {
                return;
            }
        }
    }

    /** UPDATE's SET targets: the name before each {@code =} at the top level, up to the clause after SET. */
    private static void setColumns(RuleContext ctx, int i, List<Named> names) {
        List<Token> tokens = ctx.tokens();
        List<String> words = ctx.upperWords();
        CharSequence text = ctx.fileText();
        int depth = 0;
        boolean target = true; // at the start of an assignment
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct(text, "(")) {
                depth++;
            } else if (t.isPunct(text, ")")) {
                depth--;
            } else if (depth == 0 && t.isPunct(text, ",")) {
                target = true;
                continue;
            } else if (depth == 0 && words.get(i) != null && (words.get(i).equals("WHERE") || words.get(i).equals("FROM")
                    || words.get(i).equals("RETURNING") || words.get(i).equals("ORDER") || words.get(i).equals("LIMIT"))) {
                return;
            }
            if (target && depth == 0 && Tokens.isName(t) && i + 1 < tokens.size() && tokens.get(i + 1).isPunct(text, "=")) {
                names.add(new Named("column", Tokens.name(t, text), Tokens.range(t)));
            }
            target = false;
        }
    }

    private static int skip(List<String> words, int i, Set<String> skipped) {
        while (i < words.size() && words.get(i) != null && skipped.contains(words.get(i))) {
            i++;
        }
        return i;
    }

    private static String word(List<String> words, int i) {
        return i < words.size() ? words.get(i) : null;
    }
}
