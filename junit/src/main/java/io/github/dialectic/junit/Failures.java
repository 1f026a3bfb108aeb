package io.github.dialectic.junit;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.report.TextReporter;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

import java.util.List;

/** Turns findings into the failures JUnit shows: one line per finding, in the clickable {@code path:line:col} form. */
final class Failures {
    private Failures() {
    }

    static void throwIfAny(String heading, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        if (findings.size() == 1) {
            throw new AssertionFailedError(heading + ": " + explained(findings.get(0)));
        }
        List<Throwable> failures = findings.stream().<Throwable>map(f -> new AssertionFailedError(explained(f))).toList();
        throw new MultipleFailuresError(heading, failures);
    }

    static String explained(Finding f) {
        return TextReporter.line(f) + (f.fix().isEmpty() ? "" : "\n    fix: " + f.fix()) + "\n    see: " + f.docs();
    }
}
