package io.github.dialectic.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a migration file into statements the way the dialects' command-line clients do, without
 * parsing SQL: a statement ends at the active terminator ({@code ;} unless changed) found outside
 * strings, comments and quoted identifiers.
 *
 * <p>Beyond that it understands just enough structure to keep real-world files whole:
 * <ul>
 * <li>{@code CREATE [OR REPLACE] [DEFINER = u] [TEMP|TEMPORARY|AGGREGATE|CONSTRAINT]
 *     TRIGGER|PROCEDURE|FUNCTION|EVENT} statements, and top-level {@code BEGIN ATOMIC},
 *     {@code BEGIN NOT ATOMIC} or {@code BEGIN DECLARE} blocks, do not end at a {@code ;} inside
 *     {@code BEGIN ... END}. BEGIN and CASE nest; {@code END IF/LOOP/WHILE/REPEAT/FOR} close
 *     constructs that are not counted, {@code END CASE} and a plain {@code END} close one level.
 *     Any other {@code BEGIN} is transaction control.</li>
 * <li>A line starting with a backslash where a statement would start is a psql meta-command
 *     ({@code \connect db}, pg_dump's {@code \restrict key}): a statement of its own, up to the end of the line.</li>
 * <li>A custom terminator (other than {@code ;}) always ends a statement, even inside a block:
 *     whoever set it meant it, and the clients behave that way.</li>
 * <li>A MySQL {@code DELIMITER x} line (the word at the start of a line; taken at the start of a
 *     statement, or mid-statement when the line holds nothing but a new delimiter made of symbols,
 *     in which case the pending statement ends there) and a DB2 {@code --#SET TERMINATOR x} comment switch the
 *     terminator. The DELIMITER line belongs to no statement.</li>
 * </ul>
 *
 * <p>Runs in one linear pass and builds strings only for statements, so it can handle very large
 * dumps. It never throws on content: an unterminated string, quoted identifier, dollar quote or
 * block comment makes the last statement run to the end of the text, and {@link #splitChecked} says
 * where it opened.
 */
public final class SqlSplitter {

    private final SqlFlavor flavor;

    public SqlSplitter(SqlFlavor flavor) {
        this.flavor = Objects.requireNonNull(flavor, "flavor");
    }

    public List<SqlStatement> split(CharSequence text) {
        return splitChecked(text).statements();
    }

    /**
     * The statements, and the string, quoted identifier, dollar quote or block comment that runs into the end of the
     * text unclosed (null when none; there is at most one, since it takes the rest of the text).
     */
    public record Split(List<SqlStatement> statements, Unterminated unterminated) {
    }

    public Split splitChecked(CharSequence text) {
        String s = text.toString();
        return splitChecked(s, LineIndex.of(s));
    }

    /** The same with the text's line index at hand: a file's own, which its findings' positions use too. */
    private Split splitChecked(String text, LineIndex lines) {
        Run run = new Run(text, lines, flavor, false);
        List<SqlStatement> statements = run.split();
        return new Split(statements, run.unterminated);
    }

    /**
     * Splits a file as its flavour reads it. A file whose flavour is still to be detected is detected by the same
     * pass, not by one more over the whole text: {@link SqlFlavor#detect} reads the text as GENERIC, so does this
     * pass, and GENERIC and POSTGRESQL differ only in block comments nested in block comments. So the split stands
     * unless the file turns out MySQL or DB2 (a cue found), holds a psql meta-command or a DELIMITER line (this
     * pass and the detector then read different tokens), or is PostgreSQL with a comment opened inside a comment;
     * then it is split again as {@link SourceFile#flavor} detects it, as before.
     */
    public static Split split(SourceFile file) {
        SqlFlavor known = file.knownFlavor();
        if (known != null) {
            return new SqlSplitter(known).splitChecked(file.text(), file.lines());
        }
        Run run = new Run(file.text(), file.lines(), SqlFlavor.GENERIC, true);
        List<SqlStatement> statements = run.split();
        SqlFlavor detected = run.detected();
        if (detected == SqlFlavor.GENERIC) {
            file.detected(detected);
            return new Split(statements, run.unterminated);
        }
        if (detected == SqlFlavor.POSTGRESQL) {
            file.detected(detected);
            List<SqlStatement> read = new ArrayList<>(statements.size());
            for (SqlStatement st : statements) { // the tokens were read as GENERIC, the same here
                read.add(new SqlStatement(st.ordinal(), st.start(), st.end(), st.text(), st.line(), st.column(),
                        st.endLine(), st.endColumn(), st.tokens() == null ? null : st.tokens().readAs(detected)));
            }
            return new Split(read, run.unterminated);
        }
        return new SqlSplitter(file.flavor()).splitChecked(file.text(), file.lines());
    }

    /** Header recognition states: which words may come next at the start of a statement. */
    private enum Head { START, AFTER_CREATE, AFTER_OR, DEFINER_EQ, DEFINER_USER, AFTER_USER, DEFINER_HOST,
        DEFINER_PAREN, AFTER_BEGIN, DONE }

    /** State of one split call. */
    private static final class Run {
        private final String s;
        private final int n;
        private final Lexer lx;
        private final LineIndex lines;
        private final PackedTokens.Builder tokens;
        private final List<SqlStatement> out = new ArrayList<>();
        private Unterminated unterminated;
        /** Sees every token of a pass that detects the flavour as it splits; null when the flavour is known. */
        private final SqlFlavor.Detector detector;
        /** A detecting pass stopped: its split is void, the flavour unknown. */
        private boolean undecided;
        /** A block comment holds "/*": POSTGRESQL, nesting comments, would read the text differently. */
        private boolean nestedComment;

        private String term = ";";
        private char term0 = ';';

        private int stmtStart = -1;
        private int stmtEnd = -1;
        private Head head = Head.START;
        private boolean block;
        private int depth;
        private boolean pendingEnd;

        Run(String s, LineIndex lines, SqlFlavor flavor, boolean detecting) {
            this.s = s;
            this.n = s.length();
            this.lx = new Lexer(s, n, flavor);
            this.lines = lines;
            this.tokens = new PackedTokens.Builder(s, flavor);
            this.detector = detecting ? new SqlFlavor.Detector(s) : null;
        }

        /**
         * For a detecting pass: shows the detector the token {@code [p, e)}; true when the pass must stop (a MySQL or
         * DB2 cue decided the flavour, so this GENERIC split is not the file's).
         */
        private boolean stopsDetecting(TokenKind kind, int p, int e) {
            if (detector.accept(kind, p, e)) {
                undecided = true;
                return true;
            }
            if (kind == TokenKind.COMMENT && s.startsWith("/*", p)) {
                for (int i = p + 2; i + 1 < e && !nestedComment; i++) {
                    nestedComment = s.charAt(i) == '/' && s.charAt(i + 1) == '*';
                }
            }
            return false;
        }

        /** The flavour a detecting pass found (GENERIC or POSTGRESQL), null when it must be split again. */
        SqlFlavor detected() {
            SqlFlavor found = undecided ? null : detector.result();
            return found == SqlFlavor.POSTGRESQL && nestedComment ? null : found;
        }

        List<SqlStatement> split() {
            int pos = 0;
            while (pos < n && !undecided) {
                char c = s.charAt(pos);
                if (c == term0 && (term.length() == 1 || Lexer.startsWith(s, n, pos, term))) {
                    if (detector != null && stopsDetecting(TokenKind.PUNCT, pos, pos + 1)) { // ';', as GENERIC reads it
                        continue;
                    }
                    if (pendingEnd) {
                        closeOne();
                    }
                    if (depth == 0 || term.length() != 1 || term0 != ';') {
                        finish();
                        pos += term.length();
                        continue;
                    }
                    // a ';' inside a block body: an ordinary token
                    tokens.add(TokenKind.PUNCT, pos, pos + 1, true);
                    stmtEnd = pos + 1;
                    pos++;
                    continue;
                }
                if (c == '\\' && stmtStart < 0 && atLineStart(s, pos)) {
                    if (detector != null) { // a line the detector lexes and this pass does not
                        undecided = true;
                        continue;
                    }
                    // a psql meta-command (\connect db, pg_dump's \restrict key): one line, no terminator
                    int eol = pos;
                    while (eol < n && s.charAt(eol) != '\n' && s.charAt(eol) != '\r') {
                        eol++;
                    }
                    while (eol > pos + 1 && Lexer.isSpace(s.charAt(eol - 1))) {
                        eol--;
                    }
                    stmtStart = pos;
                    stmtEnd = eol;
                    tokens.drop(); // not lexed here
                    finish();
                    pos = eol;
                    continue;
                }
                lx.next(pos);
                int end = lx.end;
                TokenKind kind = lx.kind;
                if (detector != null && stopsDetecting(kind, pos, end)) {
                    continue;
                }
                if (!lx.terminated) {
                    unterminated = Unterminated.of(s, pos, end, kind);
                }
                if (kind == TokenKind.WHITESPACE || kind == TokenKind.COMMENT) {
                    if (kind == TokenKind.COMMENT) {
                        String t = db2Terminator(s, pos, end);
                        if (t != null) {
                            setTerminator(t);
                        }
                        if (!lx.terminated && stmtStart >= 0) {
                            stmtEnd = end;
                        }
                    }
                    pos = end;
                    continue;
                }
                if (kind == TokenKind.WORD && Lexer.wordEquals(s, pos, end, "DELIMITER") && atLineStart(s, pos)) {
                    int[] arg = delimiterArgument(s, end, stmtStart >= 0);
                    if (arg != null) {
                        finish();
                        setTerminator(s.substring(arg[0], arg[1]));
                        pos = arg[2];
                        continue;
                    }
                }
                if (stmtStart < 0) {
                    stmtStart = pos;
                }
                stmtEnd = end;
                tokens.add(kind, pos, end, lx.terminated);
                if (head != Head.DONE) {
                    head(kind, pos, end);
                } else if (block) {
                    body(kind, pos, end);
                }
                pos = end;
            }
            finish();
            return out;
        }

        private void setTerminator(String t) {
            if (detector != null) { // this pass's tokens now differ from the detector's
                undecided = true;
            }
            term = t;
            term0 = t.charAt(0);
            lx.stopAt(t);
        }

        private void finish() {
            if (stmtStart >= 0) {
                int last = stmtEnd - 1;
                out.add(new SqlStatement(out.size(), stmtStart, stmtEnd, s.substring(stmtStart, stmtEnd),
                        lines.line(stmtStart), lines.column(stmtStart), lines.line(last), lines.column(last),
                        tokens.take()));
            }
            stmtStart = -1;
            stmtEnd = -1;
            head = Head.START;
            block = false;
            depth = 0;
            pendingEnd = false;
        }

        private boolean word(TokenKind kind, int p, int e, String w) {
            return kind == TokenKind.WORD && Lexer.wordEquals(s, p, e, w);
        }

        private boolean punct(TokenKind kind, int p, int e, char c) {
            return kind == TokenKind.PUNCT && e == p + 1 && s.charAt(p) == c;
        }

        /** Recognises the routine/compound-block headers that switch on BEGIN ... END tracking. */
        private void head(TokenKind k, int p, int e) {
            switch (head) {
                case START:
                    head = word(k, p, e, "CREATE") ? Head.AFTER_CREATE
                            : word(k, p, e, "BEGIN") ? Head.AFTER_BEGIN : Head.DONE;
                    return;
                case AFTER_BEGIN:
                    head = Head.DONE;
                    if (word(k, p, e, "ATOMIC") || word(k, p, e, "NOT") || word(k, p, e, "DECLARE")) {
                        block = true;
                        depth = 1;
                    }
                    return;
                case AFTER_OR:
                    head = word(k, p, e, "REPLACE") ? Head.AFTER_CREATE : Head.DONE;
                    return;
                case DEFINER_EQ:
                    head = punct(k, p, e, '=') ? Head.DEFINER_USER : Head.DONE;
                    return;
                case DEFINER_USER:
                    head = Head.AFTER_USER;
                    return;
                case DEFINER_HOST:
                    head = Head.AFTER_CREATE;
                    return;
                case DEFINER_PAREN:
                    head = punct(k, p, e, ')') ? Head.AFTER_CREATE : Head.DONE;
                    return;
                case AFTER_USER:
                    if (punct(k, p, e, '@')) {
                        head = Head.DEFINER_HOST;
                        return;
                    }
                    if (punct(k, p, e, '(')) {
                        head = Head.DEFINER_PAREN;
                        return;
                    }
                    head = Head.AFTER_CREATE;
                    head(k, p, e);
                    return;
                case AFTER_CREATE:
                    if (word(k, p, e, "OR")) {
                        head = Head.AFTER_OR;
                    } else if (word(k, p, e, "DEFINER")) {
                        head = Head.DEFINER_EQ;
                    } else if (word(k, p, e, "TEMP") || word(k, p, e, "TEMPORARY")
                            || word(k, p, e, "AGGREGATE") || word(k, p, e, "CONSTRAINT")) {
                        head = Head.AFTER_CREATE;
                    } else {
                        head = Head.DONE;
                        block = word(k, p, e, "TRIGGER") || word(k, p, e, "PROCEDURE")
                                || word(k, p, e, "FUNCTION") || word(k, p, e, "EVENT");
                    }
                    return;
                default:
                    head = Head.DONE;
            }
        }

        /** Tracks BEGIN/CASE ... END nesting inside a routine body. */
        private void body(TokenKind k, int p, int e) {
            if (k != TokenKind.WORD) {
                if (pendingEnd) {
                    closeOne();
                }
                return;
            }
            if (pendingEnd) {
                pendingEnd = false;
                if (word(k, p, e, "IF") || word(k, p, e, "LOOP") || word(k, p, e, "WHILE")
                        || word(k, p, e, "REPEAT") || word(k, p, e, "FOR")) {
                    return;
                }
                depth--;
                if (word(k, p, e, "CASE")) {
                    return;
                }
            }
            if (word(k, p, e, "BEGIN") || word(k, p, e, "CASE")) {
                depth++;
            } else if (word(k, p, e, "END") && depth > 0) {
                pendingEnd = true;
            }
        }

        private void closeOne() {
            pendingEnd = false;
            if (depth > 0) {
                depth--;
            }
        }
    }

    /** True when only spaces or tabs stand between {@code p} and the start of its line. */
    static boolean atLineStart(CharSequence s, int p) {
        int i = p - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || s.charAt(i) == '\n' || s.charAt(i) == '\r';
    }

    /**
     * Parses what follows the word DELIMITER: {start, end, lineEnd} of the new terminator, or null when
     * this is no directive. With {@code alone} (mid-statement, where DELIMITER may well be a column
     * name) the line must hold nothing else and the terminator no letter, digit or underscore.
     */
    static int[] delimiterArgument(CharSequence s, int i, boolean alone) {
        int n = s.length();
        if (i >= n || (s.charAt(i) != ' ' && s.charAt(i) != '\t')) {
            return null;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < n && !Lexer.isSpace(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        int argEnd = i;
        if (alone) {
            for (int k = start; k < argEnd; k++) {
                char c = s.charAt(k);
                if (Character.isLetterOrDigit(c) || c == '_') {
                    return null;
                }
            }
        }
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            if (alone && !Lexer.isSpace(s.charAt(i))) {
                return null;
            }
            i++;
        }
        return new int[] {start, argEnd, i};
    }

    /** The terminator set by a DB2 CLP {@code --#SET TERMINATOR x} comment in {@code s[p, e)}, or null. */
    static String db2Terminator(CharSequence s, int p, int e) {
        if (e - p < 19 || s.charAt(p) != '-' || s.charAt(p + 1) != '-' || s.charAt(p + 2) != '#') {
            return null;
        }
        int i = p + 3;
        if (!Lexer.wordEquals(s, i, Math.min(i + 3, e), "SET")) {
            return null;
        }
        i = skipBlanks(s, i + 3, e);
        if (i == -1 || !Lexer.wordEquals(s, i, Math.min(i + 10, e), "TERMINATOR")) {
            return null;
        }
        i = skipBlanks(s, i + 10, e);
        if (i == -1) {
            return null;
        }
        int start = i;
        while (i < e && !Lexer.isSpace(s.charAt(i))) {
            i++;
        }
        return i > start ? s.subSequence(start, i).toString() : null;
    }

    /** Skips at least one blank; -1 when there is none or nothing follows. */
    private static int skipBlanks(CharSequence s, int i, int e) {
        int start = i;
        while (i < e && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i == start || i >= e ? -1 : i;
    }
}
