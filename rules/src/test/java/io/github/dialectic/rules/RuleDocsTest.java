package io.github.dialectic.rules;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.Claim;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Doc pages are written by hand but their metadata block, and the rule index, are generated from {@code @RuleInfo}
 * (as Error Prone does). Run with {@code -Ddialectic.updateDocs=true} to regenerate; otherwise stale docs fail.
 */
class RuleDocsTest {

    static final Path DOCS = Path.of("..", "docs", "rules");
    static final boolean UPDATE = Boolean.getBoolean("dialectic.updateDocs");
    static final String BEGIN = "<!-- generated:metadata -->";
    static final String END = "<!-- /generated:metadata -->";
    static final List<String> SECTIONS = List.of("## What it flags", "## Why, engine by engine", "## Example",
            "## Use instead", "## References");
    static final String REGENERATE = "run: mvn -pl rules -am test -Dtest=RuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Ddialectic.updateDocs=true";

    @Test
    void everyRuleHasACompleteDocPage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleDescriptor d : RuleRegistry.load().descriptors()) {
            Path page = DOCS.resolve(d.id() + ".md");
            if (!Files.exists(page)) {
                problems.add(page + ": missing");
                continue;
            }
            String text = Files.readString(page, StandardCharsets.UTF_8);
            if (!text.startsWith("# " + d.id() + ": ")) {
                problems.add(page + ": must start with '# " + d.id() + ": title'");
            }
            for (String section : SECTIONS) {
                if (!text.contains(section + "\n")) {
                    problems.add(page + ": lacks section '" + section + "'");
                }
            }
            for (Claim c : d.claims()) {
                if (c.engine() == Engine.DB2 && !text.contains("Not executed here")) {
                    problems.add(page + ": a Db2 claim must say it was not executed ('Not executed here')");
                }
            }
            int b = text.indexOf(BEGIN);
            int e = text.indexOf(END);
            if (b < 0 || e < b) {
                problems.add(page + ": lacks the " + BEGIN + " ... " + END + " block");
                continue;
            }
            String updated = text.substring(0, b) + BEGIN + "\n" + metadata(d) + END + text.substring(e + END.length());
            if (!updated.equals(text)) {
                if (UPDATE) {
                    Files.writeString(page, updated, StandardCharsets.UTF_8);
                } else {
                    problems.add(page + ": metadata block is stale; " + REGENERATE);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTopicHasARuleOrAReason() throws IOException {
        RuleRegistry registry = RuleRegistry.load();
        List<String> problems = new ArrayList<>();
        for (String[] t : topics()) {
            if (t[2].equals("-") && t[3].isBlank()) {
                problems.add("topic '" + t[1] + "' has neither a rule nor a reason");
            }
            for (String id : ruleIds(t[2])) {
                if (!registry.knows(id)) {
                    problems.add("topic '" + t[1] + "' names unknown rule '" + id + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void ruleIndexIsGeneratedFromMetadata() throws IOException {
        Path index = DOCS.resolve("README.md");
        String expected = index(RuleRegistry.load().descriptors()) + topicsTable(topics());
        if (UPDATE) {
            Files.writeString(index, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(index) ? Files.readString(index, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/rules/README.md is stale; " + REGENERATE);
    }

    /** docs/rules/topics.tsv: category, topic, rule ids or "-", note. */
    static List<String[]> topics() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DOCS.resolve("topics.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = (line + "\t\t\t").split("\t", -1);
            rows.add(new String[] {cols[0].trim(), cols[1].trim(), cols[2].trim(), cols[3].trim()});
        }
        return rows;
    }

    static List<String> ruleIds(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split("\\s*,\\s*"));
    }

    static String topicsTable(List<String[]> topics) {
        StringBuilder sb = new StringBuilder("\n## Topics\n\nEvery topic of the catalogue, with the rules that check it or why no rule can "
                + "(generated from `topics.tsv`).\n\n| Category | Topic | Rules | Note |\n|---|---|---|---|\n");
        for (String[] t : topics) {
            String rules = ruleIds(t[2]).stream().map(id -> "[" + id + "](" + id + ".md)").collect(Collectors.joining(", "));
            sb.append("| ").append(t[0]).append(" | ").append(t[1].replace("|", "\\|")).append(" | ")
                    .append(rules.isEmpty() ? "none" : rules).append(" | ").append(t[3].replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    static String metadata(RuleDescriptor d) {
        StringBuilder sb = new StringBuilder();
        sb.append("| | |\n|---|---|\n");
        sb.append("| Id | `").append(d.id()).append("` |\n");
        sb.append("| Category | ").append(d.category().title()).append(" |\n");
        sb.append("| Default severity | ").append(d.severity().id()).append(" |\n");
        sb.append("| Summary | ").append(d.summary()).append(" |\n");
        if (!d.claims().isEmpty()) {
            sb.append("\n| Engine | Versions | Effect | Evidence |\n|---|---|---|---|\n");
            for (Claim c : d.claims()) {
                sb.append("| ").append(c.engine().displayName()).append(" | ")
                        .append(c.versions().isEmpty() ? "all" : c.versions()).append(" | ").append(c.effect().id())
                        .append(" | ").append(c.reference().replace("|", "\\|")).append(" |\n");
            }
        }
        return sb.toString();
    }

    static String index(List<RuleDescriptor> descriptors) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule index\n\n");
        sb.append("Generated from the rules' `@RuleInfo` metadata by `RuleDocsTest`; do not edit by hand.\n");
        sb.append("Effects: `rejected` = the engine refuses the statement; `different` = it accepts it but the result "
                + "means something else; `costly` = it accepts it but rewrites, copies, scans or locks a whole table. "
                + "An empty cell means the engine behaves as the author expects.\n\n");
        sb.append("| Rule | Category | Severity |");
        for (Engine e : Engine.values()) {
            sb.append(' ').append(e.displayName()).append(" |");
        }
        sb.append("\n|---|---|---|");
        sb.append("---|".repeat(Engine.values().length)).append('\n');
        for (Category category : Category.values()) {
            for (RuleDescriptor d : descriptors) {
                if (d.category() != category) {
                    continue;
                }
                sb.append("| [").append(d.id()).append("](").append(d.id()).append(".md) | ")
                        .append(category.title()).append(" | ").append(d.severity().id()).append(" |");
                for (Engine e : Engine.values()) {
                    String cell = d.claims().stream().filter(c -> c.engine() == e)
                            .map(c -> c.effect().id() + (c.versions().isEmpty() ? "" : " (" + c.versions() + ")"))
                            .collect(Collectors.joining(", "));
                    sb.append(' ').append(cell).append(" |");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
