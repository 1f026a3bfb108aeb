package io.github.dialectic.junit.assertj;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.junit.Migrations;
import io.github.dialectic.report.TextReporter;
import io.github.dialectic.rule.Severity;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The AssertJ flavour, for projects that use AssertJ (it is an optional dependency of this module):
 *
 * <pre>{@code
 * import static io.github.dialectic.junit.assertj.MigrationsAssert.assertThat;
 *
 * assertThat(Migrations.at("src/main/resources/db/migration").on(Engine.DB2)).hasNoRejections();
 * }</pre>
 * The failure message lists each finding on its own line in the clickable {@code path:line:col} form.
 */
public final class MigrationsAssert extends AbstractAssert<MigrationsAssert, Migrations> {

    private MigrationsAssert(Migrations actual) {
        super(actual, MigrationsAssert.class);
    }

    public static MigrationsAssert assertThat(Migrations actual) {
        return new MigrationsAssert(actual);
    }

    public MigrationsAssert hasNoRejections() {
        isNotNull();
        return none(actual.rejections(), "rejected by a target");
    }

    public MigrationsAssert hasNoFindingsAtOrAbove(Severity severity) {
        isNotNull();
        return none(actual.findingsAtOrAbove(severity), "at or above " + severity.id());
    }

    private MigrationsAssert none(List<Finding> findings, String what) {
        if (!findings.isEmpty()) {
            // '%' in a message would be read as a format specifier by failWithMessage
            failWithMessage("%s", "Expecting no findings " + what + " in " + actual + " but found " + findings.size()
                    + ":\n" + findings.stream().map(f -> "  " + TextReporter.line(f)).collect(Collectors.joining("\n")));
        }
        return this;
    }
}
