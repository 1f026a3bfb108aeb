package io.github.dialectic.source;

/** Coarse token classes: just enough for splitting statements and spotting keywords, not a SQL grammar. */
public enum TokenKind {
    WORD, QUOTED_IDENTIFIER, STRING, NUMBER, PUNCT, COMMENT, WHITESPACE
}
