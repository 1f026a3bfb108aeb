package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * bench/live-crawl: crawl time of a generated schema (TABLES tables, each with a primary key, a foreign key to the
 * previous table, a UNIQUE constraint, a unique index and a CHECK) on each engine, Dialectic's reader against
 * SchemaCrawler's {@code standard} level in the same run, alternating, median of RUNS.
 *
 * <pre>java ... CrawlBench [TABLES] [RUNS] [ENGINE,...]</pre>
 */
public final class CrawlBench {

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Engine> engines = args.length > 2
                ? Arrays.stream(args[2].split(",")).map(e -> Engine.byId(e).orElseThrow()).toList()
                : List.of(Engine.POSTGRESQL, Engine.MARIADB, Engine.SQLITE);
        System.out.printf("%-11s %7s %10s %10s %12s%n", "engine", "tables", "dialectic", "standard", "standard has");
        for (Engine engine : engines) {
            try (ScratchDatabase db = ScratchDatabase.create(engine)) {
                db.run(schema(engine, tables));
                List<Double> ours = new ArrayList<>();
                List<Double> standard = new ArrayList<>();
                String standardHas = "";
                for (int run = 0; run < runs + 1; run++) { // the first round warms up the JVM and the server's caches
                    try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT)) {
                        long t0 = System.nanoTime();
                        LiveCatalog catalog = CatalogReader.read(c, engine, List.of());
                        long t1 = System.nanoTime();
                        var crawled = CatalogReader.crawl(c, engine, List.of(CatalogReader.currentSchema(c, engine)),
                                SchemaInfoLevelBuilder.standard(), false);
                        long t2 = System.nanoTime();
                        if (catalog.tables().size() != tables || crawled.getTables().size() != tables) {
                            throw new IllegalStateException("read " + catalog.tables().size() + " and "
                                    + crawled.getTables().size() + " tables of " + tables);
                        }
                        long uniques = crawled.getTables().stream().flatMap(t -> t.getTableConstraints().stream())
                                .filter(k -> k.getType() == schemacrawler.schema.TableConstraintType.unique).count();
                        long checks = crawled.getTables().stream().flatMap(t -> t.getTableConstraints().stream())
                                .filter(k -> k.getType() == schemacrawler.schema.TableConstraintType.check).count();
                        standardHas = uniques + "u/" + checks + "c";
                        if (run > 0) {
                            ours.add((t1 - t0) / 1e9);
                            standard.add((t2 - t1) / 1e9);
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%-11s %7d %9.2fs %9.2fs %12s%n", engine.id(), tables, median(ours),
                        median(standard), standardHas);
                System.out.flush(); // a run takes minutes per engine: show each line when it is known
            }
        }
    }

    private static String[] schema(Engine engine, int tables) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String fk = i == 0 ? "" : ", CONSTRAINT fk_t" + i + " FOREIGN KEY (parent_id) REFERENCES t" + (i - 1) / 10 + " (id)"; // a tree, as real schemas are: a 500-deep chain makes SchemaCrawler's table sort quadratic
            s.add("CREATE TABLE t" + i + " (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, code VARCHAR(10),"
                    + " name VARCHAR(40) DEFAULT 'x', qty INTEGER NOT NULL, CONSTRAINT uq_t" + i + "_code UNIQUE (code),"
                    + " CONSTRAINT ck_t" + i + "_qty CHECK (qty >= 0)" + fk + ")");
            s.add("CREATE UNIQUE INDEX ux_t" + i + "_name ON t" + i + " (name, qty)");
        }
        return s.toArray(String[]::new);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
