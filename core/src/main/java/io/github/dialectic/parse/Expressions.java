package io.github.dialectic.parse;

import io.github.dialectic.change.Expression;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlLexer;
import io.github.dialectic.source.Token;

import java.util.List;

/** Reads an expression given on its own, as a schema source has it (a live CHECK's condition), into the model. */
public final class Expressions {

    private Expressions() {
    }

    /** The expression written in {@code sql}, with ranges into {@code sql}; an empty one for blank text. */
    public static Expression read(String sql) {
        List<Token> tokens = SqlLexer.significant(sql, 0, sql.length(), SqlFlavor.GENERIC);
        Expression e = ExpressionReader.read(sql, tokens, 0, tokens.size());
        return e == null ? ExpressionReader.empty(0) : e;
    }
}
