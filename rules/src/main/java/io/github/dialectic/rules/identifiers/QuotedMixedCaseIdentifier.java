package io.github.dialectic.rules.identifiers;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.Name;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile.Folding;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Table;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RuleInfo(
        id = "quoted-mixed-case-identifier",
        title = "Quoted name referred to with another quoting or case",
        category = Category.IDENTIFIERS,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A table or column created with a quoted name such as \"MyTable\" or \"userId\" and referred to "
                + "unquoted (MyTable), or created unquoted and referred to quoted: PostgreSQL folds unquoted names to "
                + "lower case and Db2 to upper case, so the two spellings name different objects there.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "seen on 15: after CREATE TABLE \"MyTable\", SELECT * FROM MyTable: ERROR 42P01 "
                                + "relation \"mytable\" does not exist (unquoted names fold to lower case)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 identifiers: ordinary identifiers are folded to upper case, delimited "
                                + "ones kept as written: SQL0204N (SQLSTATE 42704) for a table, SQL0206N (SQLSTATE "
                                + "42703) for a column")})
public final class QuotedMixedCaseIdentifier implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        CharSequence text = ctx.fileText();
        List<Token> tokens = ctx.tokens();
        List<Table> named = null; // made when a table is named: most statements name none created otherwise
        boolean[] tableTokens = null; // by token index, the tokens naming a table
        int createdNameStart = change instanceof Change.CreateTable ct && ct.nameRange() != null
                ? ct.nameRange().start() : -1;
        List<String> words = ctx.upperWords();
        for (int i = 1; i < tokens.size(); i++) {
            // the word before first, from the shared upper-case words: nearly every token fails there, and in a cold
            // run this loop is interpreted, where each call costs (the tokens themselves are read only after it)
            String before = words.get(i - 1);
            if (before == null || !tablePositionWord(before)) {
                continue;
            }
            Token t = tokens.get(i);
            if (!isName(t, text) || t.start() == createdNameStart || !tokens.get(i - 1).isWord(text, before)
                    || qualifier(tokens, i, text)) {
                continue;
            }
            (tableTokens == null ? tableTokens = new boolean[tokens.size()] : tableTokens)[i] = true;
            Name written = name(t, text);
            for (Table table : ctx.schema().tablesNamedIgnoringCase(written.text())) {
                Name created = table.name().name();
                if (table.complete()) {
                    (named == null ? named = new ArrayList<>(1) : named).add(table);
                    report(ctx, t, "table", created, written);
                }
            }
        }
        // Columns only where the statement refers to existing tables (DML, ALTER TABLE, CREATE INDEX), not in the
        // column definitions of a new table.
        if (named == null || change instanceof Change.CreateTable) {
            return;
        }
        boolean quotedColumns = false; // else only a quoted token can name a column differently
        for (Table table : named) {
            quotedColumns |= table.hasQuotedColumnNames();
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean quoted = t.kind() == TokenKind.QUOTED_IDENTIFIER;
            if (!quoted && !quotedColumns || !isName(t, text) || tableTokens[i] || qualifier(tokens, i, text)) {
                continue;
            }
            Name written = null;
            for (Table table : named) { // a lookup per token, not a scan of every column
                if (!quoted && !table.hasQuotedColumnNames()) {
                    continue; // unquoted against unquoted: every engine folds both alike
                }
                written = written != null ? written : name(t, text);
                for (Column c : table.columnsNamedIgnoringCase(written.text())) {
                    report(ctx, t, "column " + table.name() + ".", c.name(), written);
                }
            }
        }
    }

    /**
     * Whether a token's upper-case text is one of the words after which a table name follows (FROM, JOIN, INTO,
     * UPDATE, TABLE, REFERENCES, ON); the caller confirms it on the text. A switch (the word's hash, kept in the
     * string, then one comparison), not seven comparisons per word: this runs for nearly every token of every
     * statement, on the ordered walk.
     */
    private static boolean tablePositionWord(String upper) {
        return switch (upper) {
            case "FROM", "JOIN", "INTO", "UPDATE", "TABLE", "REFERENCES", "ON" -> true;
            default -> false;
        };
    }

    /** A name followed by a dot: a schema, table or alias qualifier, not the object itself. */
    private static boolean qualifier(List<Token> tokens, int i, CharSequence text) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isPunct(text, ".");
    }

    private static boolean isName(Token t, CharSequence text) {
        return t.kind() == TokenKind.WORD || (t.kind() == TokenKind.QUOTED_IDENTIFIER && text.charAt(t.start()) == '"');
    }

    private static Name name(Token t, CharSequence text) {
        return new Name(t.identifier(text), t.kind() == TokenKind.QUOTED_IDENTIFIER);
    }

    private static void report(RuleContext ctx, Token at, String what, Name created, Name written) {
        if (created.quoted() == written.quoted() && created.text().equals(written.text())) {
            return; // spelled as created: every engine reads both alike (most references, on every statement)
        }
        // the engines that fold unquoted names, and for which the two spellings then differ
        List<EngineProfile> differing = new ArrayList<>(); // a loop, not a stream: most statements have such names
        for (EngineProfile p : ctx.everyEngine()) {
            if (p.folding() != Folding.NONE && !fold(created, p.folding()).equals(fold(written, p.folding()))) {
                differing.add(p);
            }
        }
        if (differing.isEmpty()) {
            return;
        }
        String shown = what.endsWith(".") ? what + spelled(created) : what + " " + spelled(created);
        StringBuilder where = new StringBuilder();
        for (EngineProfile p : differing) {
            String readAs = spelled(fold(written, p.folding()));
            boolean first = where.isEmpty();
            where.append(first ? "" : " or ").append(p.engine().shortName()).append(differing.size() == 1
                    ? ", which reads it as " + readAs : first ? " (which reads it as " + readAs + ")" : " (" + readAs + ")");
        }
        ctx.report(Tokens.range(at), spelled(written) + " does not name " + shown + " on " + where)
                .only(Profiles.engines(differing))
                .fix("Write " + spelled(created) + " exactly as it was created, everywhere; better, create it with an "
                        + "unquoted lower-case name (" + created.text().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                        .toLowerCase(Locale.ROOT) + ") and never quote it.")
                .emit();
    }

    /** The name an engine looks up: quoted names as written, unquoted ones folded. */
    private static Name fold(Name n, Folding folding) {
        return n.quoted() ? n : switch (folding) {
            case LOWER -> new Name(n.text().toLowerCase(Locale.ROOT), true);
            case UPPER -> new Name(n.text().toUpperCase(Locale.ROOT), true);
            case NONE -> n;
        };
    }

    private static String spelled(Name n) {
        return n.quoted() ? "\"" + n.text() + "\"" : n.text();
    }
}
