package io.github.dialectic.source;

import java.util.Arrays;
import java.util.List;

/**
 * The significant tokens of one statement (no whitespace, no comments) as the {@link SqlSplitter} read them, three
 * ints a token. The splitter lexes every file anyway: the analyzer and the rules unpack these where each used to lex
 * its statement again (two of a lint's four lexing passes over its input, about 6 % of its CPU; issue 12). Packed,
 * they cost a third of the {@link Token} objects they stand for, kept from splitting until the rules are done.
 * They belong to the text and flavour the splitter read; {@link SqlStatement#significantTokens} checks both.
 */
public final class PackedTokens {

    /** A statement of more tokens (a generated INSERT of many rows) keeps none: lexed again where needed. */
    static final int MAX_TOKENS = 1 << 16;

    private static final TokenKind[] KINDS = TokenKind.values();

    private final CharSequence source;
    private final SqlFlavor flavor;
    private final int[] packed; // per token: start, end, kind ordinal << 1 | terminated

    private PackedTokens(CharSequence source, SqlFlavor flavor, int[] packed) {
        this.source = source;
        this.flavor = flavor;
        this.packed = packed;
    }

    /** True when these were read from this very text (not an equal copy) as this flavour. */
    boolean readFrom(CharSequence text, SqlFlavor textFlavor) {
        return source == text && flavor == textFlavor;
    }

    /** The same tokens, known to be those {@code other} reads too. */
    PackedTokens readAs(SqlFlavor other) {
        return new PackedTokens(source, other, packed);
    }

    public int size() {
        return packed.length / 3;
    }

    /** The tokens, as {@link SqlLexer#significant} gives them for the statement's range. */
    public List<Token> unpack() {
        return Arrays.asList(unpackArray());
    }

    /** The tokens as {@link #unpack} gives them, in an array of the caller's own. */
    public Token[] unpackArray() {
        Token[] tokens = new Token[packed.length / 3];
        for (int i = 0, p = 0; i < tokens.length; i++, p += 3) {
            tokens[i] = new Token(KINDS[packed[p + 2] >>> 1], packed[p], packed[p + 1], (packed[p + 2] & 1) != 0);
        }
        return tokens;
    }

    @Override
    public String toString() {
        return "PackedTokens[" + size() + " tokens]";
    }

    /** Collects one statement's tokens at a time; {@link #take} hands them over and starts the next statement. */
    static final class Builder {
        private final CharSequence source;
        private final SqlFlavor flavor;
        private int[] buffer = new int[3 * 64];
        private int size;
        private boolean dropped;

        Builder(CharSequence source, SqlFlavor flavor) {
            this.source = source;
            this.flavor = flavor;
        }

        void add(TokenKind kind, int start, int end, boolean terminated) {
            if (dropped) {
                return;
            }
            if (size == 3 * MAX_TOKENS) {
                dropped = true;
                return;
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = start;
            buffer[size++] = end;
            buffer[size++] = kind.ordinal() << 1 | (terminated ? 1 : 0);
        }

        /** Keeps nothing for the current statement (one the splitter did not lex). */
        void drop() {
            dropped = true;
        }

        /** The current statement's tokens (null when dropped), and a fresh start for the next. */
        PackedTokens take() {
            PackedTokens taken = dropped ? null : new PackedTokens(source, flavor, Arrays.copyOf(buffer, size));
            size = 0;
            dropped = false;
            return taken;
        }
    }
}
