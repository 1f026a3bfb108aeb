package io.github.dialectic.finding;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Severity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One reported problem: which rule, where (1-based line and column of the offending construct, end inclusive),
 * which engines differ and how, what to write instead. {@code fingerprint} identifies the statement independently of
 * its line, for baselines.
 */
public record Finding(
        String rule,
        Severity severity,
        String file,
        int line,
        int column,
        int endLine,
        int endColumn,
        String message,
        Map<Engine, Effect> engines,
        String fix,
        String docs,
        String fingerprint) {

    public Finding {
        EnumMap<Engine, Effect> copy = new EnumMap<>(Engine.class);
        copy.putAll(engines);
        engines = Collections.unmodifiableMap(copy);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, file, line, column, endLine, endColumn, message, engines, fix, docs,
                fingerprint);
    }

    /** {@code db2: rejected; mysql: different}, or empty. */
    public String enginesSummary() {
        return engines.entrySet().stream().map(e -> e.getKey().id() + ": " + e.getValue().id())
                .collect(Collectors.joining("; "));
    }
}
