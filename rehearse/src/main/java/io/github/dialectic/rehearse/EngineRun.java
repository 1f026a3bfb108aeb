package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;

import java.util.List;

/**
 * A rehearsal on one engine at one table size: each step's result, the tables filled with synthetic rows, and the
 * table {@code --show} asked for as it stood at the end.
 *
 * @param rows  synthetic rows per table (0: empty tables)
 * @param shown the schema of the {@code --show} table at the end, null if not asked or absent
 */
public record EngineRun(String label, Engine engine, String productVersion, long rows, List<StepResult> steps,
                        List<Fill> fills, String shown) {

    public EngineRun {
        steps = List.copyOf(steps);
        fills = List.copyOf(fills);
    }

    /**
     * Synthetic rows put into one table before a step.
     *
     * @param cpuNanos CPU time of the loading thread here: making the rows and the driver's work, and on SQLite, which
     *                 runs in process, the engine's; a server's own CPU time is not in it
     */
    public record Fill(String table, long rows, long nanos, long cpuNanos, String beforeFile) {
    }

    public boolean failed() {
        return steps.stream().anyMatch(s -> s.status() == StepResult.Status.FAILED);
    }
}
