package io.github.dialectic.rules;

import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.PipelineRules;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statements of 20,000 columns against the per-statement rule time bound (5 s per rule). Two rules once walked every
 * token of the statement per column: 16,000 columns took them 16 s, far past the bound, which would show here as
 * rule-time-limit findings and missing findings. Rule cost is linear in a statement's size now.
 */
class WideStatementTest {

    private static final int COLUMNS = 20_000;
    private static final String[] TYPES = {"INTEGER NOT NULL DEFAULT 0", "VARCHAR(40)",
            "TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP", "DECIMAL(10,2)", "BOOLEAN"};

    private static Map<String, Long> lint(String sql) {
        LintReport report = new Linter(RuleRegistry.load(), LintOptions.defaults())
                .lintFiles(List.of(SourceFile.of(Path.of("V1__wide.sql"), sql)));
        assertEquals(0, report.summary().unparsed(), report.findings().toString());
        return report.findings().stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
    }

    private static String columns(String prefix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < COLUMNS; i++) {
            sb.append(i == 0 ? "\n  " : ",\n  ").append(prefix).append('c').append(i).append(' ')
                    .append(TYPES[i % TYPES.length]);
        }
        return sb.toString();
    }

    @Test
    void aCreateTableOf20000ColumnsIsCheckedByEveryRuleWithinTheBound() {
        Map<String, Long> byRule = lint("CREATE TABLE wide (id INTEGER NOT NULL PRIMARY KEY," + columns("") + ");\n");
        assertEquals(null, byRule.get(PipelineRules.RULE_TIME_LIMIT), byRule.toString());
        assertEquals(COLUMNS / TYPES.length, byRule.get("timestamp-auto-update"), byRule.toString());
        assertEquals(COLUMNS / TYPES.length, byRule.get("boolean-type"), byRule.toString());
    }

    @Test
    void anAlterTableAdding20000ColumnsIsCheckedByEveryRuleWithinTheBound() {
        Map<String, Long> byRule = lint("CREATE TABLE wide (id INTEGER NOT NULL PRIMARY KEY);\nALTER TABLE wide"
                + columns("ADD COLUMN ") + ";\n");
        assertEquals(null, byRule.get(PipelineRules.RULE_TIME_LIMIT), byRule.toString());
        assertEquals(COLUMNS / TYPES.length, byRule.get("timestamp-auto-update"), byRule.toString());
        assertEquals(COLUMNS / TYPES.length, byRule.get("boolean-type"), byRule.toString());
    }
}
