package io.github.dialectic.rules;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.lint.MigrationSetsLinter;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.FlywayConfig;
import io.github.dialectic.source.MigrationLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-engine migration sets with the real rules: each vendor folder judged by its engine alone, and drift. */
class MigrationSetsTest {

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private MigrationSetsLinter.Result lint(String targets, FlywayConfig config) throws Exception {
        MigrationLayout layout = MigrationLayout.resolve(config.locations(), Map.of(), dir, List.of(), false);
        return new MigrationSetsLinter(RuleRegistry.load(), LintOptions.defaults().withTargets(Targets.parse(targets)),
                null).lint(layout, config);
    }

    private static final String PG_ORDERS = """
            CREATE TABLE orders (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id INT NOT NULL REFERENCES customers (id),
                placed_at TIMESTAMPTZ NOT NULL DEFAULT now()
            );
            """;
    private static final String MYSQL_ORDERS = """
            CREATE TABLE orders (
                id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                customer_id INT NOT NULL,
                placed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
            ) ENGINE=InnoDB;
            """;

    private void shop() throws IOException {
        write("common/V1__customers.sql", """
                -- dialectic:ignore nullable-unique-key checked on Db2
                CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, email VARCHAR(200), UNIQUE (email));
                """);
        write("postgresql/V2__orders.sql", PG_ORDERS);
        write("mysql/V2__orders.sql", MYSQL_ORDERS);
    }

    @Test
    void eachVendorFolderIsJudgedByItsOwnEngineOnly() throws Exception {
        shop();
        FlywayConfig config = FlywayConfig.defaults().withLocations(List.of("common", "{vendor}"));
        MigrationSetsLinter.Result result = lint("postgresql,mysql,db2", config);
        LintReport report = result.report();
        // the same files as one set: the PostgreSQL file is rejected by MySQL and Db2, the MySQL one by the others
        LintReport flat = new Linter(RuleRegistry.load(), LintOptions.defaults()
                .withTargets(Targets.parse("postgresql,mysql,db2"))).lint(List.of(dir.resolve("common"),
                dir.resolve("postgresql")));
        assertTrue(flat.findings().stream().anyMatch(f -> f.engines().containsKey(Engine.MYSQL)
                && f.file().contains("postgresql")), flat.findings().toString());

        for (Finding f : report.findings()) {
            if (f.file().contains("postgresql/")) {
                assertEquals(List.of(Engine.POSTGRESQL), List.copyOf(f.engines().keySet()), f.toString());
            } else if (f.file().contains("mysql/")) {
                assertTrue(f.engines().keySet().stream().allMatch(e -> e == Engine.MYSQL), f.toString());
            }
        }
        assertTrue(report.findings().stream().noneMatch(f -> f.engines().containsValue(Effect.REJECTED)
                && !f.file().contains("common")), report.findings().toString());
        // the suppression in the common file is used by the Db2 run; the others' "unused" does not count
        assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals("unused-suppression")),
                report.findings().toString());
        assertEquals(3, report.summary().files());
        assertEquals(List.of("mysql", "postgresql", "db2"), result.sets().stream().map(s -> s.name()).toList());
        assertEquals(List.of("mysql (mysql:9.7): 2 files, 1 common + 1 own",
                "postgresql (postgresql:18): 2 files, 1 common + 1 own", "db2 (db2:12.1): 1 file, 1 common + 0 own"),
                result.describeSets());
    }

    @Test
    void aTableOrColumnOnlyOneVendorCreatesIsDrift() throws Exception {
        shop();
        write("postgresql/V3__loyalty.sql", "ALTER TABLE customers ADD COLUMN loyalty_points INT;\n"
                + "CREATE TABLE coupons (code VARCHAR(20) NOT NULL PRIMARY KEY);\n");
        FlywayConfig config = FlywayConfig.defaults().withLocations(List.of("common", "{vendor}"));
        LintReport report = lint("postgresql,mysql,sqlite", config).report();
        List<Finding> drift = report.findings().stream().filter(f -> f.rule().equals("vendor-set-drift")).toList();
        assertEquals(2, drift.size(), report.findings().toString());
        Finding column = drift.get(0);
        assertTrue(column.file().endsWith("postgresql/V3__loyalty.sql"), column.file());
        assertEquals(1, column.line());
        assertEquals("column customers.loyalty_points exists after the postgresql migrations but not after the mysql ones",
                column.message());
        assertEquals(Map.of(Engine.MYSQL, Effect.DIFFERENT), column.engines(), "sqlite has no folder: no claim");
        assertEquals(2, drift.get(1).line());
        assertEquals("table coupons exists after the postgresql migrations but not after the mysql ones",
                drift.get(1).message());
    }

    @Test
    void placeholdersAreReplacedInEverySet() throws Exception {
        write("common/V1__t.sql", "CREATE TABLE ${table_name} (id INT NOT NULL PRIMARY KEY, s VARCHAR(9) DEFAULT '${status}');\n");
        write("sqlite/V2__x.sql", "ALTER TABLE ${table_name} ADD COLUMN x INT;\n");
        FlywayConfig config = FlywayConfig.defaults().withLocations(List.of("common", "{vendor}"))
                .withPlaceholders(Map.of("status", "new"));
        LintReport report = lint("sqlite,postgresql", config).report();
        assertEquals(0, report.summary().unparsed(), report.findings().toString());
        assertEquals(3, report.summary().statements(), "the common file once per set, the SQLite one once");
    }
}
