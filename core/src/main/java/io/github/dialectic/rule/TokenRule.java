package io.github.dialectic.rule;

import io.github.dialectic.change.Change;

/**
 * A rule that judges a statement by its text and tokens alone (an engine's grammar as data, an engine's own parser),
 * so it can say what engines do with a statement Dialectic's parser did not understand: it runs on those too, with
 * {@link #UNPARSED} as the change. Its findings there are what the {@code unparsed-statement} finding reports as the
 * statement's verdict per engine.
 */
public interface TokenRule extends Rule {

    /** The change a token rule is given for a statement the parser did not understand. */
    Change.Other UNPARSED = new Change.Other("UNPARSED");
}
