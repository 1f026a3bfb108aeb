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
 * <p>A function, type, collation, operator class or module an error names is {@code missing} when the case's own
 * statements create it, or when its suite creates it anywhere (its test files or test harness: DEFINED.json, written
 * by extract.py) and it is no builtin of any of the engines (their catalogs: PostgreSQL's {@code pg_catalog},
 * SQLite's function, collation and module lists, MariaDB's help topics); otherwise the engine lacks it and the
 * statement is {@code unsupported} there (MySQL's IFNULL on PostgreSQL is a rejection, the suite's trigger function
 * is not).
 *
 * <pre>java -cp ... AcceptanceHarvester CANDIDATES.jsonl OUT.jsonl DEFINED.json [SOURCES-NOTE]
 * java -cp ... AcceptanceHarvester --relabel CORPUS.jsonl DEFINED.json</pre>
 * The second form applies the labelling again to the verdicts a corpus recorded (engine, code and message), without
 * running the statements: only the errors that name a function, type, collation, operator class or module can change.
 */
public final class AcceptanceHarvester {

    private static final Pattern QUALIFIER = Pattern.compile("[`\"]?([A-Za-z_][\\w$]*)[`\"]?\\s*\\.\\s*[`\"A-Za-z_]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][\\w$]*");
    private static final Pattern QUOTED_NAME = Pattern.compile("(?:type|collation|function|access method|operator class"
            + "|FUNCTION|Unknown data type:?|Unknown collation:?|Unknown character set:?|no such function:?"
            + "|no such collation sequence:?|no such module:?|unknown function:?)\\s*['\"`]?([A-Za-z_][\\w$.]*)");

    private final String scratchPrefix = "dlc_acc_" + ProcessHandle.current().pid() + "_";
    private final Set<String> mariadbDatabases = new HashSet<>();
    private String pgScratchUrl;
    private String pgScratchDb;
    private int sequence;
    private static final int WORKERS = Integer.getInteger("workers", 4);

    /** What the labelling needs to tell a user object from a builtin: see the class comment. */
    record UserObjects(Map<String, Set<String>> definedBySuite, Set<String> builtins) {
        static final UserObjects NONE = new UserObjects(Map.of(), Set.of());

        /** {@code kind}: function, type, collation, operator class, access method or module. */
        boolean defined(String source, String kind, String name) {
            return definedBySuite.getOrDefault(source, Set.of()).contains(kind + " " + name) && !builtins.contains(name);
        }
    }

    private UserObjects userObjects = UserObjects.NONE;

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--relabel")) {
            relabel(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: AcceptanceHarvester CANDIDATES.jsonl OUT.jsonl DEFINED.json [SOURCES-NOTE-FILE]\n"
                    + "       AcceptanceHarvester --relabel CORPUS.jsonl DEFINED.json");
            System.exit(2);
        }
        new AcceptanceHarvester().run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                args.length > 3 ? Path.of(args[3]) : null);
    }

    /** Labels a recorded corpus's verdicts again (see the class comment) and rewrites it in place. */
    private static void relabel(Path corpusFile, Path defined) throws Exception {
        requireEngines();
        UserObjects objects = new UserObjects(readDefined(defined), builtins());
        AcceptanceCorpus.Contents corpus;
        try (var in = Files.newInputStream(corpusFile)) {
            corpus = AcceptanceCorpus.read(in, corpusFile.toString());
        }
        List<Case> cases = new ArrayList<>();
        Map<String, Integer> changes = new TreeMap<>();
        for (Case c : corpus.cases()) {
            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            c.verdicts().forEach((engine, v) -> {
                Verdict again = switch (engine) {
                    case "postgresql" -> v.code().isEmpty() || v.verdict().equals("other") ? v
                            : classifyPostgresql(v.code(), v.message(), c.setup(), c.sql(), objects, c.source());
                    case "mariadb" -> v.code().matches("\\d+") && !v.verdict().equals("other")
                            ? classifyMariadb(Integer.parseInt(v.code()), v.message(), c.setup(), c.sql(), objects, c.source()) : v;
                    default -> v.code().startsWith("SQLITE_")
                            ? classifySqlite(v.code(), v.message(), c.setup(), c.sql(), objects, c.source()) : v;
                };
                if (!again.verdict().equals(v.verdict())) {
                    changes.merge(engine + " " + v.verdict() + " -> " + again.verdict(), 1, Integer::sum);
                    System.err.println(c.id() + " " + c.origin() + " " + engine + " " + v.verdict() + " -> " + again.verdict()
                            + ": " + v.message());
                }
                verdicts.put(engine, again);
            });
            cases.add(new Case(c.id(), c.source(), c.origin(), c.part(), c.setup(), c.sql(), verdicts));
        }
        cases.removeIf(c -> c.verdicts().values().stream().noneMatch(Verdict::counted));
        try (OutputStream o = Files.newOutputStream(corpusFile)) {
            AcceptanceCorpus.write(o, corpus.header(), cases);
        }
        System.err.println(changes + "; " + cases.size() + " of " + corpus.cases().size() + " statements kept -> " + corpusFile);
    }

    private static void requireEngines() {
        Engines engines = Engines.probe();
        if (!engines.unavailable.isEmpty()) {
            throw new IllegalStateException("every engine is needed to harvest: " + engines.unavailable);
        }
    }

    /** DEFINED.json: suite -> the names it creates (extract.py --defined-out). */
    private static Map<String, Set<String>> readDefined(Path file) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        AcceptanceCorpus.readDefined(Files.readString(file, StandardCharsets.UTF_8))
                .forEach((source, names) -> out.put(source, Set.copyOf(names)));
        return out;
    }

    /** The names of the engines' own functions, types, collations, operator classes and modules, lower case. */
    private static Set<String> builtins() throws SQLException {
        Set<String> names = new HashSet<>();
        collect(names, Engine.POSTGRESQL, "SELECT proname FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace "
                + "UNION SELECT typname FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace "
                + "UNION SELECT collname FROM pg_collation UNION SELECT opcname FROM pg_opclass UNION SELECT amname FROM pg_am");
        collect(names, Engine.SQLITE, "SELECT name FROM pragma_function_list UNION SELECT name FROM pragma_collation_list "
                + "UNION SELECT name FROM pragma_module_list");
        // MariaDB lists no native functions; its help topics name them (one word, or a word and a qualifier)
        collect(names, Engine.MARIADB, "SELECT SUBSTRING_INDEX(name, ' ', 1) FROM mysql.help_topic "
                + "UNION SELECT collation_name FROM information_schema.collations");
        return names;
    }

    private static void collect(Set<String> names, Engine engine, String query) throws SQLException {
        try (Connection c = Engines.open(engine); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase());
            }
        }
    }

    private void run(Path candidates, Path out, Path defined, Path sourcesNote) throws Exception {
        requireEngines();
        userObjects = new UserObjects(readDefined(defined), builtins());
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
                            String source = (String) m.get("source");
                            verdicts.put("postgresql", w.postgresql(setup, sql, source));
                            verdicts.put("mariadb", w.mariadb(setup, sql, source));
                            verdicts.put("sqlite", sqlite(setup, sql, source));
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

        Verdict postgresql(List<String> setup, String sql, String source) {
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
                        return postgresqlOutsideTransaction(setup, sql, source);
                    }
                    return classifyPostgresql(e.getSQLState(), firstLine(e.getMessage()), setup, sql, userObjects, source);
                } finally {
                    pg.rollback();
                }
            } catch (SQLException e) {
                close(pg);
                pg = null;
                return new Verdict("other", String.valueOf(e.getSQLState()), "harness: " + firstLine(e.getMessage()));
            }
        }

        /**
         * Runs the setup, going on past a statement the engine refuses (the statement then meets a missing object),
         * then the statement: accepted, or its failure thrown.
         */
        private Verdict setupThen(Statement s, List<String> setup, String sql) throws SQLException {
            for (String st : setup) {
                try {
                    s.execute(st);
                } catch (SQLException ignored) {
                    // as in a transaction, where a savepoint undoes it
                }
            }
            s.execute(sql);
            return new Verdict("accepted", "", "");
        }

        /** For what cannot run in a transaction (CREATE INDEX CONCURRENTLY): a scratch schema, dropped afterwards. */
        private Verdict postgresqlOutsideTransaction(List<String> setup, String sql, String source) throws SQLException {
            String schema = "c" + nextSequence();
            pg.setAutoCommit(true);
            try (Statement s = pg.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path TO " + schema);
                try {
                    return setupThen(s, setup, sql);
                } catch (SQLException e) {
                    return classifyPostgresql(e.getSQLState(), firstLine(e.getMessage()), setup, sql, userObjects, source);
                } finally {
                    s.execute("SET search_path TO public");
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            } finally {
                pg.setAutoCommit(false);
            }
        }

        Verdict mariadb(List<String> setup, String sql, String source) {
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
                        return setupThen(s, setup, sql);
                    } catch (SQLException e) {
                        return classifyMariadb(e.getErrorCode(), firstLine(e.getMessage()), setup, sql, userObjects, source);
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

    private Verdict sqlite(List<String> setup, String sql, String source) {
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
                String raw = firstLine(e.getMessage());
                String code = raw.startsWith("[") ? raw.substring(1, raw.indexOf(']')) : String.valueOf(e.getErrorCode());
                // sqlite-jdbc: "[SQLITE_ERROR] SQL error or missing database (near "x": syntax error)"
                String msg = raw.replaceFirst("^\\[SQLITE_\\w+]\\s+[^(]*\\(", "").replaceFirst("\\)$", "");
                return classifySqlite(code, msg, setup, sql, userObjects, source);
            }
        } catch (SQLException e) {
            return new Verdict("other", String.valueOf(e.getErrorCode()), "harness: " + firstLine(e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ classification

    static Verdict classifyPostgresql(String sqlState, String message, List<String> setup, String sql, UserObjects objects,
                                      String source) {
        String state = String.valueOf(sqlState);
        String msg = message.replaceFirst("^ERROR: ", "");
        String verdict;
        if (state.equals("42601")) {
            verdict = "syntax";
        } else if (state.equals("0A000")) {
            verdict = "unsupported";
        } else if (state.equals("42704") || state.equals("42883")) {
            // a type, collation or function that is not ours to create: the engine lacks it
            boolean builtinKind = msg.startsWith("type ") || msg.startsWith("collation ") || msg.startsWith("function ")
                    || msg.startsWith("access method ") || msg.startsWith("operator class ");
            verdict = builtinKind && !userObject(msg, setup, sql, objects, source) ? "unsupported" : "missing";
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

    static Verdict classifyMariadb(int code, String message, List<String> setup, String sql, UserObjects objects,
                                   String source) {
        String msg = message.replaceFirst("^\\(conn=\\d+\\) ", "");
        String verdict = switch (code) {
            case 1064, 1149 -> "syntax";
            case 1235, 1178, 1163, 1164, 1031, 1214, 1252, 1286, 1845, 1846, 1115, 1221, 1210 -> "unsupported";
            case 1305, 1630, 1273, 4161 -> userObject(msg, setup, sql, objects, source) ? "missing" : "unsupported";
            case 1146, 1054, 1091, 1049, 1051, 1176, 1360, 1109, 1356, 1347, 4031 -> "missing";
            case 1050, 1060, 1061, 1826, 1304, 1359, 1022, 1007 -> "duplicate";
            case 1062, 1048, 1264, 1265, 1366, 1292, 1451, 1452, 4025, 1406, 1365, 1690, 1216, 1217, 1582, 1136, 1138,
                 1261, 1262, 1263, 3819 -> "data";
            case 1969, 3024, 1205, 1317, 1142, 1143, 1044, 1045, 1227 -> "other";
            default -> "invalid";
        };
        return new Verdict(verdict, String.valueOf(code), trim(msg));
    }

    static Verdict classifySqlite(String code, String msg, List<String> setup, String sql, UserObjects objects,
                                  String source) {
        String verdict;
        if (msg.contains("syntax error") || msg.contains("incomplete input") || msg.contains("unrecognized token")) {
            verdict = "syntax";
        } else if (msg.startsWith("no such function") || msg.startsWith("no such collation") || msg.startsWith("no such module")
                || msg.startsWith("unknown function")) {
            verdict = userObject(msg, setup, sql, objects, source) ? "missing" : "unsupported";
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

    /**
     * Whether the function, type, collation, operator class or module an error names is a user object: created by the
     * case's own statements, or by its suite and no engine's builtin (then the engine lacks an object, not a feature).
     */
    private static boolean userObject(String message, List<String> setup, String sql, UserObjects objects, String source) {
        Matcher m = QUOTED_NAME.matcher(message);
        if (!m.find()) {
            return false;
        }
        String name = m.group(1);
        name = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
        if (objects.defined(source, kindOf(message), name)) {
            return true;
        }
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

    /** The kind of object an error names, as extract.py records a suite's definitions. */
    private static String kindOf(String message) {
        String m = message.toLowerCase();
        if (m.contains("collation")) {
            return "collation";
        }
        if (m.contains("module")) {
            return "module";
        }
        if (m.startsWith("operator class")) {
            return "operator class";
        }
        if (m.startsWith("access method")) {
            return "access method";
        }
        if (m.startsWith("type ") || m.startsWith("unknown data type")) {
            return "type";
        }
        return "function";
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
