package io.github.dialectic.lint;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.source.Script;

import java.util.List;

/**
 * How a run's rules meet its statements. Every runner gives the result of {@link OrderedRunner}, the reference: each
 * understood statement checked by every rule in rule order, in migration order, with the schema replayed up to it.
 * Caches and the rest of the pipeline stay outside: a runner sees only parsed statements and a starting schema.
 */
interface Runner {

    /**
     * Checks the understood statements of the files from index {@code from} on, file by file in order, and replays
     * each into {@code schema} once checked. As each file is done, hands {@code sink} its findings: one list per
     * understood statement, in statement order, each in rule order.
     */
    void run(List<Script> scripts, List<List<ParsedStatement>> parsed, int from, Schema schema, FileSink sink);

    /** Receives a file's findings as soon as its last statement is checked. */
    interface FileSink {
        void accept(int file, List<List<Finding>> findingsPerStatement);
    }
}
