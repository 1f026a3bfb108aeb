package io.github.dialectic.rules.verdicts;

import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.List;

/**
 * Recognises the plain statements that make up most migrations, in the core SQL every engine that takes any type name
 * accepts: CREATE TABLE with named types and simple column constraints, ALTER TABLE ... ADD [COLUMN], CREATE [UNIQUE]
 * INDEX on columns, DROP TABLE/INDEX, INSERT ... VALUES of literals, UPDATE ... SET name = literal, DELETE, and a
 * SELECT of columns or count(*), each with a WHERE of simple comparisons. Names must not be the engine's keywords. A
 * statement of these shapes needs no parser to be judged: {@code sqlite-parser-rejects} skips SQLite's prepare for it
 * (what keeps the cold lint fast). The recognizer is exact or says no; its shapes are checked on SQLite itself.
 */
final class PlainStatements {

    // arrays, not lists: every token is looked at several times, on every statement
    private final Token[] tokens;
    private final String[] words;
    private final int end;
    private final CharSequence text;
    private final EngineProfile profile;
    private int i;

    private PlainStatements(Token[] tokens, String[] words, int end, CharSequence text, EngineProfile profile) {
        this.tokens = tokens;
        this.words = words;
        this.end = end;
        this.text = text;
        this.profile = profile;
    }

    /** Whether the statement has one of the plain shapes, with names that are no keyword of {@code profile}'s engine. */
    static boolean plain(List<Token> tokens, List<String> words, CharSequence text, EngineProfile profile) {
        int n = tokens.size();
        if (n > 0 && tokens.get(n - 1).isPunct(text, ";")) {
            n--;
        }
        if (n == 0) {
            return false;
        }
        Token[] array = new Token[tokens.size()]; // by index: the context's list has no toArray of its own
        for (int k = 0; k < array.length; k++) {
            array[k] = tokens.get(k);
        }
        PlainStatements p = new PlainStatements(array, words.toArray(new String[0]), n, text, profile);
        return p.statement() && p.i == n;
    }

    private boolean statement() {
        if (word("CREATE")) {
            if (word("TABLE")) {
                return ifNotExists() && name() && createTableBody();
            }
            word("UNIQUE");
            // the index's schema is written on its name: the table after ON takes none
            return word("INDEX") && ifNotExists() && name() && word("ON") && simpleName() && indexColumns();
        }
        if (word("ALTER")) {
            return word("TABLE") && name() && word("ADD") && (word("COLUMN") || true) && columnDef();
        }
        if (word("DROP")) {
            return (word("TABLE") || word("INDEX")) && ifExists() && name();
        }
        if (word("INSERT")) {
            return word("INTO") && name() && (!at("(") || nameList()) && word("VALUES") && rows();
        }
        if (word("UPDATE")) {
            if (!(name() && word("SET"))) {
                return false;
            }
            do {
                if (!(simpleName() && punct("=") && literal())) {
                    return false;
                }
            } while (punct(","));
            return where();
        }
        if (word("DELETE")) {
            return word("FROM") && name() && where();
        }
        if (word("SELECT")) {
            do {
                if (!selectItem()) {
                    return false;
                }
            } while (punct(","));
            return word("FROM") && name() && where();
        }
        return false;
    }

    private boolean createTableBody() {
        if (!punct("(")) {
            return false;
        }
        boolean constraints = false; // after a table constraint only table constraints may follow
        do {
            if (at("CONSTRAINT") || at("PRIMARY") || at("UNIQUE") || at("FOREIGN")) {
                constraints = true;
                if (!tableConstraint()) {
                    return false;
                }
            } else if (constraints || !columnDef()) {
                return false;
            }
        } while (punct(","));
        return punct(")");
    }

    private boolean tableConstraint() {
        if (word("CONSTRAINT") && !name()) {
            return false;
        }
        if (word("PRIMARY")) {
            return word("KEY") && nameList();
        }
        if (word("UNIQUE")) {
            return nameList();
        }
        return word("FOREIGN") && word("KEY") && nameList() && references();
    }

    private boolean columnDef() {
        if (!name()) {
            return false;
        }
        int typeWords = 0;
        while (plainWord()) {
            typeWords++;
        }
        if (typeWords > 0 && punct("(")) {
            if (!(signedNumber() && (!punct(",") || signedNumber()) && punct(")"))) {
                return false;
            }
        }
        while (i < end && !at(",") && !at(")")) {
            if (word("NOT")) {
                if (!word("NULL")) {
                    return false;
                }
            } else if (word("NULL") || word("UNIQUE")) {
                continue;
            } else if (word("PRIMARY")) {
                if (!word("KEY")) {
                    return false;
                }
                if (!word("ASC")) {
                    word("DESC");
                }
                word("AUTOINCREMENT");
            } else if (word("DEFAULT")) {
                if (!literal()) {
                    return false;
                }
            } else if (at("REFERENCES")) {
                if (!references()) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean references() {
        return word("REFERENCES") && name() && (!at("(") || nameList());
    }

    private boolean indexColumns() {
        if (!punct("(")) {
            return false;
        }
        do {
            if (!simpleName()) {
                return false;
            }
            if (!word("ASC")) {
                word("DESC");
            }
        } while (punct(","));
        return punct(")");
    }

    /** Column names: unqualified (SQLite refuses t.a or a composite's field there). */
    private boolean nameList() {
        if (!punct("(")) {
            return false;
        }
        do {
            if (!simpleName()) {
                return false;
            }
        } while (punct(","));
        return punct(")");
    }

    private boolean rows() {
        do {
            if (!punct("(")) {
                return false;
            }
            do {
                if (!literal()) {
                    return false;
                }
            } while (punct(","));
            if (!punct(")")) {
                return false;
            }
        } while (punct(","));
        return true;
    }

    private boolean where() {
        if (i == end) {
            return true;
        }
        if (!word("WHERE")) {
            return false;
        }
        do {
            if (!name()) {
                return false;
            }
            if (word("IS")) {
                word("NOT");
                if (!word("NULL")) {
                    return false;
                }
            } else if (punct("=") || punct("<>") || punct("!=") || punct("<") || punct(">") || punct("<=")
                    || punct(">=")) {
                if (!literal() && !name()) {
                    return false;
                }
            } else {
                return false;
            }
        } while (word("AND") || word("OR"));
        return i == end;
    }

    private boolean selectItem() {
        if (punct("*")) {
            return true;
        }
        if (!name()) {
            return false;
        }
        if (punct("(")) {
            return (punct("*") || name()) && punct(")");
        }
        return true;
    }

    private boolean ifNotExists() {
        return !word("IF") || (word("NOT") && word("EXISTS"));
    }

    private boolean ifExists() {
        return !word("IF") || word("EXISTS");
    }

    private boolean literal() {
        if (i >= end) {
            return false;
        }
        Token t = tokens[i];
        if (t.kind() == TokenKind.STRING && t.terminated() && text.charAt(t.start()) == '\'') {
            i++;
            return true;
        }
        return word("NULL") || signedNumber();
    }

    private boolean signedNumber() {
        int start = i;
        if (!punct("-")) {
            punct("+");
        }
        if (i < end && decimal(tokens[i])) {
            i++;
            return true;
        }
        i = start;
        return false;
    }

    private boolean decimal(Token t) {
        if (t.kind() != TokenKind.NUMBER || t.end() == t.start()) {
            return false;
        }
        boolean dot = false;
        for (int k = t.start(); k < t.end(); k++) {
            char c = text.charAt(k);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A name, possibly qualified: a word that is no keyword, or a quoted identifier. */
    private boolean name() {
        if (!simpleName()) {
            return false;
        }
        while (at(".") && i + 1 < end) {
            i++;
            if (!simpleName()) {
                return false;
            }
        }
        return true;
    }

    private boolean simpleName() {
        if (i >= end) {
            return false;
        }
        Token t = tokens[i];
        if (t.kind() == TokenKind.QUOTED_IDENTIFIER && t.terminated()) {
            i++;
            return true;
        }
        return plainWord();
    }

    private boolean plainWord() {
        if (i < end && words[i] != null && !profile.isKeyword(words[i])) {
            i++;
            return true;
        }
        return false;
    }

    private boolean word(String upper) {
        if (i < end && upper.equals(words[i])) {
            i++;
            return true;
        }
        return false;
    }

    private boolean at(String wordOrPunct) {
        if (i >= end) {
            return false;
        }
        return wordOrPunct.equals(words[i]) || tokens[i].isPunct(text, wordOrPunct);
    }

    private boolean punct(String p) {
        if (i < end && tokens[i].isPunct(text, p)) {
            i++;
            return true;
        }
        return false;
    }
}
