package io.github.dialectic.parse;

import io.github.dialectic.change.Change;
import io.github.dialectic.parse.TokenCursor.DdlSyntaxException;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one split statement into a {@link ParsedStatement}: JSqlParser judges the syntax, the {@link DdlReader}
 * builds the change model with exact positions (and covers DDL JSqlParser rejects); what neither understands is
 * reported as unparsed, never dropped.
 */
public final class StatementAnalyzer {

    /** Statements longer than this are not handed to JSqlParser (a generated 100 MB INSERT would only burn time). */
    public static final int MAX_PARSE_CHARS = 1_000_000;

    /** The kind of a psql meta-command line ({@code \connect db}), understood and changing nothing. */
    public static final String PSQL_META_COMMAND = "PSQL META-COMMAND";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z0-9_.:-]+}");

    /**
     * Kinds {@link OtherStatements} recognises that JSqlParser, when it accepts the statement, names the same way
     * ({@link #kindOf}): for these the result does not depend on JSqlParser. Not SET SCHEMA / SET INTEGRITY, which
     * JSqlParser reads as a SET STATEMENT.
     */
    static final Set<String> SAME_KIND_EITHER_WAY = Set.of("COMMENT", "TRUNCATE", "CREATE SEQUENCE", "ALTER SEQUENCE");

    private final JSqlParserGate gate;

    public StatementAnalyzer(Duration parseTimeout) {
        this.gate = new JSqlParserGate(parseTimeout);
    }

    public ParsedStatement analyze(SourceFile file, SqlStatement statement) {
        if (statement.text().length() > MAX_PARSE_CHARS) {
            // a generated million-row INSERT: classify it by its first keywords, without a token list of its size
            List<Token> head = SqlLexer.significant(file.text(), statement.start(),
                    Math.min(statement.end(), statement.start() + 4096), file.flavor());
            String kind = head.size() < 3 ? null : head.get(0).isWord(file.text(), "INSERT")
                    && head.get(1).isWord(file.text(), "INTO") ? "INSERT"
                    : head.get(0).isWord(file.text(), "UPDATE") ? "UPDATE"
                    : head.get(0).isWord(file.text(), "DELETE") && head.get(1).isWord(file.text(), "FROM") ? "DELETE"
                    : null;
            if (kind != null) {
                return ParsedStatement.understood(statement, new Change.Other(kind),
                        List.of("statement of " + statement.text().length() + " characters: only its kind was read"));
            }
        }
        if (statement.text().startsWith("\\")) {
            // a psql meta-command in pg_dump output (\restrict, \connect): psql runs it, no engine would
            return ParsedStatement.understood(statement, new Change.Other(PSQL_META_COMMAND), List.of());
        }
        List<Token> tokens = statement.significantTokens(file.text(), file.flavor());
        DdlReader.Reading reading = null;
        DdlSyntaxException readerProblem = null;
        try {
            reading = DdlReader.read(file.text(), tokens);
        } catch (DdlSyntaxException e) {
            readerProblem = e;
        }
        if (reading != null && reading.skipped().isEmpty()) {
            // the reader understood all of it: whatever JSqlParser says, the statement is understood with this model
            return ParsedStatement.understood(statement, reading.change(), reading.skipped());
        }
        if (reading == null && readerProblem == null) {
            String dml = DmlShape.kindOf(file.text(), tokens);
            if (dml != null) {
                // rules only see DML as its kind: a statement whose shape is clear needs no full parse
                return ParsedStatement.understood(statement, new Change.Other(dml), List.of());
            }
            String other = OtherStatements.kindOf(file.text(), tokens);
            if (other != null && SAME_KIND_EITHER_WAY.contains(other) && routineKind(file.text(), tokens) == null) {
                // the answer below whatever JSqlParser says (its kind is the same when it accepts): no parser to
                // build, which for COMMENT ON, a tenth of a monolith's history, was most of the parse phase
                return ParsedStatement.understood(statement, new Change.Other(other), List.of());
            }
        }
        if (statement.text().length() > MAX_PARSE_CHARS) {
            if (reading != null) {
                return ParsedStatement.understood(statement, reading.change(), reading.skipped());
            }
            return ParsedStatement.unparsed(statement, "statement of " + statement.text().length()
                    + " characters is too long to parse (limit " + MAX_PARSE_CHARS + ")", -1);
        }
        JSqlParserGate.Outcome parsed = gate.parse(withoutPlaceholders(statement.text()));
        if (reading != null) {
            if (parsed.ok() || reading.skipped().isEmpty()) {
                return ParsedStatement.understood(statement, reading.change(), reading.skipped());
            }
            return unparsed(statement, tokens, parsed, "; Dialectic's reader did not understand: " + reading.skipped().get(0));
        }
        if (readerProblem != null) {
            if (parsed.ok()) {
                return ParsedStatement.unparsed(statement, "JSqlParser accepts this statement but Dialectic's DDL reader "
                        + "does not: " + readerProblem.getMessage(), readerProblem.offset());
            }
            return unparsed(statement, tokens, parsed, "");
        }
        if (parsed.ok()) {
            return ParsedStatement.understood(statement, new Change.Other(kindOf(parsed.statement())), List.of());
        }
        String routine = routineKind(file.text(), tokens);
        if (routine != null) {
            return ParsedStatement.understood(statement, new Change.Other(routine), List.of("routine body"));
        }
        String other = OtherStatements.kindOf(file.text(), tokens);
        if (other != null) {
            return ParsedStatement.understood(statement, new Change.Other(other), List.of());
        }
        return unparsed(statement, tokens, parsed, "");
    }

    /**
     * The statement with each Flyway placeholder {@code ${name}} spelled as a name of the same length
     * ({@code __name_}), so JSqlParser reads a name there and its error positions still fit the original text.
     */
    static String withoutPlaceholders(String sql) {
        int at = sql.indexOf("${");
        if (at < 0) {
            return sql;
        }
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder(sql);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                char c = sql.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    out.setCharAt(i, '_');
                }
            }
        }
        return out.toString();
    }

    private static ParsedStatement unparsed(SqlStatement statement, List<Token> tokens, JSqlParserGate.Outcome parsed,
                                            String suffix) {
        int offset = parsed.errorOffset() < 0 ? -1 : statement.start() + parsed.errorOffset();
        if (!tokens.isEmpty() && (parsed.error().contains("<EOF>") || offset >= tokens.get(tokens.size() - 1).end())) {
            // JSqlParser ran out of statement: it stopped after the last token, which is where to look
            offset = tokens.get(tokens.size() - 1).start();
        }
        return ParsedStatement.unparsed(statement, "JSqlParser: " + parsed.error() + suffix, offset);
    }

    /**
     * Triggers, functions, procedures and events have bodies in languages of their own (PL/pgSQL in $$, SQL PL,
     * MySQL compound statements); they do not change tables, so they are recognised by their header alone.
     */
    private static String routineKind(CharSequence text, List<Token> tokens) {
        int i = 0;
        if (tokens.isEmpty() || !tokens.get(0).isWord(text, "CREATE")) {
            return null;
        }
        i++;
        while (i < tokens.size() && i < 12) {
            Token t = tokens.get(i);
            for (String kind : new String[] {"FUNCTION", "PROCEDURE", "TRIGGER", "EVENT", "PACKAGE", "VIEW"}) {
                if (t.isWord(text, kind)) {
                    return "CREATE " + kind;
                }
            }
            i++;
        }
        return null;
    }

    /** {@code CreateView} -> {@code CREATE VIEW}. */
    static String kindOf(Statement statement) {
        if (statement instanceof Select) {
            return "SELECT"; // PlainSelect, SetOperationList, Values, ... are all queries
        }
        String simple = statement.getClass().getSimpleName();
        return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }
}
