package io.github.dialectic.rules.acceptance;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.rules.acceptance.AcceptanceCorpus.Case;
import io.github.dialectic.rules.acceptance.AcceptanceCorpus.Header;
import io.github.dialectic.rules.acceptance.AcceptanceCorpus.Verdict;
import io.github.dialectic.rules.conformance.Engines;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every candidate statement (from bench/acceptance/extract.py) on the real PostgreSQL, MariaDB and SQLite, each
 * in isolation after its setup, and records what the engine did: {@code accepted}, {@code syntax} (a syntax error),
 * {@code unsupported} (a feature, type, function or collation the engine does not have), {@code invalid} (a
 * semantic error in the statement itself), or, excluded from every measure: {@code missing} (an object the setup
 * did not create), {@code duplicate}, {@code data} (rows break a constraint), {@code other}.
 *
 * <p>Each statement runs in a scratch schema of a scratch database (PostgreSQL), a scratch database (MariaDB) or a
 * fresh in-memory database (SQLite), on a fresh connection, with a 5-second statement timeout; every scratch
 * database has a unique name and is dropped. A statement that names an existing MariaDB database is not run there.
 *
 * <pre>java -cp ... AcceptanceHarvester CANDIDATES.jsonl OUT.jsonl [SOURCES-NOTE]</pre>
 */
public final class AcceptanceHarvester {

    private static final Pattern QUALIFIER = Pattern.compile("[`\"]?([A-Za-z_][\\w$]*)[`\"]?\\s*\\.\\s*[`\"A-Za-z_]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][\\w$]*");
    private static final Pattern QUOTED_NAME = Pattern.compile("(?:type|collation|function|access method|operator class"
            + "|FUNCTION|Unknown data type:?|Unknown collation:?|Unknown character set:?|no such function:?"
            + "|no such collation sequence:?|no such module:?)\\s*['\"`]?([A-Za-z_][\\w$.]*)");

    private final String scratchPrefix = "dlc_acc_" + ProcessHandle.current().pid() + "_";
    private final Set<String> mariadbDatabases = new HashSet<>();
    private String pgScratchUrl;
    private String pgScratchDb;
    private int sequence;
    private static final int WORKERS = Integer.getInteger("workers", 4);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AcceptanceHarvester CANDIDATES.jsonl OUT.jsonl [SOURCES-NOTE-FILE]");
            System.exit(2);
        }
        new AcceptanceHarvester().run(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
    }

    private void run(Path candidates, Path out, Path sourcesNote) throws Exception {
        Engines engines = Engines.probe();
        if (!engines.unavailable.isEmpty()) {
            throw new IllegalStateException("every engine is needed to harvest: " + engines.unavailable);
        }
        Map<String, String> versions = new TreeMap<>();
        versions.put("postgresql", version(Engine.POSTGRESQL, "SHOW server_version"));
        versions.put("mariadb", version(Engine.MARIADB, "SELECT VERSION()"));
        versions.put("sqlite", version(Engine.SQLITE, "SELECT sqlite_version()"));
        try (Connection c = Engines.open(Engine.MARIADB); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                mariadbDatabases.add(rs.getString(1).toLowerCase());
            }
        }
        pgScratchDb = scratchPrefix + "pg";
        try (Connection c = Engines.open(Engine.POSTGRESQL); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + pgScratchDb);
        }
        pgScratchUrl = Engines.PG_URL.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + pgScratchDb);
        List<Case> cases = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(candidates, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            long started = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            Case[] done = new Case[lines.size()];
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < WORKERS; t++) {
                Thread thread = new Thread(() -> {
                    try (Worker w = new Worker()) {
                        for (int i; (i = next.getAndIncrement()) < lines.size(); ) {
                            Map<String, Object> m = AcceptanceCorpus.readCandidate(lines.get(i));
                            @SuppressWarnings("unchecked")
                            List<String> setup = (List<String>) m.get("setup");
                            String sql = (String) m.get("sql");
                            Map<String, Verdict> verdicts = new LinkedHashMap<>();
                            verdicts.put("postgresql", w.postgresql(setup, sql));
                            verdicts.put("mariadb", w.mariadb(setup, sql));
                            verdicts.put("sqlite", sqlite(setup, sql));
                            done[i] = new Case((String) m.get("id"), (String) m.get("source"), (String) m.get("origin"),
                                    AcceptanceCorpus.part(sql), setup, sql, verdicts);
                            if (i % 250 == 0) {
                                System.err.printf("%d/%d statements, %.0f s%n", i, lines.size(), (System.nanoTime() - started) / 1e9);
                            }
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
            cases.addAll(List.of(done));
        } finally {
            try (Connection c = Engines.open(Engine.POSTGRESQL); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + pgScratchDb + " WITH (FORCE)");
            }
        }
        // a statement no engine gave a countable verdict on measures nothing
        cases.removeIf(c -> c.verdicts().values().stream().noneMatch(Verdict::counted));
        cases.sort(Comparator.comparing(Case::id));
        Map<String, String> sources = new TreeMap<>();
        if (sourcesNote != null) {
            for (String l : Files.readAllLines(sourcesNote, StandardCharsets.UTF_8)) {
                int eq = l.indexOf('=');
                if (eq > 0) {
                    sources.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
                }
            }
        }
        Header header = new Header("dialectic acceptance corpus", versions,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), sources);
        try (OutputStream o = Files.newOutputStream(out)) {
            AcceptanceCorpus.write(o, header, cases);
        }
        System.err.println(cases.size() + " statements with a countable verdict -> " + out);
    }

    private static String version(Engine engine, String query) throws SQLException {
        try (Connection c = Engines.open(engine); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ------------------------------------------------------------------ engines

    /** One worker's connections, kept open across statements (a connection costs more than a statement here). */
    private final class Worker implements AutoCloseable {
        private Connection pg;
        private Connection mariadb;

        Verdict postgresql(List<String> setup, String sql) {
            try {
                if (pg == null || pg.isClosed()) {
                    pg = DriverManager.getConnection(pgScratchUrl);
                    try (Statement s = pg.createStatement()) {
                        s.execute("SET client_min_messages = error");
                        s.execute("SET statement_timeout = '5s'");
                        s.execute("SET lock_timeout = '2s'");
                    }
                    pg.setAutoCommit(false);
                }
                // in a transaction rolled back afterwards: nothing to clean up, nothing committed
                try (Statement s = pg.createStatement()) {
                    for (String st : setup) {
                        s.execute("SAVEPOINT setup");
                        try {
                            s.execute(st);
                        } catch (SQLException ignored) {
                            // a setup statement this engine refuses: the statement then meets a missing object
                            s.execute("ROLLBACK TO SAVEPOINT setup");
                        }
                    }
                    s.execute(sql);
                    return new Verdict("accepted", "", "");
                } catch (SQLException e) {
                    if ("25001".equals(e.getSQLState())) {
                        pg.rollback();
                        return postgresqlOutsideTransaction(setup, sql);
                    }
                    return classifyPostgresql(e, setup, sql);
                } finally {
                    pg.rollback();
                }
            } catch (SQLException e) {
                close(pg);
                pg = null;
                return new Verdict("other", String.valueOf(e.getSQLState()), "harness: " + firstLine(e.getMessage()));
            }
        }

        /** For what cannot run in a transaction (CREATE INDEX CONCURRENTLY): a scratch schema, dropped afterwards. */
        private Verdict postgresqlOutsideTransaction(List<String> setup, String sql) throws SQLException {
            String schema = "c" + nextSequence();
            pg.setAutoCommit(true);
            try (Statement s = pg.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
                try {
                    for (String st : setup) {
                        try {
                            s.execute(st);
                        } catch (SQLException ignored) {
                            // as above
                        }
                    }
                    s.execute(sql);
                    return new Verdict("accepted", "", "");
                } catch (SQLException e) {
                    return classifyPostgresql(e, setup, sql);
                } finally {
                    s.execute("SET search_path TO public");
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            } finally {
                pg.setAutoCommit(false);
            }
        }

        Verdict mariadb(List<String> setup, String sql) {
            for (String st : concat(setup, sql)) {
                Matcher m = QUALIFIER.matcher(st);
                while (m.find()) {
                    if (mariadbDatabases.contains(m.group(1).toLowerCase())) {
                        return new Verdict("other", "", "not run: names the existing database " + m.group(1));
                    }
                }
            }
            String db = scratchPrefix + nextSequence();
            try {
                if (mariadb == null || mariadb.isClosed()) {
                    mariadb = Engines.open(Engine.MARIADB);
                    try (Statement s = mariadb.createStatement()) {
                        s.execute("SET SESSION max_statement_time = 5");
                        s.execute("SET SESSION lock_wait_timeout = 5");
                    }
                }
                try (Statement s = mariadb.createStatement()) {
                    s.execute("CREATE DATABASE " + db);
                    try {
                        s.execute("USE " + db);
                        for (String st : setup) {
                            try {
                                s.execute(st);
                            } catch (SQLException ignored) {
                                // as on PostgreSQL
                            }
                        }
                        s.execute(sql);
                        return new Verdict("accepted", "", "");
                    } catch (SQLException e) {
                        return classifyMariadb(e, setup, sql);
                    } finally {
                        s.execute("DROP DATABASE IF EXISTS " + db);
                        if (concat(setup, sql).stream().anyMatch(st -> st.toUpperCase().contains("TEMPORARY"))) {
                            close(mariadb); // temporary tables outlive a dropped database, not the session
                            mariadb = null;
                        }
                    }
                }
            } catch (SQLException e) {
                close(mariadb);
                mariadb = null;
                return new Verdict("other", String.valueOf(e.getErrorCode()), "harness: " + firstLine(e.getMessage()));
            }
        }

        @Override
        public void close() {
            close(pg);
            close(mariadb);
        }

        private static void close(Connection c) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }

    private synchronized int nextSequence() {
        return ++sequence;
    }

    private static Verdict sqlite(List<String> setup, String sql) {
        try (Connection c = Engines.open(Engine.SQLITE); Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            for (String st : setup) {
                try {
                    s.execute(st);
                } catch (SQLException ignored) {
                    // as on PostgreSQL
                }
            }
            try {
                s.execute(sql);
                return new Verdict("accepted", "", "");
            } catch (SQLException e) {
                return classifySqlite(e, setup, sql);
            }
        } catch (SQLException e) {
            return new Verdict("other", String.valueOf(e.getErrorCode()), "harness: " + firstLine(e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ classification

    static Verdict classifyPostgresql(SQLException e, List<String> setup, String sql) {
        String state = String.valueOf(e.getSQLState());
        String msg = firstLine(e.getMessage()).replaceFirst("^ERROR: ", "");
        String verdict;
        if (state.equals("42601")) {
            verdict = "syntax";
        } else if (state.equals("0A000")) {
            verdict = "unsupported";
        } else if (state.equals("42704") || state.equals("42883")) {
            // a type, collation or function that is not ours to create: the engine lacks it
            boolean builtinKind = msg.startsWith("type ") || msg.startsWith("collation ") || msg.startsWith("function ")
                    || msg.startsWith("access method ") || msg.startsWith("operator class ");
            verdict = builtinKind && !definedBy(msg, setup, sql) ? "unsupported" : "missing";
        } else if (state.equals("42P01") || state.equals("42703") || state.equals("3F000") || state.equals("42P02")) {
            verdict = "missing";
        } else if (state.startsWith("42P0") && (state.equals("42P04") || state.equals("42P06") || state.equals("42P07"))
                || state.equals("42701") || state.equals("42710") || state.equals("42723") || state.equals("42712")) {
            verdict = "duplicate";
        } else if (state.startsWith("22") || state.startsWith("23")) {
            verdict = "data";
        } else if (state.startsWith("42") || state.startsWith("54") || state.startsWith("2B") || state.startsWith("44")) {
            verdict = "invalid";
        } else {
            verdict = "other";
        }
        return new Verdict(verdict, state, trim(msg));
    }

    static Verdict classifyMariadb(SQLException e, List<String> setup, String sql) {
        int code = e.getErrorCode();
        String msg = firstLine(e.getMessage()).replaceFirst("^\\(conn=\\d+\\) ", "");
        String verdict = switch (code) {
            case 1064, 1149 -> "syntax";
            case 1235, 1178, 1163, 1164, 1031, 1214, 1252, 1286, 1845, 1846, 1273, 1115, 4161, 1221, 1210 -> "unsupported";
            case 1305, 1630 -> definedBy(msg, setup, sql) ? "missing" : "unsupported";
            case 1146, 1054, 1091, 1049, 1051, 1176, 1360, 1109, 1356, 1347, 4031 -> "missing";
            case 1050, 1060, 1061, 1826, 1304, 1359, 1022, 1007 -> "duplicate";
            case 1062, 1048, 1264, 1265, 1366, 1292, 1451, 1452, 4025, 1406, 1365, 1690, 1216, 1217, 1582, 1136, 1138,
                 1261, 1262, 1263, 3819 -> "data";
            case 1969, 3024, 1205, 1317, 1142, 1143, 1044, 1045, 1227 -> "other";
            default -> "invalid";
        };
        return new Verdict(verdict, String.valueOf(code), trim(msg));
    }

    static Verdict classifySqlite(SQLException e, List<String> setup, String sql) {
        String raw = firstLine(e.getMessage());
        // sqlite-jdbc: "[SQLITE_ERROR] SQL error or missing database (near "x": syntax error)"
        String msg = raw.replaceFirst("^\\[SQLITE_\\w+]\\s+[^(]*\\(", "").replaceFirst("\\)$", "");
        String code = raw.startsWith("[") ? raw.substring(1, raw.indexOf(']')) : String.valueOf(e.getErrorCode());
        String verdict;
        if (msg.contains("syntax error") || msg.contains("incomplete input") || msg.contains("unrecognized token")) {
            verdict = "syntax";
        } else if (msg.startsWith("no such function") || msg.startsWith("no such collation") || msg.startsWith("no such module")
                || msg.startsWith("unknown function")) {
            verdict = definedBy(msg, setup, sql) ? "missing" : "unsupported";
        } else if (msg.contains("not supported") || msg.contains("not implemented") || msg.startsWith("unsupported")) {
            verdict = "unsupported";
        } else if (msg.startsWith("no such") || msg.startsWith("unknown database") || msg.contains("has no column named")) {
            verdict = "missing";
        } else if (msg.contains("already exists") || msg.startsWith("duplicate column name")) {
            verdict = "duplicate";
        } else if (code.startsWith("SQLITE_CONSTRAINT") || code.startsWith("SQLITE_MISMATCH") || code.startsWith("SQLITE_TOOBIG")) {
            verdict = "data";
        } else if (code.startsWith("SQLITE_INTERRUPT") || code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
                || code.startsWith("SQLITE_NOMEM") || code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_READONLY")) {
            verdict = "other";
        } else {
            verdict = "invalid";
        }
        return new Verdict(verdict, code, trim(msg));
    }

    /** Whether the name an error names was created by the case's own statements (then it is a missing object). */
    private static boolean definedBy(String message, List<String> setup, String sql) {
        Matcher m = QUOTED_NAME.matcher(message);
        if (!m.find()) {
            return false;
        }
        String name = m.group(1);
        name = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        for (String st : concat(setup, sql)) {
            String lower = st.toLowerCase();
            if (lower.matches("(?s)^create\\s+(or\\s+replace\\s+)?(type|domain|collation|function|aggregate|operator)\\b.*")) {
                Matcher w = WORD.matcher(lower);
                int seen = 0;
                while (w.find() && seen++ < 8) {
                    if (w.group().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mentionsPublic(List<String> setup, String sql) {
        return concat(setup, sql).stream().anyMatch(s -> s.toLowerCase().contains("public"));
    }

    private static List<String> concat(List<String> setup, String sql) {
        List<String> all = new ArrayList<>(setup);
        all.add(sql);
        return all;
    }

    private static String firstLine(String s) {
        return s == null ? "" : Engines.redact(s).lines().findFirst().orElse("");
    }

    private static String trim(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
