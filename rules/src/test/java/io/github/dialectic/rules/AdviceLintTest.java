package io.github.dialectic.rules;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rules.conformance.Engines;
import io.github.dialectic.rules.testing.Fixture;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our own advice must pass our own lint (issue 11): what a rule page says to write instead, and the SQL in the fixes
 * the rules give, is linted against the engines it is meant for, and no engine may reject it.
 *
 * <p>Rule pages: every fenced block in the "Use instead" section whose info string starts with {@code sql}. The words
 * after {@code sql} name the engines the block is meant for ({@code ```sql postgresql}, {@code ```sql mysql mariadb},
 * a version as in {@code --target}: {@code postgresql:12}); a block with no engine named is meant for every engine.
 *
 * <p>Fixes: the fix of every finding the fixtures produce. A statement in a fix starts with one of the DDL/DML words
 * below and ends at a {@code ;}, at a period or comma ending the sentence, or where the prose resumes in a lower-case
 * parenthesis; the longest such span Dialectic understands is taken. It is meant for the engines named in front of
 * its clause ({@code "Db2 LUW: RENAME TABLE t TO t2"}), or named after it with "for"/"on" in the same clause
 * ({@code "... RENAME TO b for PostgreSQL, SQLite"}), and otherwise for the engines the finding names.
 */
class AdviceLintTest {

    static final Path DOCS = Path.of("..", "docs", "rules");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```sql([^\\n]*)\\n(.*?)^```");
    private static final Pattern STATEMENT_START = Pattern.compile(
            "\\b(ALTER TABLE|ALTER INDEX|CREATE (?:UNIQUE )?INDEX|CREATE TABLE|DROP INDEX|DROP TABLE|RENAME TABLE"
                    + "|INSERT INTO|DELETE FROM|TRUNCATE TABLE)\\b");
    private static final Pattern LOWERCASE_PAREN = Pattern.compile(" \\((?=[a-z]{2,} )");

    @Test
    void rulePagesUseInsteadPassTheirEngines() throws IOException {
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        try (Stream<Path> pages = Files.list(DOCS)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String useInstead = section(Files.readString(page), "## Use instead");
                Matcher m = FENCE.matcher(useInstead);
                while (m.find()) {
                    blocks++;
                    Targets targets = targetsOf(m.group(1).trim(), page + ": ```sql" + m.group(1));
                    for (Finding f : lint(m.group(2), targets)) {
                        if (f.engines().containsValue(Effect.REJECTED)) {
                            problems.add("\n" + page.getFileName() + " (```sql" + m.group(1) + "): " + describe(f));
                        }
                    }
                }
            }
        }
        assertTrue(blocks > 20, "found only " + blocks + " sql blocks in the Use instead sections");
        assertEquals(List.of(), problems, "advice in the rule pages that its own engines reject");
    }

    /**
     * What the rules cannot see yet, the engines can: every "Use instead" block is run on each real engine here it is
     * meant for (PostgreSQL, MariaDB, SQLite), statement by statement in a scratch schema, and a syntax error or an
     * unknown type or collation fails (PostgreSQL SQLSTATE 42601, or 42704 naming a collation or type; MariaDB 1064,
     * 1273, 4161; SQLite "syntax error", "unrecognized token", "no such collation"). The blocks refer to tables they do
     * not create; those errors (missing tables and columns) are not the advice's fault and are ignored.
     */
    @Test
    void rulePagesUseInsteadRunOnTheRealEngines() throws Exception {
        Engines engines = Engines.probe();
        if (!engines.unavailable.isEmpty() && Engines.REQUIRED) {
            throw new AssertionError("DIALECTIC_REQUIRE_ENGINES=1 but unreachable: " + engines.unavailable);
        }
        List<String> problems = new ArrayList<>();
        int run = 0;
        try (Stream<Path> pages = Files.list(DOCS)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = FENCE.matcher(section(Files.readString(page), "## Use instead"));
                while (m.find()) {
                    for (Target t : targetsOf(m.group(1).trim(), page.toString()).asList()) {
                        if (!engines.available.containsKey(t.engine())) {
                            continue; // MySQL and Db2 have no server here; an unreachable engine was reported above
                        }
                        for (String problem : syntaxErrors(t.engine(), m.group(2), run++)) {
                            problems.add("\n" + page.getFileName() + " (```sql" + m.group(1) + ") on " + t.engine().id()
                                    + ": " + problem);
                        }
                    }
                }
            }
        }
        assertTrue(run > 20 || !engines.unavailable.isEmpty(), "ran only " + run + " blocks");
        assertEquals(List.of(), problems, "advice in the rule pages that its own engines refuse (syntax, type or collation)");
    }

    private static List<String> syntaxErrors(Engine engine, String block, int n) throws SQLException {
        String schema = "dlc_advice_" + ProcessHandle.current().pid() + "_" + n;
        List<String> errors = new ArrayList<>();
        try (Connection c = Engines.open(engine); Statement s = c.createStatement()) {
            Engines.prepare(c, engine, schema);
            try {
                for (SqlStatement st : new SqlSplitter(SqlFlavor.detect(block)).split(block)) {
                    try {
                        s.execute(st.text());
                    } catch (SQLException e) {
                        String message = String.valueOf(e.getMessage());
                        boolean syntax = switch (engine) {
                            case POSTGRESQL -> "42601".equals(e.getSQLState()) || ("42704".equals(e.getSQLState())
                                    && (message.contains("collation") || message.contains("type ")));
                            case MARIADB -> e.getErrorCode() == 1064 || e.getErrorCode() == 1273 || e.getErrorCode() == 4161;
                            default -> message.contains("syntax error") || message.contains("unrecognized token")
                                    || message.contains("no such collation");
                        };
                        if (syntax) {
                            errors.add(st.text() + " -> " + Engines.redact(message.lines().findFirst().orElse("")));
                        }
                    }
                }
            } finally {
                Engines.cleanUp(c, engine, schema);
            }
        }
        return errors;
    }

    @Test
    void fixTextsPassTheirEngines() throws IOException {
        Set<String> checked = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(RuleFixturesTest.FIXTURES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                Fixture fixture = Fixture.read(file);
                List<Finding> findings = new Linter(RuleFixturesTest.REGISTRY,
                        LintOptions.defaults().withTargets(fixture.targets())).lintFiles(List.of(fixture.source())).findings();
                for (Finding f : findings) {
                    for (Advice a : statementsIn(f.fix(), f.engines().keySet())) {
                        if (!checked.add(a.sql() + " @ " + a.targets())) {
                            continue;
                        }
                        for (Finding g : lint(a.sql() + ";", a.targets())) {
                            if (g.engines().containsValue(Effect.REJECTED)) {
                                problems.add("\n" + f.rule() + " fix \"" + a.sql() + "\" for " + a.targets() + ": " + describe(g));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked.size() > 10, "found only " + checked.size() + " statements in fixes: " + checked);
        assertEquals(List.of(), problems, "fix texts whose SQL their own engines reject");
    }

    @Test
    void statementsAreFoundInFixTextsWithTheirEngines() {
        List<Advice> found = statementsIn("PostgreSQL, SQLite: ALTER TABLE t RENAME TO t2; Db2 LUW: RENAME TABLE t TO t2.",
                Set.of(Engine.MYSQL));
        assertEquals(List.of("ALTER TABLE t RENAME TO t2 @ [postgresql:18, sqlite:3.54]", "RENAME TABLE t TO t2 @ [db2:12.1]"),
                found.stream().map(a -> a.sql() + " @ " + a.targets().asList()).toList());
        found = statementsIn("Declare the parent columns as a key: ALTER TABLE p ADD CONSTRAINT uq_p_a UNIQUE (a) (its "
                + "columns NOT NULL for Db2), or reference the primary key instead.", Set.of(Engine.DB2, Engine.MYSQL));
        assertEquals(List.of("ALTER TABLE p ADD CONSTRAINT uq_p_a UNIQUE (a) @ [mysql:9.7, db2:12.1]"),
                found.stream().map(a -> a.sql() + " @ " + a.targets().asList()).toList());
        found = statementsIn("Write ALTER TABLE h RENAME TO c for PostgreSQL, SQLite and MySQL/MariaDB; keep RENAME "
                + "TABLE only in a Db2-specific migration.", Set.of(Engine.DB2));
        assertEquals(List.of("ALTER TABLE h RENAME TO c @ [mysql:9.7, mariadb:12.3, postgresql:18, sqlite:3.54]"),
                found.stream().map(a -> a.sql() + " @ " + a.targets().asList()).toList());
    }

    /** One statement of advice and the engines it is meant for. */
    record Advice(String sql, Targets targets) {
    }

    static List<Advice> statementsIn(String fix, Set<Engine> findingEngines) {
        List<Advice> out = new ArrayList<>();
        if (fix == null) {
            return out;
        }
        for (String clause : fix.split(";\\s+")) {
            Matcher m = STATEMENT_START.matcher(clause);
            while (m.find()) {
                String sql = shortestUnderstood(clause.substring(m.start()));
                if (sql == null) {
                    continue;
                }
                Set<Engine> engines = enginesNamed(clause.substring(0, m.start()), true, findingEngines);
                if (engines.isEmpty()) {
                    engines = enginesNamed(clause.substring(m.start() + sql.length()), false, findingEngines);
                }
                if (engines.isEmpty()) {
                    engines = findingEngines;
                }
                out.add(new Advice(sql, Targets.of(engines.stream().sorted().map(Target::latest).toList())));
            }
        }
        return out;
    }

    /**
     * Engines named as "Name, Name: " right before (a prefix of the clause), or as "for/on Name, Name and Name" right
     * after; "for the other engines" after means the engines the finding does not name.
     */
    private static Set<Engine> enginesNamed(String text, boolean before, Set<Engine> findingEngines) {
        Set<Engine> engines = new LinkedHashSet<>();
        if (before) {
            int colon = text.lastIndexOf(": ");
            if (colon < 0 || !text.substring(colon + 2).isBlank()) {
                return engines;
            }
            int start = Math.max(text.lastIndexOf(". ", colon), text.lastIndexOf("; ", colon));
            for (String word : text.substring(start < 0 ? 0 : start + 2, colon).split("[,/ ]+")) {
                Engine e = engineNamed(word);
                if (e != null) {
                    engines.add(e);
                }
            }
            return engines;
        }
        Matcher m = Pattern.compile("^\\s+(?:for|on) (.*)").matcher(text);
        if (!m.find()) {
            return engines;
        }
        if (m.group(1).startsWith("the other engines")) {
            Arrays.stream(Engine.values()).filter(e -> !findingEngines.contains(e)).forEach(engines::add);
            return engines;
        }
        for (String word : m.group(1).split("(?:,\\s*|\\s+and\\s+|/|\\s+)")) {
            Engine e = engineNamed(word.replaceAll("[.;:)]+$", ""));
            if (e == null) {
                break; // the list of names ends at the first word that is none
            }
            engines.add(e);
        }
        return engines;
    }

    private static Engine engineNamed(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        for (Engine e : Engine.values()) {
            if (!w.isEmpty() && (w.equals(e.id()) || w.equals(e.displayName().toLowerCase(Locale.ROOT))
                    || w.equals(e.shortName().toLowerCase(Locale.ROOT)) || (e == Engine.DB2 && w.equals("db2")))) {
                return e;
            }
        }
        return null;
    }

    /** The shortest prefix of {@code text}, cut where prose could resume, that Dialectic understands. */
    private static String shortestUnderstood(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ',') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                ends.add(i);
            }
        }
        Matcher paren = LOWERCASE_PAREN.matcher(text);
        while (paren.find()) {
            ends.add(paren.start());
        }
        Matcher word = Pattern.compile(" (?:for|on|then|or|which|and|in|with|to|keep) (?=[A-Z][a-z]|[a-z]+ [a-z])").matcher(text);
        while (word.find()) {
            ends.add(word.start());
        }
        ends.add(text.length());
        ends.sort(null);
        for (int end : ends) {
            String sql = text.substring(0, end).strip();
            if (!sql.isEmpty() && understood(sql)) {
                return sql;
            }
        }
        return null;
    }

    private static boolean understood(String sql) {
        List<Finding> findings = lint(sql + ";", Targets.latestOfEach());
        return findings.stream().noneMatch(f -> f.rule().equals("unparsed-statement"));
    }

    private static List<Finding> lint(String sql, Targets targets) {
        return new Linter(RuleRegistry.load(), LintOptions.defaults().withTargets(targets))
                .lintFiles(List.of(SourceFile.of(Path.of("advice.sql"), sql))).findings();
    }

    private static Targets targetsOf(String words, String where) {
        if (words.isEmpty()) {
            return Targets.latestOfEach();
        }
        return Targets.parse(Arrays.asList(words.split("\\s+")));
    }

    private static String section(String page, String heading) {
        int start = page.indexOf("\n" + heading);
        if (start < 0) {
            return "";
        }
        int end = page.indexOf("\n## ", start + heading.length() + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static String describe(Finding f) {
        StringBuilder engines = new StringBuilder();
        for (Map.Entry<Engine, Effect> e : f.engines().entrySet()) {
            engines.append(' ').append(e.getKey().id()).append(':').append(e.getValue().id());
        }
        return "[" + f.rule() + "] line " + f.line() + ": " + f.message() + " (" + engines.toString().trim() + ")";
    }
}
