package io.github.dialectic.lint;

import io.github.dialectic.change.Change;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlStatement;
import io.github.dialectic.source.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One understood statement as the rules see it: its file and text, its tokens (the splitter's, or lexed, on first use), its
 * fingerprint, the file's history before it (set by the ordered walk, for the rules that declare they read it), and
 * the rules that ran past their time bound on it.
 */
final class StatementState {
    final Script script;
    final SourceFile file;
    final SqlStatement statement;
    final Change change;
    /** Null until the ordered walk reaches the statement; read only by rules that declare the file's history. */
    FileHistory.AtStatement history;
    private List<Token> tokens;
    private Token[] tokenArray;
    private List<String> upperWords;
    private String fingerprint;
    /** Rules that ran past their time bound here, in no particular order; null when none. */
    private List<Overrun> overruns;

    /** A rule (by its index in the run's rule set) that overran here, as "rule-id was stopped after N ms". */
    record Overrun(int rule, String text) {
    }

    StatementState(Script script, SqlStatement statement, Change change) {
        this.script = script;
        this.file = script.file();
        this.statement = statement;
        this.change = change;
    }

    List<Token> tokens() {
        if (tokens == null) {
            tokens = java.util.Arrays.asList(tokenArray());
        }
        return tokens;
    }

    /** The same tokens as an array, made once: the rules' read-only views of them share it rather than copy it. */
    Token[] tokenArray() {
        if (tokenArray == null) {
            tokenArray = statement.significantTokenArray(file.text(), file.flavor());
        }
        return tokenArray;
    }

    /** The upper-case text of the WORD tokens (null for the others): shared by the rules that match words. */
    List<String> upperWords() {
        if (upperWords == null) {
            upperWords = io.github.dialectic.engine.Constructs.upperWords(file.text(), tokens());
        }
        return upperWords;
    }

    String fingerprint() {
        if (fingerprint == null) {
            fingerprint = Fingerprint.of(statement.text());
        }
        return fingerprint;
    }

    void overran(int rule, String text) {
        if (overruns == null) {
            overruns = new ArrayList<>(1);
        }
        overruns.add(new Overrun(rule, text));
    }

    /**
     * The rules that overran here in rule order (whichever thread or pass ran them, so that every runner words the
     * rule-time-limit finding alike); empty when none.
     */
    List<String> overruns() {
        if (overruns == null) {
            return List.of();
        }
        return overruns.stream().sorted(Comparator.comparingInt(Overrun::rule)).map(Overrun::text).toList();
    }
}
