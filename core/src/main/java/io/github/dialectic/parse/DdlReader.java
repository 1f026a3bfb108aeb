package io.github.dialectic.parse;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ColumnDefault;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.DeferrableClause;
import io.github.dialectic.change.Expression;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.Generated;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.Spelled;
import io.github.dialectic.change.Spelling;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.parse.TokenCursor.DdlSyntaxException;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the DDL shapes migrations use most (CREATE/ALTER/DROP TABLE, CREATE/DROP INDEX, RENAME, transaction control)
 * straight from tokens into the {@link Change} model, with the exact source range of every column, constraint and
 * action. JSqlParser decides whether a statement is valid SQL; this reader supplies positions and covers DDL that
 * JSqlParser rejects (MySQL DROP FOREIGN KEY, DB2 SET DATA TYPE, SQLite WITHOUT ROWID, DEFERRABLE, ...).
 */
final class DdlReader {

    /** The outcome: a change, plus the pieces of the statement that were skipped rather than understood. */
    record Reading(Change change, List<String> skipped) {
    }

    private static final Set<String> COLUMN_CONSTRAINT_WORDS = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "REFERENCES", "CHECK", "CONSTRAINT", "AUTO_INCREMENT", "AUTOINCREMENT", "GENERATED", "AS", "COLLATE",
            "COMMENT", "ON", "IDENTITY", "WITH", "CHARACTER", "CHARSET", "INVISIBLE", "VISIBLE", "FIRST", "AFTER",
            "KEY", "STORED", "VIRTUAL", "COLUMN_FORMAT", "STORAGE", "INLINE", "COMPRESS", "HIDDEN",
            "IMPLICITLY", "DEFERRABLE", "INITIALLY", "ENCODE", "USING");

    /** Leading words of ALTER TABLE actions that are valid somewhere but change nothing the schema model keeps. */
    private static final Set<String> NOT_MODELLED_ALTER_WORDS = Set.of("ENGINE", "CONVERT", "SET", "RESET", "OWNER",
            "ENABLE", "DISABLE", "CLUSTER", "INHERIT", "NO", "FORCE", "ORDER", "AUTO_INCREMENT", "DEFAULT", "CHARACTER",
            "CHARSET", "COLLATE", "COMMENT", "ROW_FORMAT", "PARTITION", "REMOVE", "COALESCE", "REORGANIZE", "ANALYZE",
            "CHECK", "OPTIMIZE", "REBUILD", "REPAIR", "TRUNCATE", "EXCHANGE", "DISCARD", "IMPORT", "DATA", "APPEND",
            "VOLATILE", "NOT", "PCTFREE", "ACTIVATE", "ATTACH", "DETACH", "REPLICA", "OF", "KEY_BLOCK_SIZE",
            "STATS_PERSISTENT", "MAX_ROWS", "MIN_ROWS", "PACK_KEYS", "CHECKSUM", "DELAY_KEY_WRITE", "AVG_ROW_LENGTH",
            "TABLESPACE", "UNION", "INSERT_METHOD", "ENCRYPTION", "COMPRESSION", "WITH", "WITHOUT", "VALIDATE",
            "LOG", "LOCKSIZE", "COMPRESS", "VALUE", "SECURITY", "ADD", "DROP", "ALTER", "INDEX", "PERIOD", "VERSIONING");

    /** Leading words of MySQL's table options in ALTER TABLE, read into {@link AlterAction.TableOptions}. */
    private static final Set<String> ALTER_TABLE_OPTION_WORDS = Set.of("ENGINE", "DEFAULT", "CHARACTER", "CHARSET",
            "COLLATE", "CONVERT", "AUTO_INCREMENT", "COMMENT", "ROW_FORMAT", "KEY_BLOCK_SIZE", "STATS_PERSISTENT",
            "MAX_ROWS", "MIN_ROWS", "PACK_KEYS", "CHECKSUM", "DELAY_KEY_WRITE", "AVG_ROW_LENGTH", "INSERT_METHOD",
            "UNION", "ENCRYPTION");

    private static final Set<String> TYPE_STOP_WORDS = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "REFERENCES", "CHECK", "CONSTRAINT", "AUTO_INCREMENT", "AUTOINCREMENT", "GENERATED", "AS", "COLLATE",
            "COMMENT", "WITH", "KEY", "FIRST", "AFTER");

    private final CharSequence text;
    private final TokenCursor in;
    private final List<String> skipped = new ArrayList<>();
    /** The constraint timing clauses read so far, for the CREATE or ALTER TABLE being read. */
    private final List<DeferrableClause> deferrableClauses = new ArrayList<>();
    /** Inside ALTER TABLE, where ADD, DROP or ALTER after a column starts the next clause (Db2 needs no comma). */
    private boolean inAlterTable;

    private DdlReader(CharSequence text, List<Token> tokens) {
        this.text = text;
        this.in = new TokenCursor(text, tokens);
    }

    /**
     * Reads one statement given as its significant tokens (offsets into {@code text}). Returns null when the
     * statement is not DDL this reader knows; throws {@link DdlSyntaxException} when it is but cannot be read.
     */
    static Reading read(CharSequence text, List<Token> tokens) {
        DdlReader reader = new DdlReader(text, tokens);
        Change change = reader.statement();
        return change == null ? null : new Reading(change, List.copyOf(reader.skipped));
    }

    private Change statement() {
        if (in.atEnd()) {
            return null;
        }
        if (in.acceptWords("CREATE")) {
            in.acceptWords("OR", "REPLACE");
            int afterCreate = in.position();
            in.acceptAnyWord("TEMPORARY", "TEMP", "GLOBAL", "LOCAL");
            in.acceptAnyWord("TEMPORARY", "TEMP");
            if (in.acceptWords("TABLE")) {
                return createTable();
            }
            in.reset(afterCreate);
            boolean unique = in.acceptWords("UNIQUE");
            String kind = in.acceptAnyWord("FULLTEXT", "SPATIAL");
            if (in.acceptWords("INDEX")) {
                return createIndex(unique, kind, in.rangeFrom(0));
            }
            return null;
        }
        if (in.acceptWords("ALTER", "TABLE")) {
            return alterTable();
        }
        int start = in.position();
        if (in.acceptWords("ALTER", "INDEX")) { // only the rename is modelled; other ALTER INDEX forms are not ours
            in.acceptWords("IF", "EXISTS");
            QualifiedName from = null;
            try {
                from = in.atEnd() ? null : in.qualifiedName();
            } catch (DdlSyntaxException e) {
                // not a name: some other ALTER INDEX form, left to the general parser
            }
            if (from != null && in.acceptWords("RENAME", "TO")) {
                QualifiedName to = in.qualifiedName();
                end();
                return new Change.RenameIndex(from.name(), to.name());
            }
            in.reset(start);
            return null;
        }
        if (in.acceptWords("RENAME", "INDEX")) {
            QualifiedName from = in.qualifiedName();
            in.expectWords("TO");
            QualifiedName to = in.qualifiedName();
            end();
            return new Change.RenameIndex(from.name(), to.name());
        }
        if (in.acceptWords("DROP", "TABLE")) {
            return dropTable();
        }
        if (in.acceptWords("DROP", "INDEX")) {
            return dropIndex();
        }
        if (in.acceptWords("RENAME", "TABLE")) {
            List<Change.RenameTable.Rename> renames = new ArrayList<>();
            do {
                QualifiedName from = in.qualifiedName();
                in.expectWords("TO");
                renames.add(new Change.RenameTable.Rename(from, in.qualifiedName()));
            } while (in.acceptPunct(","));
            end();
            return new Change.RenameTable(renames);
        }
        return transaction();
    }

    private Change transaction() {
        Change.Transaction.Kind kind = null;
        if (in.acceptWords("BEGIN") || in.acceptWords("START", "TRANSACTION")) {
            in.acceptAnyWord("TRANSACTION", "WORK", "DEFERRED", "IMMEDIATE", "EXCLUSIVE");
            in.acceptAnyWord("TRANSACTION");
            kind = Change.Transaction.Kind.BEGIN;
        } else if (in.acceptAnyWord("COMMIT", "END") != null) {
            in.acceptAnyWord("TRANSACTION", "WORK");
            kind = Change.Transaction.Kind.COMMIT;
        } else if (in.acceptWords("ROLLBACK")) {
            if (in.acceptWords("TO")) {
                in.acceptWords("SAVEPOINT");
                in.identifier();
                end();
                return new Change.Transaction(Change.Transaction.Kind.SAVEPOINT);
            }
            in.acceptAnyWord("TRANSACTION", "WORK");
            kind = Change.Transaction.Kind.ROLLBACK;
        } else if (in.acceptWords("SAVEPOINT") || in.acceptWords("RELEASE")) {
            in.acceptWords("SAVEPOINT");
            in.identifier();
            kind = Change.Transaction.Kind.SAVEPOINT;
        } else if (in.acceptWords("PRAGMA")) {
            in.until(c -> false);
            end();
            return new Change.Other("PRAGMA");
        }
        if (kind == null) {
            return null;
        }
        end();
        return new Change.Transaction(kind);
    }

    private void end() {
        if (!in.atEnd()) {
            throw in.fail("unexpected text");
        }
    }

    // ---------------------------------------------------------------- CREATE TABLE

    private Change createTable() {
        SourceRange ifNotExists = in.acceptWordsRange("IF", "NOT", "EXISTS");
        Token nameStart = in.peek();
        QualifiedName table = in.qualifiedName();
        SourceRange nameRange = new SourceRange(nameStart.start(), in.previous().end());
        if (in.peekPunct("(") && in.isWord(1, "LIKE") && in.peek(2) != null && in.peek(2).kind() != TokenKind.PUNCT) {
            // CREATE TABLE a (LIKE b [INCLUDING ...] [, ...]) [PARTITION BY ...]: PostgreSQL, MySQL (plain form)
            while (!in.atEnd()) {
                in.next();
            }
            return new Change.Other("CREATE TABLE LIKE");
        }
        if (in.isWord(0, "AS") || in.isWord(0, "LIKE") || !in.peekPunct("(")) {
            if (in.acceptWords("LIKE")) { // MySQL, Db2: CREATE TABLE a LIKE b
                in.qualifiedName();
                while (!in.atEnd()) { // Db2's copy options (INCLUDING COLUMN DEFAULTS, ...)
                    in.next();
                }
                return new Change.Other("CREATE TABLE LIKE");
            }
            if (in.acceptWords("AS")) {
                skipped.add("CREATE TABLE ... AS: columns not known");
                in.until(c -> false);
                end();
                return new Change.Other("CREATE TABLE AS");
            }
            throw in.fail("expected '('");
        }
        in.expectPunct("(");
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        do {
            if (startsTableConstraint()) {
                ConstraintDef c = tableConstraint();
                if (c != null) {
                    constraints.add(c);
                }
            } else {
                columns.add(columnDef());
            }
        } while (in.acceptPunct(","));
        in.expectPunct(")");
        List<String> options = new ArrayList<>();
        int optionsStart = in.position();
        while (!in.atEnd()) {
            if (in.acceptPunct(",")) {
                continue;
            }
            int start = in.position();
            if (in.acceptWords("WITHOUT", "ROWID")) {
                options.add("WITHOUT ROWID");
                continue;
            }
            if (in.acceptWords("AS") || in.acceptWords("SELECT")) {
                skipped.add("CREATE TABLE ... AS SELECT");
                in.until(c -> false);
                break;
            }
            Token t = in.peek();
            if (t.kind() == TokenKind.PUNCT && !t.isPunct(text, "=")) {
                throw in.fail("unexpected '" + in.text(t) + "' after the column list");
            }
            in.next();
            // ENGINE=InnoDB, DEFAULT CHARSET=utf8mb4, STRICT, IN tablespace, ... : table options, kept as written.
            // An option word right after DEFAULT/CHARACTER (DEFAULT CHARSET=, DEFAULT COLLATE=) continues the option.
            in.until(c -> c.peekWords("WITHOUT", "ROWID")
                    || (startsTableOption(c) && !c.peek(-1).isWord(text, "DEFAULT") && !c.peek(-1).isWord(text, "CHARACTER")));
            options.add(textOf(start).toUpperCase(Locale.ROOT));
            if (in.position() == start) {
                break;
            }
        }
        return new Change.CreateTable(table, columns, constraints, ifNotExists, options,
                tableOptionValue(optionsStart, "CHARSET", "CHARACTER"), tableOptionValue(optionsStart, "COLLATE", null),
                in.position() > optionsStart ? in.rangeFrom(optionsStart) : null, deferrableClauses, nameRange);
    }

    /**
     * The value of the last {@code word} (or {@code pairWord SET}, as in CHARACTER SET) option among the tokens from
     * {@code from} to here: {@code DEFAULT CHARSET=utf8mb4} gives utf8mb4. Null when none was written.
     */
    private String tableOptionValue(int from, String word, String pairWord) {
        List<Token> tokens = in.tokens();
        String value = null;
        for (int i = from; i < in.position(); i++) {
            Token t = tokens.get(i);
            int at = t.isWord(text, word) ? i + 1
                    : pairWord != null && t.isWord(text, pairWord) && i + 1 < in.position()
                    && tokens.get(i + 1).isWord(text, "SET") ? i + 2 : -1;
            if (at < 0) {
                continue;
            }
            if (at < in.position() && tokens.get(at).isPunct(text, "=")) {
                at++;
            }
            if (at < in.position()) {
                value = nameValue(tokens.get(at));
            }
        }
        return value;
    }

    /** A character set or collation name as written: a word, a quoted name or a string, without its quotes. */
    private String nameValue(Token t) {
        String written = t.identifier(text);
        if (t.kind() == TokenKind.STRING && written.length() >= 2) {
            return written.substring(1, written.length() - 1);
        }
        return written;
    }

    private static boolean startsTableOption(TokenCursor c) {
        Token t = c.peek();
        return t != null && t.kind() == TokenKind.WORD && c.peekWords(c.text(t)) && isOptionWord(c.text(t));
    }

    private static boolean isOptionWord(String w) {
        switch (w.toUpperCase(Locale.ROOT)) {
            case "ENGINE": case "DEFAULT": case "CHARSET": case "COLLATE": case "AUTO_INCREMENT": case "COMMENT":
            case "ROW_FORMAT": case "STRICT": case "IN": case "INDEX": case "LONG": case "ORGANIZE": case "DISTRIBUTE":
            case "PARTITION": case "TABLESPACE": case "WITH": case "INHERITS":
                return true;
            default:
                return false;
        }
    }

    private boolean startsTableConstraint() {
        return in.isWord(0, "CONSTRAINT") || in.peekWords("PRIMARY", "KEY") || in.isWord(0, "UNIQUE")
                || in.peekWords("FOREIGN", "KEY") || in.isWord(0, "CHECK")
                || ((in.isWord(0, "INDEX") || in.isWord(0, "KEY")) && !isColumnNamedLikeKeyword())
                || in.isWord(0, "FULLTEXT") || in.isWord(0, "SPATIAL") || in.isWord(0, "EXCLUDE")
                || in.isWord(0, "PERIOD");
    }

    /** {@code key VARCHAR(10)}: a column called key, as opposed to MySQL's {@code KEY idx (col)}. */
    private boolean isColumnNamedLikeKeyword() {
        Token next = in.peek(1);
        if (next == null) {
            return true;
        }
        if (next.isPunct(text, "(")) {
            return false; // KEY (a, b)
        }
        Token afterNext = in.peek(2);
        if (afterNext != null && afterNext.isWord(text, "USING")) {
            return false; // KEY idx USING BTREE (a)
        }
        return afterNext == null || !afterNext.isPunct(text, "(") || isTypeName(in.text(next));
    }

    private static boolean isTypeName(String word) {
        switch (word.toUpperCase(Locale.ROOT)) {
            case "VARCHAR": case "CHAR": case "DECIMAL": case "NUMERIC": case "VARBINARY": case "BINARY": case "FLOAT":
            case "CHARACTER": case "NVARCHAR": case "BIT": case "INT": case "INTEGER": case "TIMESTAMP": case "TIME":
            case "DATETIME": case "BIGINT": case "SMALLINT": case "TINYINT": case "ENUM": case "SET": case "DOUBLE":
                return true;
            default:
                return false;
        }
    }

    private ConstraintDef tableConstraint() {
        int start = in.position();
        Name name = null;
        if (in.acceptWords("CONSTRAINT")) {
            if (!in.peekWords("PRIMARY", "KEY") && !in.isWord(0, "UNIQUE") && !in.peekWords("FOREIGN", "KEY")
                    && !in.isWord(0, "CHECK")) {
                name = in.identifier();
            }
        }
        if (in.acceptWords("PRIMARY", "KEY")) {
            if (in.peekIdentifier() && !in.isWord(0, "USING") && in.peek(1) != null && in.peek(1).isPunct(text, "(")) {
                in.identifier(); // MySQL: PRIMARY KEY pk_name (id); the name is ignored (a primary key is PRIMARY)
            }
            skipIndexNameOrType();
            List<Name> cols = columnList();
            constraintTail(DeferrableClause.Owner.PRIMARY_KEY);
            return new PrimaryKeyDef(name, cols, in.rangeFrom(start));
        }
        if (in.acceptWords("UNIQUE")) {
            in.acceptAnyWord("KEY", "INDEX");
            in.acceptWords("NULLS", "NOT", "DISTINCT");
            if (name == null && in.peekIdentifier() && !in.peekPunct("(") && !in.isWord(0, "USING")) {
                name = in.identifier(); // MySQL: UNIQUE KEY name (cols)
            }
            skipIndexNameOrType();
            List<Name> cols = columnList();
            constraintTail(DeferrableClause.Owner.UNIQUE);
            return new UniqueDef(name, cols, in.rangeFrom(start));
        }
        if (in.acceptWords("FOREIGN", "KEY")) {
            if (in.peekIdentifier()) {
                Name indexName = in.identifier(); // MySQL: FOREIGN KEY index_name (cols)
                if (name == null) {
                    name = indexName;
                }
            }
            List<Name> cols = columnList();
            return references(name, cols, start, false);
        }
        if (in.acceptWords("CHECK")) {
            Expression condition = parenthesisedExpression();
            constraintTail(DeferrableClause.Owner.CHECK);
            return new CheckDef(name, condition, in.rangeFrom(start));
        }
        String kind = in.acceptAnyWord("FULLTEXT", "SPATIAL");
        if (in.acceptAnyWord("INDEX", "KEY") != null || kind != null) {
            in.acceptAnyWord("INDEX", "KEY");
            Token nameToken = in.peek();
            Name indexName = null;
            SourceRange nameRange = null;
            if (in.peekIdentifier() && !in.isWord(0, "USING")) {
                indexName = in.identifier();
                nameRange = in.range(nameToken);
            }
            String method = skipIndexNameOrType();
            int keys = in.position();
            List<IndexDef.KeyPart> parts = keyParts();
            SourceRange keysRange = in.rangeFrom(keys);
            constraintTail(DeferrableClause.Owner.OTHER);
            return new IndexDef(indexName, false, parts, null, kind != null ? kind : method, in.rangeFrom(start), nameRange,
                    keysRange, null, false);
        }
        // EXCLUDE (PostgreSQL), PERIOD FOR (DB2): understood as valid, not modelled
        if (in.atEnd()) {
            throw in.fail("constraint expected"); // "ALTER TABLE t ADD UNIQUE" with nothing after the keyword
        }
        skipped.add(in.text(in.peek()) + " constraint");
        skipNotingTimings(DeferrableClause.Owner.OTHER);
        return null;
    }

    /** MySQL allows {@code USING BTREE} before or after the column list. */
    private String skipIndexNameOrType() {
        if (in.acceptWords("USING")) {
            return in.text(in.next()).toUpperCase(Locale.ROOT);
        }
        return null;
    }

    /** Trailing bits of a key constraint: USING BTREE, DB2's NOT ENFORCED, PostgreSQL's DEFERRABLE, NOT VALID, etc. */
    private void constraintTail(DeferrableClause.Owner owner) {
        while (!in.atEnd() && !in.peekPunct(",") && !in.peekPunct(")")) {
            if (in.acceptWords("USING")) {
                in.next();
            } else if (timing(owner) != null) {
                // recorded for deferrable-constraint
            } else if (in.acceptAnyWord("ENFORCED", "TRUSTED", "VALID") != null
                    || in.acceptWords("NOT", "ENFORCED") || in.acceptWords("NOT", "VALID") || in.acceptWords("NOT", "TRUSTED")
                    || in.acceptWords("ENABLE", "QUERY", "OPTIMIZATION") || in.acceptWords("DISABLE", "QUERY", "OPTIMIZATION")
                    || in.acceptWords("NO", "INHERIT")) {
                // attribute understood
            } else if (in.isWord(0, "COMMENT") || in.isWord(0, "KEY_BLOCK_SIZE") || in.isWord(0, "WITH")
                    || in.isWord(0, "INCLUDE") || in.isWord(0, "ON") || in.isWord(0, "INVISIBLE") || in.isWord(0, "VISIBLE")) {
                in.next();
                skipNotingTimings(owner);
            } else {
                break;
            }
        }
    }

    /**
     * A constraint timing clause at the cursor, read and recorded: [NOT] DEFERRABLE, with an INITIALLY DEFERRED or
     * IMMEDIATE right after it taken into the same clause, or INITIALLY ... alone. Null (nothing read) when none is here.
     */
    private DeferrableClause timing(DeferrableClause.Owner owner) {
        int start = in.position();
        boolean deferrable = in.acceptWords("DEFERRABLE") || in.acceptWords("NOT", "DEFERRABLE");
        boolean initially = in.acceptWords("INITIALLY", "DEFERRED") || in.acceptWords("INITIALLY", "IMMEDIATE");
        if (!deferrable && !initially) {
            return null;
        }
        DeferrableClause clause = new DeferrableClause(owner, deferrable, in.rangeFrom(start));
        deferrableClauses.add(clause);
        return clause;
    }

    /**
     * Skips what is not modelled, as {@code until(c -> false)} does (to a ',' or ')' at this depth), recording the
     * timing clauses met at this depth.
     */
    private void skipNotingTimings(DeferrableClause.Owner owner) {
        int depth = 0;
        while (!in.atEnd()) {
            if (depth == 0 && (in.peekPunct(",") || in.peekPunct(")"))) {
                break;
            }
            if (depth == 0 && timing(owner) != null) {
                continue;
            }
            Token t = in.next();
            if (t.isPunct(text, "(")) {
                depth++;
            } else if (t.isPunct(text, ")")) {
                depth--;
            }
        }
    }

    private ForeignKeyDef references(Name name, List<Name> cols, int start, boolean inline) {
        in.expectWords("REFERENCES");
        QualifiedName parent = in.qualifiedName();
        List<Name> parentCols = in.peekPunct("(") ? columnList() : List.of();
        ReferentialAction onDelete = ReferentialAction.NONE;
        ReferentialAction onUpdate = ReferentialAction.NONE;
        SourceRange onDeleteRange = null;
        SourceRange onUpdateRange = null;
        boolean deferrable = false;
        while (!in.atEnd()) {
            int clauseStart = in.position();
            if (in.acceptWords("ON", "DELETE")) {
                onDelete = referentialAction();
                onDeleteRange = in.rangeFrom(clauseStart);
            } else if (in.acceptWords("ON", "UPDATE")) {
                onUpdate = referentialAction();
                onUpdateRange = in.rangeFrom(clauseStart);
            } else if (in.acceptWords("MATCH")) {
                in.next();
            } else if (in.isWord(0, "DEFERRABLE") || in.peekWords("NOT", "DEFERRABLE") || in.isWord(0, "INITIALLY")) {
                boolean plainDeferrable = in.isWord(0, "DEFERRABLE");
                if (timing(DeferrableClause.Owner.FOREIGN_KEY) == null) {
                    break; // INITIALLY followed by something else
                }
                deferrable |= plainDeferrable;
            } else if (in.acceptWords("NOT", "ENFORCED")
                    || in.acceptWords("ENFORCED") || in.acceptWords("NOT", "VALID")
                    || in.acceptWords("ENABLE", "QUERY", "OPTIMIZATION") || in.acceptWords("DISABLE", "QUERY", "OPTIMIZATION")) {
                // attribute understood
            } else {
                break;
            }
        }
        return new ForeignKeyDef(name, cols, parent, parentCols, onDelete, onUpdate, deferrable, inline,
                in.rangeFrom(start), onDeleteRange, onUpdateRange);
    }

    private ReferentialAction referentialAction() {
        if (in.acceptWords("CASCADE")) {
            return ReferentialAction.CASCADE;
        }
        if (in.acceptWords("RESTRICT")) {
            return ReferentialAction.RESTRICT;
        }
        if (in.acceptWords("NO", "ACTION")) {
            return ReferentialAction.NO_ACTION;
        }
        if (in.acceptWords("SET", "NULL")) {
            return ReferentialAction.SET_NULL;
        }
        if (in.acceptWords("SET", "DEFAULT")) {
            return ReferentialAction.SET_DEFAULT;
        }
        throw in.fail("expected CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT");
    }

    private List<Name> columnList() {
        List<Name> names = new ArrayList<>();
        for (IndexDef.KeyPart p : keyParts()) {
            if (p.column() == null) {
                throw in.fail("expected a column name, not an expression");
            }
            names.add(p.column());
        }
        return names;
    }

    private List<IndexDef.KeyPart> keyParts() {
        in.expectPunct("(");
        List<IndexDef.KeyPart> parts = new ArrayList<>();
        do {
            Token first = in.peek();
            if (first == null) {
                throw in.fail("unexpected end of statement");
            }
            Name column = null;
            String expression = null;
            Integer prefix = null;
            int partStart = in.position();
            Token second = in.peek(1);
            boolean simpleColumn = in.peekIdentifier() && second != null
                    && (second.isPunct(text, ",") || second.isPunct(text, ")") || second.kind() == TokenKind.WORD
                    || (second.isPunct(text, "(") && isNumberInParens()));
            if (simpleColumn) {
                column = in.identifier();
                if (in.peekPunct("(")) {
                    String len = in.parenthesised();
                    try {
                        prefix = Integer.valueOf(len.trim());
                    } catch (NumberFormatException e) { // 0x0b, 99999999999 (found by the fuzzer)
                        throw in.fail("index prefix length " + len.trim() + " is not a number of characters");
                    }
                }
            } else {
                int s = in.position();
                expression = in.until(c -> c.isWord(0, "ASC") || c.isWord(0, "DESC"));
                if (expression == null) {
                    in.reset(s);
                    throw in.fail("expected a column or expression");
                }
            }
            SourceRange partRange = in.rangeFrom(partStart);
            boolean desc = false;
            while (!in.atEnd() && !in.peekPunct(",") && !in.peekPunct(")")) {
                String w = in.acceptAnyWord("ASC", "DESC");
                if (w != null) {
                    desc = w.equals("DESC");
                } else if (in.acceptWords("NULLS")) {
                    in.acceptAnyWord("FIRST", "LAST");
                } else if (in.acceptWords("COLLATE")) {
                    in.next();
                } else if (in.peek().kind() == TokenKind.WORD) {
                    in.next(); // operator class (PostgreSQL), e.g. text_pattern_ops
                } else {
                    throw in.fail("unexpected text in the key list");
                }
            }
            parts.add(new IndexDef.KeyPart(column, expression, prefix, desc, partRange));
        } while (in.acceptPunct(","));
        in.expectPunct(")");
        return parts;
    }

    private boolean isNumberInParens() {
        Token num = in.peek(2);
        Token close = in.peek(3);
        return num != null && num.kind() == TokenKind.NUMBER && close != null && close.isPunct(text, ")");
    }

    // ---------------------------------------------------------------- columns

    private ColumnDef columnDef() {
        int start = in.position();
        Token nameToken = in.peek();
        Name name = in.identifier();
        SourceRange nameRange = in.range(nameToken);
        DataType type = dataType();
        ColumnDef.Nullability nullability = ColumnDef.Nullability.UNSPECIFIED;
        ColumnDefault defaultClause = null;
        boolean primaryKey = false;
        boolean unique = false;
        ForeignKeyDef references = null;
        Expression check = null;
        Generated generated = null;
        Expression onUpdate = null;
        String collation = null;
        String characterSet = null;
        List<Spelled> spellings = new ArrayList<>();
        DeferrableClause.Owner owner = DeferrableClause.Owner.OTHER; // the constraint a timing clause here belongs to
        while (!in.atEnd() && !in.peekPunct(",") && !in.peekPunct(")") && !(inAlterTable && startsAlterClause(in))) {
            int clause = in.position();
            if (in.acceptWords("CONSTRAINT")) {
                in.identifier();
                continue;
            }
            if (in.acceptWords("NOT", "NULL")) {
                nullability = ColumnDef.Nullability.NOT_NULL;
            } else if (in.acceptWords("NULL")) {
                nullability = ColumnDef.Nullability.NULL;
            } else if (in.peekWords("WITH", "DEFAULT") || in.isWord(0, "DEFAULT")) {
                boolean withDefault = in.acceptWords("WITH");
                int keyword = in.position();
                in.expectWords("DEFAULT");
                Expression value = defaultExpression();
                defaultClause = new ColumnDefault(value, in.rangeFrom(keyword));
                if (withDefault) {
                    spellings.add(new Spelled(Spelling.WITH_DEFAULT, in.rangeFrom(clause)));
                }
            } else if (in.acceptWords("PRIMARY", "KEY")) {
                primaryKey = true;
                owner = DeferrableClause.Owner.PRIMARY_KEY;
                int order = in.position();
                if (in.acceptAnyWord("ASC", "DESC") != null) {
                    spellings.add(new Spelled(Spelling.PRIMARY_KEY_ORDER, in.rangeFrom(order)));
                }
                int auto = in.position();
                if (in.acceptWords("AUTOINCREMENT")) {
                    spellings.add(new Spelled(Spelling.AUTOINCREMENT, in.rangeFrom(auto)));
                }
            } else if (in.acceptWords("UNIQUE")) {
                in.acceptWords("KEY");
                unique = true;
                owner = DeferrableClause.Owner.UNIQUE;
            } else if (in.acceptWords("KEY")) {
                primaryKey = true; // MySQL: "KEY" alone in a column definition means PRIMARY KEY
                spellings.add(new Spelled(Spelling.KEY_AS_PRIMARY_KEY, in.rangeFrom(clause)));
            } else if (in.isWord(0, "REFERENCES")) {
                references = references(null, List.of(name), clause, true);
                owner = DeferrableClause.Owner.FOREIGN_KEY;
            } else if (in.acceptWords("CHECK")) {
                check = parenthesisedExpression();
                owner = DeferrableClause.Owner.CHECK;
            } else if (in.acceptAnyWord("AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY") != null) {
                Spelling spelling = in.previous().isWord(text, "AUTO_INCREMENT") ? Spelling.AUTO_INCREMENT
                        : in.previous().isWord(text, "AUTOINCREMENT") ? Spelling.AUTOINCREMENT : Spelling.IDENTITY;
                spellings.add(new Spelled(spelling, in.rangeFrom(clause))); // the keyword, not IDENTITY's (seed, step)
                if (in.peekPunct("(")) {
                    in.parenthesised();
                }
            } else if (in.acceptWords("GENERATED")) {
                in.acceptAnyWord("ALWAYS");
                in.acceptWords("BY", "DEFAULT");
                in.expectWords("AS");
                if (in.acceptWords("IDENTITY")) {
                    // the finding points at GENERATED ... IDENTITY, not at the sequence options after it
                    spellings.add(new Spelled(Spelling.GENERATED_AS_IDENTITY, in.rangeFrom(clause)));
                    if (in.peekPunct("(")) {
                        in.parenthesised();
                    }
                } else {
                    generated = generated(clause, true);
                }
            } else if (in.acceptWords("AS")) {
                generated = generated(clause, false);
            } else if (in.acceptWords("ON", "UPDATE")) {
                int from = in.position();
                in.until(c -> isColumnConstraintStart(c) || (inAlterTable && startsAlterClause(c)));
                onUpdate = ExpressionReader.read(text, in.tokens(), from, in.position());
                spellings.add(new Spelled(Spelling.ON_UPDATE, in.rangeFrom(clause)));
            } else if (in.acceptWords("ON", "CONFLICT")) {
                in.next(); // SQLite: NOT NULL/UNIQUE/PRIMARY KEY ... ON CONFLICT REPLACE etc.
                spellings.add(new Spelled(Spelling.ON_CONFLICT, in.rangeFrom(clause)));
            } else if (in.acceptWords("COLLATE")) {
                in.acceptPunct("=");
                collation = nameValue(in.next());
            } else if (in.acceptWords("CHARSET") || in.acceptWords("CHARACTER", "SET")) {
                in.acceptPunct("=");
                characterSet = nameValue(in.next());
                spellings.add(new Spelled(Spelling.CHARACTER_SET, in.rangeFrom(clause)));
            } else if (in.acceptWords("BINARY")) {
                spellings.add(new Spelled(Spelling.BINARY_COLLATION, in.rangeFrom(clause)));
            } else if (in.acceptAnyWord("COMMENT", "COLUMN_FORMAT", "STORAGE", "COMPRESSION") != null) {
                Spelling spelling = Spelling.valueOf(in.previous().text(text).toUpperCase(Locale.ROOT));
                in.acceptPunct("=");
                in.next();
                spellings.add(new Spelled(spelling, in.rangeFrom(clause)));
            } else if (in.acceptAnyWord("INVISIBLE", "VISIBLE") != null) {
                spellings.add(new Spelled(in.previous().isWord(text, "VISIBLE") ? Spelling.VISIBLE : Spelling.INVISIBLE,
                        in.rangeFrom(clause)));
            } else if (in.acceptWords("HIDDEN") || in.acceptWords("IMPLICITLY", "HIDDEN")) {
                spellings.add(new Spelled(Spelling.HIDDEN, in.rangeFrom(clause)));
            } else if (in.acceptWords("FIRST")) {
                spellings.add(new Spelled(Spelling.COLUMN_POSITION, in.rangeFrom(clause)));
            } else if (in.acceptWords("AFTER")) {
                in.identifier();
                spellings.add(new Spelled(Spelling.COLUMN_POSITION, in.rangeFrom(clause)));
            } else if (in.acceptWords("INLINE", "LENGTH")) {
                in.next();
                spellings.add(new Spelled(Spelling.INLINE_LENGTH, in.rangeFrom(clause)));
            } else if (timing(owner) != null) {
                // constraint timing, recorded for deferrable-constraint
            } else {
                Token t = in.next();
                skipped.add("column attribute '" + in.text(t) + "'");
            }
        }
        return new ColumnDef(name, type, nullability, defaultClause, primaryKey, unique, references, check, generated,
                onUpdate, collation, characterSet, spellings, in.rangeFrom(start), nameRange);
    }

    /** After {@code [GENERATED ALWAYS] AS}: {@code (expression) [STORED | VIRTUAL | PERSISTENT]}. */
    private Generated generated(int clause, boolean alwaysWritten) {
        Expression expression = parenthesisedExpression();
        String word = in.acceptAnyWord("STORED", "VIRTUAL", "PERSISTENT");
        Generated.Storage storage = word == null ? Generated.Storage.NOT_WRITTEN
                : word.equals("VIRTUAL") ? Generated.Storage.VIRTUAL : Generated.Storage.STORED;
        return new Generated(expression, storage, word, alwaysWritten, in.rangeFrom(clause));
    }

    /** {@code (condition)}: the expression inside the parentheses (an empty one for {@code ()}). */
    private Expression parenthesisedExpression() {
        Token open = in.peek();
        int from = in.position() + 1;
        in.parenthesised();
        int close = in.position() - 1;
        return from < close ? ExpressionReader.read(text, in.tokens(), from, close) : ExpressionReader.empty(open.end());
    }

    private static boolean isColumnConstraintStart(TokenCursor c) {
        Token t = c.peek();
        if (t == null || t.kind() != TokenKind.WORD) {
            return false;
        }
        String w = c.text(t).toUpperCase(Locale.ROOT);
        if (w.equals("ON")) {
            return c.isWord(1, "UPDATE");
        }
        if (w.equals("CHARACTER")) {
            return c.isWord(1, "SET");
        }
        return COLUMN_CONSTRAINT_WORDS.contains(w);
    }

    /** Where a column's type ends and its constraints begin; narrower than attributes, as SERIAL and IDENTITY are types too. */
    private static boolean endsTypePosition(TokenCursor c) {
        Token t = c.peek();
        if (t == null || t.kind() != TokenKind.WORD) {
            return true;
        }
        return TYPE_STOP_WORDS.contains(c.text(t).toUpperCase(Locale.ROOT));
    }

    /** A DEFAULT value: at least one token (a literal, NULL, a function call, a parenthesised expression, a cast). */
    private Expression defaultExpression() {
        Token first = in.peek();
        if (first == null || in.peekPunct(",") || in.peekPunct(")")) {
            throw in.fail("expected a default value");
        }
        int start = in.position();
        if (in.peekPunct("(")) {
            in.parenthesised();
        } else {
            Token t = in.next();
            if ((t.isPunct(text, "-") || t.isPunct(text, "+")) && !in.atEnd()) {
                in.next();
            }
            if (in.peekPunct("(")) {
                in.parenthesised();
            }
        }
        in.until(c -> isColumnConstraintStart(c) || (inAlterTable && startsAlterClause(c)));
        return ExpressionReader.read(text, in.tokens(), start, in.position());
    }

    /** A type name of one or more words, optional (args), UNSIGNED/ZEROFILL, FOR BIT DATA, array brackets. */
    /** Type names of two or more words: the first word, and the word that may follow it. */
    private static final String[][] TYPE_CONTINUATIONS = {
            {"DOUBLE", "PRECISION"}, {"CHARACTER", "VARYING"}, {"CHAR", "VARYING"}, {"NATIONAL", "CHARACTER"},
            {"NATIONAL", "CHAR"}, {"LONG", "VARCHAR"}, {"LONG", "VARBINARY"}, {"BIT", "VARYING"},
            {"UNSIGNED", "BIG"}, {"BINARY", "LARGE"}, {"CHARACTER", "LARGE"}, {"CHAR", "LARGE"}};

    /** Whether the builder's text ends with {@code suffix}. */
    private static boolean endsWith(StringBuilder b, String suffix) {
        int from = b.length() - suffix.length();
        if (from < 0) {
            return false;
        }
        for (int k = 0; k < suffix.length(); k++) {
            if (b.charAt(from + k) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private DataType dataType() {
        Token first = in.peek();
        if (first == null || endsTypePosition(in)) {
            return null; // SQLite allows columns without a type
        }
        int start = in.position();
        StringBuilder name = new StringBuilder(in.text(in.next()).toUpperCase(Locale.ROOT));
        // multi-word type names; the name is compared in place (contentEquals), not copied for each comparison: this
        // runs for every column of every statement
        for (String[] c : TYPE_CONTINUATIONS) {
            if (c[0].contentEquals(name) && in.acceptWords(c[1])) {
                name.append(' ').append(c[1]);
            }
        }
        if (endsWith(name, "LARGE") && in.acceptWords("OBJECT")) {
            name.append(" OBJECT");
        }
        if ("UNSIGNED BIG".contentEquals(name) && in.acceptWords("INT")) {
            name.append(" INT");
        }
        List<String> args = new ArrayList<>();
        if (in.peekPunct("(")) {
            String inside = in.parenthesised();
            for (String a : inside.split(",")) {
                if (!a.isBlank()) {
                    args.add(a.trim());
                }
            }
        }
        if (("TIMESTAMP".contentEquals(name) || "TIME".contentEquals(name))
                && (in.isWord(0, "WITH") || in.isWord(0, "WITHOUT")) && in.isWord(1, "TIME")) {
            name.append(in.acceptWords("WITH") ? " WITH" : "").append(in.acceptWords("WITHOUT") ? " WITHOUT" : "");
            in.expectWords("TIME", "ZONE");
            name.append(" TIME ZONE");
        }
        boolean unsigned = false;
        while (true) {
            if (in.acceptWords("UNSIGNED")) {
                unsigned = true;
            } else if (in.acceptAnyWord("ZEROFILL", "SIGNED") != null) {
                // display attribute
            } else if (in.acceptWords("FOR", "BIT", "DATA")) {
                name.append(" FOR BIT DATA");
            } else if (in.acceptWords("VARYING") && "BIT".contentEquals(name)) {
                name.append(" VARYING");
            } else if (in.peekPunct("[")) {
                in.next();
                in.acceptPunct("]");
                name.append("[]");
            } else if (in.acceptWords("ARRAY")) {
                name.append(" ARRAY");
            } else {
                break;
            }
        }
        // MySQL ENUM/SET and DB2 types beyond this are kept as written
        String written = text.subSequence(in.rangeFrom(start).start(), in.rangeFrom(start).end()).toString();
        return new DataType(written, name.toString(), args, unsigned, in.rangeFrom(start));
    }

    // ---------------------------------------------------------------- ALTER TABLE

    private Change alterTable() {
        in.acceptWords("IF", "EXISTS");
        in.acceptWords("ONLY");
        Token nameStart = in.peek();
        QualifiedName table = in.qualifiedName();
        SourceRange nameRange = new SourceRange(nameStart.start(), in.previous().end());
        List<AlterAction> actions = new ArrayList<>();
        List<Change.AlterTable.Separator> separators = new ArrayList<>();
        inAlterTable = true;
        while (true) {
            if (!addColumnList(actions, separators)) {
                actions.add(alterAction());
            }
            if (in.acceptPunct(",")) {
                separators.add(new Change.AlterTable.Separator(Change.AlterTable.Separator.Kind.COMMA,
                        in.range(in.previous())));
            } else if (startsAlterClause(in)) {
                // Db2 runs several clauses without commas: ALTER TABLE t ADD COLUMN a INT ADD COLUMN b INT
                int at = in.peek().start();
                separators.add(new Change.AlterTable.Separator(Change.AlterTable.Separator.Kind.NONE,
                        new SourceRange(at, at)));
            } else {
                break;
            }
        }
        end();
        return new Change.AlterTable(table, actions, separators, deferrableClauses, nameRange);
    }

    /**
     * MySQL: ADD [COLUMN] (a INT, b INT), one AddColumn per column, the commas between them recorded in
     * {@code separators}; false (nothing read) for any other action.
     */
    private boolean addColumnList(List<AlterAction> actions, List<Change.AlterTable.Separator> separators) {
        int start = in.position();
        if (!in.acceptWords("ADD")) {
            return false;
        }
        in.acceptWords("COLUMN");
        SourceRange ifNotExists = in.acceptWordsRange("IF", "NOT", "EXISTS");
        if (!in.peekPunct("(")) {
            in.reset(start);
            return false;
        }
        in.expectPunct("(");
        while (true) {
            ColumnDef col = columnDef();
            actions.add(new AlterAction.AddColumn(col, ifNotExists, col.range()));
            if (!in.acceptPunct(",")) {
                break;
            }
            separators.add(new Change.AlterTable.Separator(Change.AlterTable.Separator.Kind.IN_COLUMN_LIST,
                    in.range(in.previous())));
        }
        in.expectPunct(")");
        return true;
    }

    /** A word that starts another ALTER TABLE clause where Db2 lets clauses follow each other without commas. */
    private static boolean startsAlterClause(TokenCursor c) {
        return c.isWord(0, "ADD") || c.isWord(0, "DROP") || c.isWord(0, "ALTER");
    }

    private AlterAction alterAction() {
        int start = in.position();
        if (in.acceptWords("ADD")) {
            if (in.acceptWords("COLUMN")) {
                SourceRange ifNotExists = in.acceptWordsRange("IF", "NOT", "EXISTS");
                ColumnDef col = columnDef();
                return new AlterAction.AddColumn(col, ifNotExists, in.rangeFrom(start));
            }
            if (startsTableConstraint() && !(in.isWord(0, "KEY") && isColumnNamedLikeKeyword())) {
                ConstraintDef c = tableConstraint();
                boolean notValid = in.previous().isWord(text, "VALID") && in.peek(-2) != null
                        && in.peek(-2).isWord(text, "NOT");
                if (c == null) {
                    return new AlterAction.OtherAction(textOf(start), in.rangeFrom(start));
                }
                return new AlterAction.AddConstraint(c, notValid, in.rangeFrom(start));
            }
            SourceRange ifNotExists = in.acceptWordsRange("IF", "NOT", "EXISTS");
            ColumnDef col = columnDef();
            return new AlterAction.AddColumn(col, ifNotExists, in.rangeFrom(start));
        }
        if (in.acceptWords("DROP")) {
            return dropAction(start);
        }
        if (in.acceptWords("RENAME")) {
            if (in.acceptAnyWord("TO", "AS") != null) {
                QualifiedName to = in.qualifiedName();
                return new AlterAction.RenameTo(to, in.rangeFrom(start));
            }
            if (in.acceptAnyWord("INDEX", "KEY") != null) {
                Name from = in.identifier();
                in.expectWords("TO");
                Name to = in.identifier();
                return new AlterAction.RenameIndex(from, to, in.rangeFrom(start));
            }
            if (in.acceptWords("CONSTRAINT")) {
                in.identifier();
                in.expectWords("TO");
                in.identifier();
                return new AlterAction.OtherAction(textOf(start), in.rangeFrom(start));
            }
            if (!in.isWord(0, "COLUMN")) { // MySQL: RENAME t2, without TO
                int name = in.position();
                QualifiedName to = in.qualifiedName();
                if (in.atEnd() || in.peekPunct(",")) {
                    return new AlterAction.RenameTo(to, in.rangeFrom(start));
                }
                in.reset(name);
            }
            in.acceptWords("COLUMN");
            Name from = in.identifier();
            in.expectWords("TO");
            Name to = in.identifier();
            return new AlterAction.RenameColumn(from, to, in.rangeFrom(start));
        }
        if (in.acceptWords("ALTER")) {
            if (in.acceptWords("CONSTRAINT")) { // PostgreSQL: ALTER CONSTRAINT c [NOT] DEFERRABLE ...
                skipNotingTimings(DeferrableClause.Owner.OTHER);
                return new AlterAction.OtherAction(textOf(start), in.rangeFrom(start));
            }
            in.acceptWords("COLUMN");
            Name column = in.identifier();
            if (in.acceptWords("SET", "NOT", "NULL")) {
                return new AlterAction.SetNotNull(column, in.rangeFrom(start));
            }
            if (in.acceptWords("DROP", "NOT", "NULL")) {
                return new AlterAction.DropNotNull(column, in.rangeFrom(start));
            }
            if (in.acceptWords("SET", "DEFAULT")) {
                int keyword = in.position() - 1;
                in.until(DdlReader::startsAlterClause);
                Expression value = ExpressionReader.read(text, in.tokens(), keyword + 1, in.position());
                return new AlterAction.SetDefault(column, value == null ? null
                        : new ColumnDefault(value, in.rangeFrom(keyword)), in.rangeFrom(start));
            }
            if (in.acceptWords("DROP", "DEFAULT")) {
                return new AlterAction.DropDefault(column, in.rangeFrom(start));
            }
            if (in.acceptWords("SET", "DATA", "TYPE") || in.acceptWords("TYPE") || in.acceptWords("SET", "TYPE")) {
                DataType type = dataType();
                if (type == null) {
                    throw in.fail("expected a type");
                }
                String using = null;
                if (in.acceptWords("COLLATE")) {
                    in.next(); // PostgreSQL: TYPE t COLLATE "C"; the collation is not modelled
                }
                if (in.acceptWords("USING")) {
                    using = in.until(c -> false);
                }
                return new AlterAction.AlterColumnType(column, type, using, in.rangeFrom(start));
            }
            // SET STATISTICS, SET STORAGE, ADD GENERATED, DROP IDENTITY, ...: valid, not modelled
            String rest = in.until(c -> false);
            if (rest == null) {
                throw in.fail("expected an ALTER COLUMN action");
            }
            skipped.add("ALTER COLUMN " + rest);
            return new AlterAction.OtherAction(textOf(start), in.rangeFrom(start));
        }
        if (in.acceptWords("MODIFY")) {
            in.acceptWords("COLUMN");
            int colStart = in.position();
            Name from = in.identifier();
            in.reset(colStart);
            ColumnDef col = columnDef();
            return new AlterAction.ModifyColumn(from, col, in.rangeFrom(start));
        }
        if (in.acceptWords("CHANGE")) {
            in.acceptWords("COLUMN");
            Name from = in.identifier();
            ColumnDef col = columnDef();
            return new AlterAction.ModifyColumn(from, col, in.rangeFrom(start));
        }
        if (in.acceptWords("VALIDATE", "CONSTRAINT")) {
            Name name = in.identifier();
            return new AlterAction.ValidateConstraint(name, in.rangeFrom(start));
        }
        if (in.acceptAnyWord("ALGORITHM", "LOCK") != null) {
            // MySQL online-DDL clauses: fully understood, they only ask for how the change is done
            in.acceptPunct("=");
            in.identifier();
            return new AlterAction.OtherAction(textOf(start), in.rangeFrom(start));
        }
        // ENGINE=, CONVERT TO CHARACTER SET, SET (...), OWNER TO, ...: valid but not modelled. Anything else is
        // reported, even when JSqlParser lets it through (it accepts any words after ALTER TABLE t).
        Token first = in.peek();
        String firstWord = first == null ? null : in.text(first).toUpperCase(Locale.ROOT);
        if (first == null || !NOT_MODELLED_ALTER_WORDS.contains(firstWord)) {
            throw in.fail("unknown ALTER TABLE action");
        }
        String rest = in.until(c -> false);
        if (rest == null) {
            throw in.fail("expected an ALTER TABLE action");
        }
        skipped.add(rest); // as for any action the parser must confirm: JSqlParser still judges the statement
        if (ALTER_TABLE_OPTION_WORDS.contains(firstWord)) {
            return new AlterAction.TableOptions(rest, tableOptionValue(start, "CHARSET", "CHARACTER"),
                    tableOptionValue(start, "COLLATE", null), in.rangeFrom(start));
        }
        return new AlterAction.OtherAction(rest, in.rangeFrom(start));
    }

    private AlterAction dropAction(int start) {
        if (in.acceptWords("PRIMARY", "KEY")) {
            return new AlterAction.DropConstraint(null, AlterAction.DropConstraint.Kind.PRIMARY_KEY, false, in.rangeFrom(start));
        }
        AlterAction.DropConstraint.Kind kind = null;
        if (in.acceptWords("FOREIGN", "KEY")) {
            kind = AlterAction.DropConstraint.Kind.FOREIGN_KEY;
        } else if (in.acceptAnyWord("INDEX", "KEY") != null) {
            kind = AlterAction.DropConstraint.Kind.INDEX;
        } else if (in.acceptWords("CHECK")) {
            kind = AlterAction.DropConstraint.Kind.CHECK;
        } else if (in.acceptWords("CONSTRAINT") || in.acceptWords("UNIQUE")) {
            kind = AlterAction.DropConstraint.Kind.CONSTRAINT;
        }
        if (kind != null) {
            boolean ifExists = in.acceptWords("IF", "EXISTS");
            Name name = in.identifier();
            in.acceptAnyWord("CASCADE", "RESTRICT");
            return new AlterAction.DropConstraint(name, kind, ifExists, in.rangeFrom(start));
        }
        in.acceptWords("COLUMN");
        SourceRange ifExists = in.acceptWordsRange("IF", "EXISTS");
        Name column = in.identifier();
        boolean cascade = "CASCADE".equals(in.acceptAnyWord("CASCADE", "RESTRICT"));
        return new AlterAction.DropColumn(column, ifExists, cascade, in.rangeFrom(start));
    }

    private String textOf(int startToken) {
        SourceRange r = in.rangeFrom(startToken);
        return text.subSequence(r.start(), r.end()).toString();
    }

    // ---------------------------------------------------------------- indexes, DROP

    private Change createIndex(boolean unique, String kind, SourceRange keywords) {
        int start = 0; // the index's range is the whole statement, from CREATE
        boolean concurrently = in.acceptWords("CONCURRENTLY");
        SourceRange ifNotExists = in.acceptWordsRange("IF", "NOT", "EXISTS");
        Name name = null;
        SourceRange nameRange = null;
        if (!in.isWord(0, "ON")) {
            Token nameToken = in.peek();
            QualifiedName qualified = in.qualifiedName();
            name = qualified.name();
            nameRange = new SourceRange(nameToken.start(), in.previous().end());
        }
        String method = kind;
        if (in.acceptWords("USING")) {
            method = in.text(in.next()).toUpperCase(Locale.ROOT);
        }
        in.expectWords("ON");
        in.acceptWords("ONLY");
        QualifiedName table = in.qualifiedName();
        if (in.acceptWords("USING")) {
            method = in.text(in.next()).toUpperCase(Locale.ROOT);
        }
        int keys = in.position();
        List<IndexDef.KeyPart> parts = keyParts();
        SourceRange keysRange = in.rangeFrom(keys);
        String where = null;
        SourceRange whereRange = null;
        boolean nullsNotDistinct = false;
        while (!in.atEnd()) {
            int clause = in.position();
            if (in.acceptWords("WHERE")) {
                where = in.until(c -> false);
                whereRange = in.rangeFrom(clause);
            } else if (in.acceptWords("INCLUDE")) {
                in.parenthesised();
            } else if (in.acceptWords("EXCLUDE", "NULL", "KEYS")) {
                method = method == null ? "EXCLUDE NULL KEYS" : method + " EXCLUDE NULL KEYS";
                nullsNotDistinct = true;
            } else if (in.acceptWords("NULLS", "NOT", "DISTINCT")) {
                nullsNotDistinct = true; // PostgreSQL 15+
            } else if (in.acceptWords("NULLS", "DISTINCT")) {
                // PostgreSQL 15+, the default spelled out
            } else if (in.acceptAnyWord("ALGORITHM", "LOCK") != null) {
                in.acceptPunct("="); // MySQL online-DDL clauses
                in.identifier();
            } else {
                Token t = in.next();
                skipped.add("index option '" + in.text(t) + "'");
            }
        }
        SourceRange range = in.rangeFrom(start);
        IndexDef index = new IndexDef(name, unique, parts, where, method, range, nameRange, keysRange, whereRange,
                nullsNotDistinct);
        return new Change.CreateIndex(table, index, concurrently, ifNotExists, keywords);
    }

    private Change dropIndex() {
        int start = 0; // the whole statement, from DROP
        boolean concurrently = in.acceptWords("CONCURRENTLY");
        SourceRange ifExists = in.acceptWordsRange("IF", "EXISTS");
        QualifiedName index = in.qualifiedName();
        QualifiedName table = null;
        int on = in.position();
        if (in.acceptWords("ON")) {
            table = in.qualifiedName();
        }
        in.acceptAnyWord("CASCADE", "RESTRICT");
        while (!in.atEnd()) {
            Token t = in.next();
            skipped.add("DROP INDEX option '" + in.text(t) + "'");
        }
        return new Change.DropIndex(index.name(), table, concurrently, ifExists, table == null ? null : in.rangeFrom(on),
                in.rangeFrom(start));
    }

    private Change dropTable() {
        SourceRange ifExists = in.acceptWordsRange("IF", "EXISTS");
        List<QualifiedName> tables = new ArrayList<>();
        do {
            tables.add(in.qualifiedName());
        } while (in.acceptPunct(","));
        in.acceptAnyWord("CASCADE", "RESTRICT");
        end();
        return new Change.DropTable(tables, ifExists);
    }
}
