package io.github.dialectic.rules.verdicts;

import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.RuleInfo;

import java.util.Collection;
import java.util.List;

/**
 * The start-up of {@code sqlite-parser-rejects}, for a front end that can do it ahead of the run: SQLite's native
 * library loaded and a first connection opened (in a cold JVM about a tenth of a second, much of it sqlite-jdbc
 * reading locale data for its date format), which the rule's {@link SqliteParserRejects#prepare} otherwise does on the
 * run's own thread. The command line does it on a second thread while it reads the files.
 */
public final class SqliteParserStartUp {

    private static final String RULE = SqliteParserRejects.class.getAnnotation(RuleInfo.class).id();

    private SqliteParserStartUp() {
    }

    /** Whether a run with these targets and disabled rules loads SQLite's parser (as the rule's prepare decides). */
    public static boolean needed(List<EngineProfile> targets, Collection<String> disabledRules) {
        return !disabledRules.contains(RULE) && targets.stream().anyMatch(p -> p.supports(Feature.PARSER_IN_PROCESS));
    }

    /**
     * Loads SQLite's parser, as the rule's prepare does; a prepare called meanwhile waits for it. A failure is kept
     * for the rule to report, as when the rule loads it.
     */
    public static void load() {
        BundledSqlite.load();
    }
}
