package io.github.dialectic.rules;

import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whole files in the shapes real projects ship (issue 11), linted with every rule. */
class RealScriptsTest {

    @TempDir
    Path dir;

    private static LintReport lint(String targets, Path file) throws Exception {
        return new Linter(RuleRegistry.load(), LintOptions.defaults().withTargets(Targets.parse(targets)))
                .lint(List.of(file));
    }

    @Test
    void aQuartzStyleMysqlScriptSplitsIntoItsFortyThreeStatements() throws Exception {
        // the shape of Quartz's tables_mysql_innodb.sql: a '#' header with apostrophes, 11 DROP TABLE IF EXISTS,
        // 11 CREATE TABLE ... ENGINE=InnoDB, 20 CREATE INDEX and a commit
        List<String> lines = new ArrayList<>(List.of(
                "#",
                "# In your scheduler's properties file, you'll need to set the delegate class",
                "#",
                "# I didn't find this anywhere, so here it is: the tables, for InnoDB rather than MyISAM.",
                ""));
        for (int t = 1; t <= 11; t++) {
            lines.add("DROP TABLE IF EXISTS QRTZ_T" + t + ";");
        }
        lines.add("");
        for (int t = 1; t <= 11; t++) {
            lines.add("CREATE TABLE QRTZ_T" + t + "(");
            lines.add("SCHED_NAME VARCHAR(120) NOT NULL,");
            lines.add("ENTRY_NAME VARCHAR(190) NOT NULL,");
            lines.add("STATE VARCHAR(16) NULL, # 'WAITING' or 'PAUSED'");
            lines.add("PRIMARY KEY (SCHED_NAME,ENTRY_NAME))");
            lines.add("ENGINE=InnoDB;");
            lines.add("");
        }
        for (int i = 1; i <= 20; i++) {
            lines.add("CREATE INDEX IDX_QRTZ_" + i + " ON QRTZ_T" + (1 + i % 11) + "(SCHED_NAME,STATE);");
        }
        lines.add("");
        lines.add("commit;");
        Path file = dir.resolve("tables_mysql_innodb.sql");
        Files.writeString(file, String.join("\n", lines) + "\n");
        LintReport report = lint("mariadb", file);
        assertEquals(43, report.summary().statements(), report.findings().toString());
        assertEquals(0, report.summary().unparsed(), report.findings().toString());
    }

    @Test
    void pgDumpMetaCommandsAreInfoNotesNotUnparsedStatements() throws Exception {
        Path file = dir.resolve("dump.sql");
        Files.writeString(file, String.join("\n",
                "\\restrict Xk3bQ9d2pZ",
                "SET statement_timeout = 0;",
                "CREATE SEQUENCE IF NOT EXISTS public.accounts_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO "
                        + "MAXVALUE CACHE 1 NO CYCLE;",
                "CREATE TABLE public.accounts (id integer NOT NULL, name varchar(40));",
                "COMMENT ON INDEX public.accounts_pkey IS 'the key';",
                "\\connect test",
                "TRUNCATE public.accounts RESTART IDENTITY;",
                "\\unrestrict Xk3bQ9d2pZ", ""));
        LintReport report = lint("postgresql", file);
        assertEquals(0, report.summary().unparsed(), report.findings().toString());
        assertEquals(List.of("psql-meta-command dump.sql:1:1 INFO", "psql-meta-command dump.sql:6:1 INFO",
                        "psql-meta-command dump.sql:8:1 INFO"),
                report.findings().stream().map(f -> f.rule() + " " + Path.of(f.file()).getFileName() + ":" + f.line()
                        + ":" + f.column() + " " + f.severity()).toList());
    }

    @Test
    void flywayPlaceholdersLintAsNames() throws Exception {
        Path file = dir.resolve("V1__init.sql");
        Files.writeString(file, "CREATE TABLE ${schema}.accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));\n"
                + "INSERT INTO ${schema}.accounts (id, name) VALUES (1, '${owner}');\n"
                + "ALTER TABLE ${schema}.accounts ADD COLUMN note VARCHAR(20) NOT NULL;\n");
        LintReport report = lint("postgresql", file);
        assertEquals(0, report.summary().unparsed(), report.findings().toString());
        List<Finding> findings = report.findings();
        assertEquals(List.of("add-not-null-column-without-default@3:43"),
                findings.stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }
}
