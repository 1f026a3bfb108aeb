package io.github.dialectic.rules.conformance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.finding.Finding;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.Claim;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every rule's conformance cases on real PostgreSQL, MariaDB and SQLite, and on embedded PostgreSQL 18 (the
 * server here is 15: claims that differ by version are checked on both), and compares what each engine did with what
 * the rule claims for it at that engine's version. Writes the full matrix to target/conformance.json and prints one
 * summary line.
 */
class ConformanceTest {

    static final Path CASES = Path.of("src/test/resources/conformance");
    static final Path MATRIX = Path.of("target/conformance.json");
    static final Pattern DB2_CODE = Pattern.compile("SQL\\d{4,5}[NWC]?");
    static final Set<String> WRITE_BLOCKING_LOCKS = Set.of("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock",
            "AccessExclusiveLock");

    /** Where cases run: an engine at a version, and how to connect to it. */
    record Server(String label, Target target, Source source) {
        Engine engine() {
            return target.engine();
        }
    }

    interface Source {
        Connection open() throws SQLException;
    }

    /** One engine run of one case. {@code claimed} is null when the rule stayed silent. */
    record Row(ConformanceCase c, Engine engine, Target target, Effect claimed, String observed, String detail) {
        boolean matches() {
            return claimed == null ? observed.equals("accepted") : observed.equals(claimed.id());
        }
    }

    private static Engines probed;
    private static EmbeddedPostgres18 embedded;
    private static String embeddedUnavailable;
    static final String EMBEDDED_LABEL = "postgresql 18 (embedded)";

    /** The engines, probed once for all the tests of this class. */
    private static synchronized Engines engines() {
        if (probed == null) {
            probed = Engines.probe();
        }
        return probed;
    }

    /** Embedded PostgreSQL 18, started once for the tests of this class; null with the reason when it cannot start. */
    private static synchronized EmbeddedPostgres18 embedded() {
        if (embedded == null && embeddedUnavailable == null) {
            try {
                embedded = EmbeddedPostgres18.start();
            } catch (IOException | RuntimeException e) {
                embeddedUnavailable = Engines.redact(String.valueOf(e.getMessage()));
            }
        }
        return embedded;
    }

    @AfterAll
    static synchronized void stopEmbedded() throws IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    /** The servers cases run on: the reachable engines, and embedded PostgreSQL 18 when it started. */
    private static List<Server> servers() throws SQLException {
        List<Server> servers = new ArrayList<>();
        engines().available.forEach((engine, target) ->
                servers.add(new Server(engine.id(), target, () -> Engines.open(engine))));
        EmbeddedPostgres18 pg18 = embedded();
        if (pg18 != null) {
            servers.add(new Server(EMBEDDED_LABEL, pg18.target(), pg18::open));
        }
        return servers;
    }

    /**
     * One test per engine the suite runs on, so that an engine without a server is counted as skipped, with the
     * reason, where Surefire shows it (the suite's own test passes on the engines that are there, and only printed
     * the skip).
     */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void theEngineIsThereToRunItsCases(Engine engine) {
        String why = engines().unavailable.get(engine);
        if (why != null && Engines.REQUIRED) {
            fail("DIALECTIC_REQUIRE_ENGINES=1 but " + engine.id() + " is unreachable: " + why);
        }
        assumeTrue(why == null, engine.id() + " unavailable, its conformance cases were skipped: " + why);
        assertTrue(engines().available.containsKey(engine), engine.id());
    }

    /** The second PostgreSQL: the claims that differ by version are checked on the release the server is not. */
    @Test
    void embeddedPostgresql18IsThereToRunItsCases() {
        EmbeddedPostgres18 pg18 = embedded();
        if (pg18 == null && Engines.REQUIRED) {
            fail("DIALECTIC_REQUIRE_ENGINES=1 but embedded PostgreSQL 18 cannot start: " + embeddedUnavailable);
        }
        assumeTrue(pg18 != null, "embedded PostgreSQL 18 unavailable, its conformance cases were skipped: "
                + embeddedUnavailable);
        assertEquals("postgresql:18", pg18.target().toString());
    }

    @Test
    void everyClaimHoldsOnTheRealEngines() throws Exception {
        RuleRegistry registry = RuleRegistry.load();
        Engines engines = engines();
        if (!engines.unavailable.isEmpty()) {
            engines.unavailable.forEach((e, why) -> System.out.println("conformance: " + e.id() + " unavailable, its cases are "
                    + (Engines.REQUIRED ? "required" : "skipped") + ": " + why));
            if (Engines.REQUIRED) {
                fail("DIALECTIC_REQUIRE_ENGINES=1 but unreachable: " + engines.unavailable);
            }
        }
        List<Server> servers = servers();
        if (embedded() == null) {
            System.out.println("conformance: " + EMBEDDED_LABEL + " unavailable, its cases are "
                    + (Engines.REQUIRED ? "required" : "skipped") + ": " + embeddedUnavailable);
            if (Engines.REQUIRED) {
                fail("DIALECTIC_REQUIRE_ENGINES=1 but embedded PostgreSQL 18 cannot start: " + embeddedUnavailable);
            }
        }
        List<ConformanceCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                List<ConformanceCase> read = ConformanceCase.read(f);
                if (registry.descriptor(read.get(0).rule()).isEmpty()) {
                    problems.add(f + ": no rule with id '" + read.get(0).rule() + "'");
                }
                cases.addAll(read);
            }
        }
        for (RuleDescriptor d : registry.descriptors()) {
            if (d.category() != Category.PIPELINE && !Files.exists(CASES.resolve(d.id() + ".sql"))) {
                problems.add(d.id() + ": no conformance cases (" + CASES.resolve(d.id() + ".sql") + ")");
            }
            for (Claim claim : d.claims()) {
                if (claim.engine() == Engine.DB2 && !DB2_CODE.matcher(claim.reference()).find()) {
                    problems.add(d.id() + ": its Db2 claim must cite the SQLCODE (e.g. SQL0542N): '" + claim.reference() + "'");
                }
            }
        }

        List<Row> rows = new ArrayList<>();
        int sequence = 0;
        Map<String, Integer> verified = new java.util.LinkedHashMap<>();
        servers.forEach(sv -> verified.put(sv.label(), 0));
        List<Server> ranOn = new ArrayList<>();
        for (ConformanceCase c : cases) {
            for (Server server : servers) {
                Engine engine = server.engine();
                Target target = server.target();
                if (!c.engines().contains(engine) || !c.runsOn(target)) {
                    continue;
                }
                sequence++;
                Effect claimed;
                try {
                    claimed = claim(registry, c, target);
                } catch (RuntimeException e) {
                    problems.add(c + " on " + engine.id() + ": linting failed: " + e);
                    continue;
                }
                String[] observed = observe(c, server, sequence);
                rows.add(new Row(c, engine, target, claimed, observed[0], observed[1]));
                ranOn.add(server);
            }
        }
        for (Row r : rows) {
            if (r.observed.equals("setup-failed")) {
                problems.add(r.c + " on " + r.target + ": setup failed: " + r.detail);
            } else if (!r.matches()) {
                problems.add(r.c + " on " + r.target + ": Dialectic claims " + (r.claimed == null ? "nothing" : r.claimed.id())
                        + " but the engine " + r.observed + (r.detail.isEmpty() ? "" : " (" + r.detail + ")"));
            }
        }
        List<Claim> documented = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).matches()) {
                verified.merge(ranOn.get(i).label(), 1, Integer::sum);
            }
        }
        for (RuleDescriptor d : registry.descriptors()) {
            documented.addAll(d.claims().stream().filter(cl -> cl.engine() == Engine.DB2).toList());
        }
        writeMatrix(registry, rows, ranOn, servers, engines);
        long mismatches = problems.size();
        StringBuilder counts = new StringBuilder();
        verified.forEach((label, n) -> counts.append(counts.length() == 0 ? "" : ", ").append(n).append(" on ").append(label));
        System.out.printf("conformance: claims verified: %s; %d documented (db2), %d mismatches%n", counts,
                documented.size(), mismatches);
        assertEquals(List.of(), problems, String.join("\n", problems));
        if (engines.unavailable.isEmpty()) {
            // the catalogue's promise: its claims are checked on real engines, not just written down
            int total = verified.values().stream().mapToInt(Integer::intValue).sum();
            // every case PostgreSQL 15 runs, PostgreSQL 18 runs too (a case may name the versions it is for)
            if (embedded() != null) {
                assertTrue(verified.get(EMBEDDED_LABEL) >= 100, "only " + verified.get(EMBEDDED_LABEL)
                        + " claims verified on " + EMBEDDED_LABEL);
            }
            assertTrue(total >= 100, "only " + total + " claims verified on real engines; at least 100 expected");
        }
    }

    /** What Dialectic says about the check statement for this engine at this version. */
    private static Effect claim(RuleRegistry registry, ConformanceCase c, Target target) {
        LintReport report = new Linter(registry, LintOptions.defaults().withTargets(Targets.of(target)))
                .lintFiles(List.of(SourceFile.of(c.file(), c.text())));
        SqlStatement check = c.check();
        for (Finding f : report.findings()) {
            if (f.rule().equals(c.rule()) && f.line() >= check.line() && f.line() <= check.endLine()) {
                return f.engines().get(target.engine());
            }
        }
        return null;
    }

    /** Runs the case on the server: {observed, detail}. */
    private static String[] observe(ConformanceCase c, Server server, int sequence) {
        Engine engine = server.engine();
        // unique per process: several builds may run the suite against the same servers at once
        String schema = "dlc_" + ProcessHandle.current().pid() + "_" + sequence;
        try (Connection conn = server.source().open()) {
            Engines.prepare(conn, engine, schema);
            try {
                return run(conn, c, server);
            } finally {
                Engines.cleanUp(conn, engine, schema);
            }
        } catch (SQLException e) {
            return new String[] {"setup-failed", "cannot prepare a fresh schema: " + Engines.redact(e.getMessage())};
        }
    }

    private static String[] run(Connection conn, ConformanceCase c, Server server) throws SQLException {
        Engine engine = server.engine();
        try (Statement s = conn.createStatement()) {
            for (SqlStatement st : c.setup()) {
                try {
                    s.execute(st.text());
                } catch (SQLException e) {
                    return new String[] {"setup-failed", "line " + (c.firstLine() + st.line() - 1) + ": "
                            + Engines.redact(e.getMessage())};
                }
            }
            long fileNodeBefore = engine == Engine.POSTGRESQL && c.rewrites() != null ? fileNode(s, c.rewrites()) : -1;
            String lockMode = null;
            try {
                if (engine == Engine.POSTGRESQL && c.locks() != null) {
                    lockMode = executeAndReadLock(conn, server, c.check().text(), c.locks());
                } else {
                    s.execute(c.check().text());
                }
            } catch (SQLException e) {
                if (!conn.getAutoCommit()) {
                    conn.rollback();
                    conn.setAutoCommit(true);
                }
                return new String[] {"rejected", firstLine(Engines.redact(e.getMessage()))};
            }
            if (c.observe() != null) {
                String value;
                try (ResultSet rs = s.executeQuery(c.observe())) {
                    value = rs.next() ? String.valueOf(rs.getString(1)) : "(no row)";
                } catch (SQLException e) {
                    // e.g. SQLite's "foreign key mismatch", raised only when the data is touched
                    value = "ERROR " + firstLine(Engines.redact(e.getMessage()));
                }
                if (value.equals("null")) {
                    value = "NULL";
                }
                if (!value.equals(c.expected())) {
                    return new String[] {"different", "observed " + value + ", an author expects " + c.expected()};
                }
            }
            if (fileNodeBefore >= 0) {
                long after = fileNode(s, c.rewrites());
                if (after != fileNodeBefore) {
                    return new String[] {"costly", "table " + c.rewrites() + " was rewritten (relfilenode "
                            + fileNodeBefore + " -> " + after + ")"};
                }
            }
            if (lockMode != null && WRITE_BLOCKING_LOCKS.contains(lockMode)) {
                return new String[] {"costly", "held " + lockMode + " on " + c.locks()};
            }
            return new String[] {"accepted", lockMode == null ? "" : "held " + lockMode + " on " + c.locks()};
        }
    }

    private static long fileNode(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT relfilenode FROM pg_class WHERE oid = to_regclass('" + table.replace("'", "''") + "')")) {
            if (!rs.next()) {
                throw new SQLException("no table " + table + " to watch for a rewrite");
            }
            return rs.getLong(1);
        }
    }

    /**
     * Runs the statement in an open transaction, reads from a second connection the strongest lock it holds on the
     * table, then commits.
     */
    private static String executeAndReadLock(Connection conn, Server server, String sql, String table) throws SQLException {
        int pid;
        String schema;
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), current_schema()")) {
            rs.next();
            pid = rs.getInt(1);
            schema = rs.getString(2);
        }
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        }
        String strongest = null;
        try (Connection observer = server.source().open();
             var ps = observer.prepareStatement("SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                     + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = ? AND c.relname = ? AND n.nspname = ? AND l.granted")) {
            ps.setInt(1, pid);
            ps.setString(2, table);
            ps.setString(3, schema);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> order = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock",
                        "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");
                while (rs.next()) {
                    String mode = rs.getString(1);
                    if (strongest == null || order.indexOf(mode) > order.indexOf(strongest)) {
                        strongest = mode;
                    }
                }
            }
        }
        conn.commit();
        conn.setAutoCommit(true);
        return strongest == null ? "no lock" : strongest;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }

    private static void writeMatrix(RuleRegistry registry, List<Row> rows, List<Server> ranOn, List<Server> servers,
                                    Engines engines) throws IOException {
        Files.createDirectories(MATRIX.getParent());
        try (Writer w = Files.newBufferedWriter(MATRIX, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeObjectFieldStart("engines");
            for (Server sv : servers) {
                g.writeStringField(sv.label(), sv.target().toString());
            }
            for (Map.Entry<Engine, String> e : engines.unavailable.entrySet()) {
                g.writeStringField(e.getKey().id(), "unavailable: " + e.getValue());
            }
            if (embeddedUnavailable != null) {
                g.writeStringField(EMBEDDED_LABEL, "unavailable: " + embeddedUnavailable);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("executed");
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                g.writeStartObject();
                g.writeStringField("rule", r.c.rule());
                g.writeStringField("case", r.c.name());
                g.writeStringField("engine", r.target.toString());
                g.writeStringField("server", ranOn.get(i).label());
                g.writeStringField("claimed", r.claimed == null ? "none" : r.claimed.id());
                g.writeStringField("observed", r.observed);
                g.writeStringField("detail", r.detail);
                g.writeBooleanField("match", r.matches());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("documented");
            for (RuleDescriptor d : registry.descriptors()) {
                for (Claim cl : d.claims()) {
                    if (cl.engine() == Engine.DB2 || cl.engine() == Engine.MYSQL) {
                        g.writeStartObject();
                        g.writeStringField("rule", d.id());
                        g.writeStringField("engine", cl.engine().id());
                        if (!cl.versions().isEmpty()) {
                            g.writeStringField("versions", cl.versions());
                        }
                        g.writeStringField("effect", cl.effect().id());
                        g.writeStringField("reference", cl.reference());
                        g.writeStringField("status", "documented, not executed (no " + cl.engine().displayName()
                                + " server here)");
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
