package io.github.dialectic.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class PlaceholderScriptTest {

    private static final Path FILE = Path.of("db/V1__orders.sql");

    @Test
    void replacedBeforeSplittingAndLocatedWhereWritten() {
        String text = "-- ${flyway:filename}\nCREATE TABLE ${schema}.orders (id INT);\nCREATE INDEX ix ON ${schema}.orders (${col}; x);\n";
        FlywayConfig config = FlywayConfig.defaults().withPlaceholders(Map.of("schema", "shop", "col", "id)"));
        Script script = PlaceholderScript.of(SourceFile.of(FILE, text), config);
        assertInstanceOf(PlaceholderScript.class, script);
        assertEquals("-- V1__orders.sql\nCREATE TABLE shop.orders (id INT);\nCREATE INDEX ix ON shop.orders (id); x);\n",
                script.file().text());
        List<SqlStatement> statements = script.statements();
        // the value closes the parenthesis, and its ';' ends the statement: split after replacing, as Flyway does
        assertEquals(List.of("CREATE TABLE shop.orders (id INT)", "CREATE INDEX ix ON shop.orders (id)", "x)"),
                statements.stream().map(SqlStatement::text).toList());
        SqlStatement second = statements.get(1);
        assertEquals(3, second.line());
        assertEquals(1, second.column());
        assertEquals(3, second.endLine());
        assertEquals(43, second.endColumn(), "the last character of ${col}, as written");

        int orders = script.file().text().indexOf("orders (id INT)");
        Location.FileRange at = (Location.FileRange) script.locate(orders, orders + "orders".length());
        assertEquals(new Location.FileRange(FILE.toString(), 2, 24, 2, 29), at, "after ${schema}. as written");
        int shop = script.file().text().indexOf("shop.orders (id)");
        assertEquals(new Location.FileRange(FILE.toString(), 3, 20, 3, 28), script.locate(shop, shop + 4),
                "inside a replacement: the whole placeholder");
    }

    @Test
    void aPlaceholderWithoutAValueReadsAsAnIdentifier() {
        Script script = PlaceholderScript.of(SourceFile.of(FILE, "CREATE TABLE ${tenant-schema}.t (a INT);\n"
                + "GRANT SELECT ON t TO ${flyway:user};\nSELECT '${flyway:table}', '${1st}';"), FlywayConfig.defaults());
        assertEquals("CREATE TABLE tenant_schema.t (a INT);\nGRANT SELECT ON t TO flyway_user;\n"
                + "SELECT 'flyway_schema_history', 'p1st';", script.file().text());
    }

    @Test
    void nothingToReplaceIsAPlainSqlScriptAndReplacementCanBeOff() {
        assertInstanceOf(SqlScript.class, PlaceholderScript.of(SourceFile.of(FILE, "SELECT 1;"), FlywayConfig.defaults()));
        FlywayConfig off = FlywayConfig.defaults().with(Map.of("placeholderReplacement", "false"));
        Script kept = PlaceholderScript.of(SourceFile.of(FILE, "SELECT '${x}';"), off);
        assertInstanceOf(SqlScript.class, kept);
        assertEquals("SELECT '${x}';", kept.file().text());
        FlywayConfig custom = FlywayConfig.defaults().with(Map.of("placeholderPrefix", "#[", "placeholderSuffix", "]",
                "placeholders.x", "y"));
        assertEquals("SELECT 'y', '${x}';", PlaceholderScript.of(SourceFile.of(FILE, "SELECT '#[x]', '${x}';"), custom)
                .file().text());
    }
}
