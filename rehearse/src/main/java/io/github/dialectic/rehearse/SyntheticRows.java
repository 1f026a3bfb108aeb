package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog;
import io.github.dialectic.live.LiveCatalog.Key;
import io.github.dialectic.live.LiveCatalog.LiveCheck;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveForeignKey;
import io.github.dialectic.live.LiveCatalog.LiveTable;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Fills tables with synthetic rows so that step times mean something. Row {@code i} of every table gets values made
 * from {@code i} alone, by column type: distinct in every column (so unique keys hold), never NULL, within each
 * type's length and range where the type allows {@code n} distinct values; a foreign-key column gets exactly what
 * its parent column holds in row {@code i}, and parents are filled first. Auto-numbered and generated columns are
 * left to the engine (which numbers a fresh table 1..n, what the integer generator gives its children). An ENUM,
 * SET or PostgreSQL enum column takes its labels in turn, read from the engine (distinct only up to their number).
 * Loading is bulk, from rows made as they are sent: COPY on PostgreSQL, LOAD DATA LOCAL on MariaDB and MySQL where
 * the server allows it, multi-row INSERTs in one transaction elsewhere; the engine's count of rows taken is checked.
 */
final class SyntheticRows {

    private static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private SyntheticRows() {
    }

    /**
     * Fills every table of {@code catalog} not in {@code filled} (and adds it there), parents first. Every table's
     * values are planned before the first row is loaded, so a CHECK the rows cannot keep or a unique key its column's
     * type cannot fill with {@code rows} distinct values ends the fill with nothing loaded.
     */
    static List<EngineRun.Fill> fill(Scratch scratch, LiveCatalog catalog, Set<String> filled, long rows, String beforeFile,
                                     Consumer<String> progress, String label) throws RehearsalException {
        List<Plan> plans = new ArrayList<>();
        Types types = new Types(scratch.connection(), scratch.engine());
        for (LiveTable table : parentsFirst(catalog, filled)) {
            String cannot = label + ": cannot fill " + table.name() + " with " + rows + " synthetic rows before "
                    + beforeFile + ": ";
            try {
                plans.add(plan(catalog, table, types, rows));
            } catch (Unfillable e) {
                throw new RehearsalException(cannot + e.getMessage(), e);
            } catch (SQLException | RuntimeException e) {
                throw new RehearsalException(cannot + e.getMessage(), e);
            }
        }
        List<EngineRun.Fill> fills = new ArrayList<>();
        for (Plan plan : plans) {
            LiveTable table = plan.table();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            try {
                load(scratch, plan, rows);
            } catch (SQLException | RuntimeException e) {
                String notKept = plan.notUnderstood().isEmpty() ? "" : " (the synthetic rows keep only CHECKs that "
                        + "compare one column with constants; not kept: " + plan.notUnderstood().stream()
                        .map(ColumnChecks::describe).collect(Collectors.joining(", ")) + ")";
                throw new RehearsalException(label + ": cannot fill " + table.name() + " with " + rows
                        + " synthetic rows before " + beforeFile + ": " + e.getMessage() + notKept, e);
            }
            long nanos = System.nanoTime() - start;
            long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
            filled.add(table.name());
            fills.add(new EngineRun.Fill(table.name(), rows, nanos, cpuNanos, beforeFile));
            progress.accept(String.format(Locale.ROOT, "filled %s on %s with %,d rows in %.1f s (%.1f s CPU in this "
                    + "process)", table.name(), label, rows, nanos / 1e9, cpuNanos / 1e9));
        }
        return fills;
    }

    /** A table's columns to fill, the values of each, and the checks the values do not try to keep. */
    private record Plan(LiveTable table, List<LiveColumn> columns, List<LongFunction<Object>> values,
                        List<LiveCheck> notUnderstood) {
    }

    /** Row i's value of a column, and how many distinct values it gives (Long.MAX_VALUE: as many as rows). */
    record Values(LongFunction<Object> at, long distinct, String under) {
        Values(LongFunction<Object> at, long distinct) {
            this(at, distinct, null);
        }

        static Values unbounded(LongFunction<Object> at) {
            return new Values(at, Long.MAX_VALUE);
        }
    }

    /** Why a table cannot be filled, found before loading. */
    static final class Unfillable extends Exception {
        Unfillable(String message) {
            super(message);
        }
    }

    private static Plan plan(LiveCatalog catalog, LiveTable table, Types types, long rows)
            throws SQLException, Unfillable {
        List<LiveCheck> notUnderstood = new ArrayList<>();
        Map<String, ColumnChecks.Domain> domains = ColumnChecks.read(table, types.backslashEscapes(), notUnderstood);
        List<LiveColumn> columns = table.columns().stream().filter(c -> !c.autoIncrement() && !c.generated()).toList();
        Map<String, Values> byColumn = new LinkedHashMap<>();
        for (LiveColumn c : columns) {
            byColumn.put(c.name(), generator(catalog, table, c, types, 0, domains, notUnderstood));
        }
        for (Key key : uniqueKeys(table)) {
            long distinct = 1;
            for (String column : key.columns()) {
                Values v = byColumn.get(column);
                distinct = v == null ? Long.MAX_VALUE : lcm(distinct, v.distinct());
            }
            if (distinct < rows) {
                String under = key.columns().stream().map(byColumn::get).filter(v -> v.under() != null)
                        .map(Values::under).distinct().collect(Collectors.joining(" and "));
                String named = key.columns().stream().map(k -> k + " " + table.column(k).map(LiveColumn::typeSql)
                        .orElse("")).collect(Collectors.joining(", "));
                throw new Unfillable((key.columns().size() == 1 ? "column " : "columns ") + named + " of "
                        + key.name() + (key.columns().size() == 1 ? " takes" : " take together") + " at most "
                        + distinct + " distinct synthetic values" + (under.isEmpty() ? "" : " under " + under)
                        + ", fewer than the " + rows + " rows");
            }
        }
        return new Plan(table, columns, columns.stream().map(c -> byColumn.get(c.name()).at()).toList(),
                List.copyOf(notUnderstood));
    }

    /** The primary key, the unique constraints and the unique indexes on plain columns, each described. */
    private static List<Key> uniqueKeys(LiveTable table) {
        List<Key> keys = new ArrayList<>();
        if (table.primaryKey() != null) {
            keys.add(new Key("the primary key", table.primaryKey().columns()));
        }
        for (Key k : table.uniqueConstraints()) {
            keys.add(new Key(k.name() == null ? "a unique key" : "the unique key " + k.name(), k.columns()));
        }
        for (LiveCatalog.LiveIndex i : table.indexes()) {
            if (i.unique() && i.where() == null && i.parts().stream().allMatch(p -> p.column() != null)) {
                keys.add(new Key("the unique index " + i.name(), i.parts().stream().map(p -> p.column().text()).toList()));
            }
        }
        return keys;
    }

    private static long lcm(long a, long b) {
        if (a == Long.MAX_VALUE || b == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        BigInteger l = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)));
        return l.bitLength() < 63 ? l.longValue() : Long.MAX_VALUE;
    }

    private static List<LiveTable> parentsFirst(LiveCatalog catalog, Set<String> filled) {
        Map<String, LiveTable> pending = new LinkedHashMap<>();
        for (LiveTable t : catalog.tables()) {
            if (!filled.contains(t.name())) {
                pending.put(t.name(), t);
            }
        }
        List<LiveTable> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            LiveTable next = pending.values().stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> fk.parentTable().equals(t.name())
                            || !pending.containsKey(fk.parentTable())))
                    .findFirst().orElse(pending.values().iterator().next()); // a cycle: one of them goes first
            order.add(next);
            pending.remove(next.name());
        }
        return order;
    }

    private static void load(Scratch scratch, Plan plan, long rows) throws SQLException {
        List<LiveColumn> columns = plan.columns();
        LiveTable table = plan.table();
        if (columns.isEmpty()) {
            return;
        }
        Connection connection = scratch.connection();
        List<LongFunction<Object>> values = plan.values();
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String columnList = columns.stream().map(c -> quote + c.name() + quote).collect(Collectors.joining(", "));
        String tableName = quote + table.name() + quote;
        if (scratch.engine() == Engine.POSTGRESQL) {
            copy(connection, tableName, columnList, values, rows);
            return;
        }
        connection.setAutoCommit(false);
        try {
            boolean loaded = (scratch.engine() == Engine.MARIADB || scratch.engine() == Engine.MYSQL)
                    && loadDataLocal(connection, tableName, columnList, columns, values, rows);
            if (!loaded) {
                insert(connection, scratch.engine(), tableName, columnList, values, rows);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** PostgreSQL: one COPY in text format, its rows made as the server reads them. */
    private static void copy(Connection connection, String table, String columns, List<LongFunction<Object>> values,
                             long rows) throws SQLException {
        try {
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns
                    + ") FROM STDIN", new TextRows(values, rows, Format.COPY), 1 << 16);
            expectCount(copied, rows, table);
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /**
     * MariaDB and MySQL: LOAD DATA LOCAL INFILE reading a stream made on the fly (MariaDB's driver sends the stream
     * it is given, never a file the server names). A million nova rows took 3.3-3.5 s of server CPU this way, 4.3-4.7 s
     * as multi-row INSERTs. LOCAL makes the server skip a row it cannot take with a warning instead
     * of an error, so a load with a warning or a row short fails. False where the driver or the server does not
     * allow it (local_infile off, MySQL's default since 8.0): the caller inserts instead.
     */
    private static boolean loadDataLocal(Connection connection, String table, String columnList,
                                         List<LiveColumn> columns, List<LongFunction<Object>> values, long rows)
            throws SQLException {
        // BIT and binary columns take no text from a UTF-8 stream as they take it from a literal
        if (columns.stream().anyMatch(c -> isBinaryOrBit(c.typeName()))) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            if (!statement.isWrapperFor(org.mariadb.jdbc.Statement.class)) {
                return false;
            }
            statement.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new TextRows(values, rows, Format.LOAD_DATA));
            long loaded;
            try {
                loaded = statement.executeLargeUpdate("LOAD DATA LOCAL INFILE 'dialectic-synthetic-rows' INTO TABLE "
                        + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES "
                        + "TERMINATED BY '\\n' (" + columnList + ")");
            } catch (SQLException e) {
                if (LOCAL_INFILE_REFUSED.contains(e.getErrorCode())) {
                    return false;
                }
                throw e;
            }
            SQLWarning warning = statement.getWarnings();
            if (warning != null) {
                throw new SQLException("the server changed or skipped synthetic rows: " + warning.getMessage(),
                        warning.getSQLState(), warning.getErrorCode());
            }
            expectCount(loaded, rows, table);
            return true;
        }
    }

    /** Server error codes for a LOAD DATA LOCAL the server or the connection does not allow. */
    private static final Set<Integer> LOCAL_INFILE_REFUSED = Set.of(
            1148, // ER_NOT_ALLOWED_COMMAND (MariaDB, MySQL before 8.0)
            3948, // ER_CLIENT_LOCAL_FILES_DISABLED (MySQL 8)
            4166); // ER_LOAD_INFILE_CAPABILITY_DISABLED (MariaDB 10.5+)

    private static boolean isBinaryOrBit(String typeName) {
        String type = typeName.toUpperCase(Locale.ROOT);
        return type.equals("BIT") || type.contains("BLOB") || type.contains("BINARY");
    }

    private static void expectCount(long loaded, long rows, String table) throws SQLException {
        if (loaded != rows) {
            throw new SQLException("the server took " + loaded + " of " + rows + " synthetic rows into " + table);
        }
    }

    /**
     * Multi-row INSERTs as SQL text (not bound parameters: MariaDB's driver took 14.5 s for 100,000 rows bound 1,000
     * to a statement, the same rows as text 3 s), each at most {@link #statementBytes} long.
     */
    private static void insert(Connection connection, Engine engine, String table, String columns,
                               List<LongFunction<Object>> values, long rows) throws SQLException {
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        long limit = statementBytes(connection, engine);
        try (Statement statement = connection.createStatement()) {
            StringBuilder sql = new StringBuilder();
            long i = 1;
            while (i <= rows) {
                sql.setLength(0);
                sql.append(insert);
                for (int r = 0; i <= rows && (r == 0 || sql.length() < limit); r++, i++) {
                    sql.append(r == 0 ? "(" : ", (");
                    for (int c = 0; c < values.size(); c++) {
                        if (c > 0) {
                            sql.append(", ");
                        }
                        Format.SQL.append(sql, values.get(c).apply(i));
                    }
                    sql.append(')');
                }
                statement.executeUpdate(sql.toString());
            }
        }
    }

    /**
     * How long one INSERT may grow: 256 KB (sqlite-jdbc refuses statements over 1 MB; more rows a statement saved
     * nothing measurable on SQLite or MariaDB), on MariaDB and MySQL at most half the server's max_allowed_packet,
     * which a statement of up to one row beyond it stays under.
     */
    private static long statementBytes(Connection connection, Engine engine) throws SQLException {
        long limit = 1 << 18;
        if (engine == Engine.MARIADB || engine == Engine.MYSQL) {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT @@max_allowed_packet")) {
                if (r.next()) {
                    limit = Math.min(limit, r.getLong(1) / 2);
                }
            }
        }
        return limit;
    }

    /** How a generated value is written: as COPY's text format reads it, as LOAD DATA reads it, as an SQL literal. */
    private enum Format {
        COPY, LOAD_DATA, SQL;

        void append(StringBuilder out, Object v) {
            if (v instanceof Boolean b) {
                out.append(this == COPY ? (b ? "t" : "f") : this == LOAD_DATA ? (b ? "1" : "0") : (b ? "TRUE" : "FALSE"));
            } else if (v instanceof BigDecimal d) {
                out.append(d.toPlainString());
            } else if (v instanceof Long n) {
                out.append(n.longValue());
            } else if (v instanceof Number n) {
                out.append(n);
            } else if (v instanceof byte[] bytes) {
                // bytea's hex input \\x..., its backslash doubled for COPY (LOAD DATA gets no binary column)
                out.append(this == COPY ? "\\\\x" : "X'");
                for (byte x : bytes) {
                    out.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
                }
                out.append(this == COPY ? "" : "'");
            } else {
                String text = v instanceof LocalDateTime t ? text(t) : String.valueOf(v);
                if (this == SQL) {
                    out.append('\'').append(text.replace("'", "''")).append('\'');
                } else {
                    escaped(out, text);
                }
            }
        }

        /** Backslash, tab, newline and carriage return escaped as both COPY's text format and LOAD DATA read them. */
        private static void escaped(StringBuilder out, String text) {
            for (int k = 0; k < text.length(); k++) {
                char ch = text.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
    }

    private static String text(LocalDateTime t) {
        return t.toLocalDate() + " " + t.toLocalTime().withNano(0).toString() + (t.getSecond() == 0 ? ":00" : "");
    }

    /**
     * The values column {@code c} gets: its foreign key's parent column's, else those its understood CHECKs allow
     * (checks it cannot keep go to {@code notUnderstood}), else by its type.
     */
    static Values generator(LiveCatalog catalog, LiveTable table, LiveColumn c, Types types, int depth,
                            Map<String, ColumnChecks.Domain> domains, List<LiveCheck> notUnderstood)
            throws SQLException, Unfillable {
        if (depth < 8) {
            for (LiveForeignKey fk : table.foreignKeys()) {
                int at = fk.columns().indexOf(c.name());
                if (at >= 0) {
                    var parent = catalog.tables().stream().filter(t -> t.name().equals(fk.parentTable())).findFirst();
                    var parentColumn = parent.flatMap(p -> p.column(fk.parentColumns().get(at)));
                    if (parentColumn.isPresent()) {
                        return parentColumn.get().autoIncrement() ? Values.unbounded(i -> i)
                                : generator(catalog, parent.get(), parentColumn.get(), types, depth + 1,
                                ColumnChecks.read(parent.get(), types.backslashEscapes(), new ArrayList<>()), new ArrayList<>());
                    }
                }
            }
        }
        ColumnChecks.Domain domain = domains.get(c.name());
        if (domain != null) {
            Values checked = checked(c, domain);
            if (checked != null) {
                return checked;
            }
            domain.checks.stream().filter(k -> !notUnderstood.contains(k)).forEach(notUnderstood::add);
        }
        return byType(table, c, types);
    }

    /** The values the checks allow {@code c}; null where the rows cannot keep them (a date or text compared). */
    private static Values checked(LiveColumn c, ColumnChecks.Domain d) throws Unfillable {
        String under = d.describe();
        String none = under + " leaves no value for column " + c.name() + " " + c.typeSql();
        if (d.allowed != null) {
            List<Object> allowed = d.allowedValues();
            if (allowed.isEmpty()) {
                throw new Unfillable(none);
            }
            return new Values(i -> allowed.get((int) ((i - 1) % allowed.size())), allowed.size(), under);
        }
        boolean bounded = d.low != null || d.high != null || !d.excluded.isEmpty();
        if (!bounded) {
            return null; // IS NOT NULL only: the type's values are never null
        }
        long[] range = numericRange(c);
        if (d.textBound || range == null) {
            return null;
        }
        int scale = (int) range[2];
        long low = range[0];
        long high = range[1];
        if (d.low != null) {
            BigDecimal units = d.low.movePointRight(scale);
            BigDecimal first = units.setScale(0, java.math.RoundingMode.CEILING);
            if (d.lowStrict && first.compareTo(units) == 0) {
                first = first.add(BigDecimal.ONE);
            }
            low = first.compareTo(BigDecimal.valueOf(low)) > 0 ? clamp(first) : low;
        }
        if (d.high != null) {
            BigDecimal units = d.high.movePointRight(scale);
            BigDecimal last = units.setScale(0, java.math.RoundingMode.FLOOR);
            if (d.highStrict && last.compareTo(units) == 0) {
                last = last.subtract(BigDecimal.ONE);
            }
            high = last.compareTo(BigDecimal.valueOf(high)) < 0 ? clamp(last) : high;
        }
        boolean descending = d.high != null && d.low == null;
        if (d.low == null && d.high == null) { // exclusions only: from 1 up, as without the check
            low = Math.max(low, Math.min(1, high));
        }
        if (low > high) {
            throw new Unfillable(none);
        }
        final long lo = low;
        final long hi = high;
        long[] excluded = d.excluded.stream().map(ColumnChecks::number).filter(java.util.Objects::nonNull)
                .map(n -> n.movePointRight(scale)).filter(n -> n.stripTrailingZeros().scale() <= 0)
                .filter(n -> n.compareTo(BigDecimal.valueOf(lo)) >= 0 && n.compareTo(BigDecimal.valueOf(hi)) <= 0)
                .mapToLong(BigDecimal::longValueExact).distinct().sorted().toArray();
        BigInteger size = BigInteger.valueOf(hi).subtract(BigInteger.valueOf(lo)).add(BigInteger.ONE)
                .subtract(BigInteger.valueOf(excluded.length));
        if (size.signum() <= 0) {
            throw new Unfillable(none);
        }
        long period = size.bitLength() < 63 ? size.longValue() : Long.MAX_VALUE;
        LongFunction<Long> unit = descending ? i -> {
            long v = hi - (i - 1) % period;
            for (int k = excluded.length - 1; k >= 0 && excluded[k] >= v; k--) {
                v--;
            }
            return v;
        } : i -> {
            long v = lo + (i - 1) % period;
            for (int k = 0; k < excluded.length && excluded[k] <= v; k++) {
                v++;
            }
            return v;
        };
        return new Values(scale == 0 ? unit::apply : i -> BigDecimal.valueOf(unit.apply(i), scale), period, under);
    }

    private static long clamp(BigDecimal n) {
        return n.max(BigDecimal.valueOf(Long.MIN_VALUE)).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
    }

    /**
     * A numeric column's values as whole units of its scale: {lowest, highest, scale}; null for other types. A type
     * of unknown width (FLOAT, NUMERIC without precision) gets the range of a long.
     */
    static long[] numericRange(LiveColumn c) {
        String type = c.typeName().toUpperCase(Locale.ROOT);
        boolean unsigned = c.unsigned();
        long[] width = switch (type) {
            case "TINYINT" -> new long[]{8};
            case "SMALLINT", "INT2" -> new long[]{16};
            case "MEDIUMINT" -> new long[]{24};
            case "INT", "INTEGER", "INT4", "SERIAL" -> new long[]{32};
            default -> null;
        };
        if (width != null) {
            long bits = width[0];
            return unsigned ? new long[]{0, (1L << bits) - 1, 0} : new long[]{-(1L << (bits - 1)), (1L << (bits - 1)) - 1, 0};
        }
        if (type.equals("DECIMAL") || type.equals("NUMERIC") || type.equals("NUMBER")) {
            List<String> args = c.typeArguments();
            Integer precision = args.isEmpty() ? null : parseInt(args.get(0));
            Integer scale = args.size() > 1 ? parseInt(args.get(1)) : Integer.valueOf(0);
            if (precision == null || scale == null) {
                return new long[]{Long.MIN_VALUE, Long.MAX_VALUE, 0};
            }
            long most = BigInteger.TEN.pow(Math.min(precision, 18)).longValue() - 1;
            return new long[]{unsigned ? 0 : -most, most, scale};
        }
        if (type.contains("INT") || type.contains("FLOAT") || type.contains("DOUBLE") || type.equals("REAL")
                || type.endsWith("SERIAL")) {
            return new long[]{unsigned ? 0 : Long.MIN_VALUE, Long.MAX_VALUE, 0};
        }
        return null;
    }

    /** From 1 up to the type's highest value, then on from its lowest: every value of a small integer type. */
    private static Values wrapping(long low, long high) {
        long size = high - low + 1;
        return new Values(i -> {
            long v = 1 + (i - 1) % size;
            return v > high ? v - size : v;
        }, size);
    }

    private static Values byType(LiveTable table, LiveColumn c, Types types) throws SQLException {
        String type = c.typeName().toUpperCase(Locale.ROOT);
        List<String> args = c.typeArguments();
        Integer length = args.isEmpty() ? null : parseInt(args.get(0));
        boolean postgres = types.engine == Engine.POSTGRESQL;
        if (type.equals("ENUM") || type.equals("SET")) {
            return cycle(types.labels(table.name(), c.name()), length);
        }
        if (postgres && type.endsWith("[]")) { // an array: one element, by the element's type
            Values element = byType(table, new LiveColumn(c.name(), type.substring(0, type.length() - 2),
                    args, false, false, null, false, false), types);
            return new Values(i -> "{" + element.at().apply(i) + "}", element.distinct());
        }
        if (type.equals("BIT") || type.equals("VARBIT") || type.equals("BIT VARYING")) {
            if (length == null && postgres) { // the catalog reader does not give PostgreSQL's bit lengths
                length = types.postgresLength(table.name(), c.name());
            }
            int bits = length == null ? 1 : Math.max(1, Math.min(62, length));
            if (!postgres) {
                return new Values(i -> i & ((1L << bits) - 1), 1L << bits); // MariaDB and MySQL take a number for BIT(n)
            }
            // PostgreSQL takes a string of bits; BIT(n) must have exactly n of them
            return new Values(i -> {
                String b = Long.toBinaryString(i & ((1L << bits) - 1));
                return "0".repeat(bits - b.length()) + b;
            }, 1L << bits);
        }
        if (type.equals("INET") || type.equals("CIDR") || type.equals("INET4")) { // 2^32 distinct addresses
            return new Values(i -> ((i >> 24) & 0xFF) + "." + ((i >> 16) & 0xFF) + "." + ((i >> 8) & 0xFF) + "."
                    + (i & 0xFF), 1L << 32);
        }
        if (type.equals("INET6")) {
            return new Values(i -> "fd00::" + Long.toHexString(i >> 16 & 0xFFFF) + ":" + Long.toHexString(i & 0xFFFF),
                    1L << 32);
        }
        if (type.equals("MACADDR")) {
            return new Values(i -> String.format(Locale.ROOT, "02:00:%02x:%02x:%02x:%02x", i >> 24 & 0xFF,
                    i >> 16 & 0xFF, i >> 8 & 0xFF, i & 0xFF), 1L << 32);
        }
        if (type.equals("INTERVAL")) {
            return Values.unbounded(i -> i + " seconds");
        }
        if (type.equals("POINT")) {
            return Values.unbounded(i -> "(" + i + ",0)");
        }
        if (type.contains("BOOL")) {
            return new Values(i -> i % 2 == 0, 2);
        }
        if (type.equals("YEAR")) {
            return new Values(i -> 1901 + i % 255, 255);
        }
        if (type.equals("TINYINT") || type.equals("SMALLINT") || type.equals("INT2") || type.equals("MEDIUMINT")) {
            long[] range = numericRange(c);
            return wrapping(range[0], range[1]);
        }
        if (type.contains("INT") || type.equals("SERIAL") || type.equals("BIGSERIAL")) {
            return Values.unbounded(i -> i);
        }
        if (type.equals("DECIMAL") || type.equals("NUMERIC") || type.equals("NUMBER")) {
            int precision = length == null ? 18 : length;
            int scale = args.size() > 1 && parseInt(args.get(1)) != null ? parseInt(args.get(1)) : 0;
            BigInteger modulus = BigInteger.TEN.pow(Math.max(1, precision - scale));
            return new Values(i -> new BigDecimal(BigInteger.valueOf(i).mod(modulus), 0).setScale(scale),
                    modulus.bitLength() < 63 ? modulus.longValue() : Long.MAX_VALUE);
        }
        if (type.contains("FLOAT") || type.contains("DOUBLE") || type.equals("REAL") || type.equals("MONEY")) {
            return Values.unbounded(i -> i + 0.5);
        }
        if (type.equals("UUID")) {
            return Values.unbounded(i -> new UUID(0x5EED, i));
        }
        if (type.contains("TIMESTAMP") || type.equals("DATETIME")) {
            return Values.unbounded(i -> EPOCH.plusSeconds(i));
        }
        if (type.equals("DATE")) {
            return new Values(i -> EPOCH.toLocalDate().plusDays(i % 2_000_000), 2_000_000);
        }
        if (type.startsWith("TIME")) {
            return new Values(i -> LocalTime.ofSecondOfDay(i % 86_400), 86_400);
        }
        if (type.contains("JSON") || jsonChecked(table, c)) {
            return Values.unbounded(i -> "{\"i\": " + i + "}");
        }
        if (type.contains("BLOB") || type.contains("BINARY") || type.equals("BYTEA")) {
            return Values.unbounded(i -> Long.toString(i, 36).getBytes(StandardCharsets.US_ASCII));
        }
        if (postgres && !POSTGRES_TEXT_TYPES.contains(type)) { // a type of the user's: an enum, else text
            return cycle(types.labels(table.name(), c.name()), length);
        }
        return cycle(List.of(), length);
    }

    /** MariaDB's JSON: a LONGTEXT column with the check {@code json_valid(column)}. */
    private static boolean jsonChecked(LiveTable table, LiveColumn c) {
        String check = "json_valid" + c.name();
        return table.checks().stream().anyMatch(k -> k.expression().replaceAll("[\\s`\"()]", "").equalsIgnoreCase(check));
    }

    /** Row i's label, in turn (distinct only up to their number); text that fits {@code length} without labels. */
    private static Values cycle(List<String> labels, Integer length) {
        if (labels.isEmpty()) {
            int max = length == null ? 40 : Math.max(1, length);
            // base 36 of i: 36^max - 1 distinct values of up to max characters
            long distinct = max >= 12 ? Long.MAX_VALUE : BigInteger.valueOf(36).pow(max).longValue() - 1;
            return new Values(i -> fit(i, max), distinct);
        }
        return new Values(i -> labels.get((int) ((i - 1) % labels.size())), labels.size());
    }

    /** PostgreSQL's types that take any short text; a column of a type not known here may be of an enum type. */
    private static final Set<String> POSTGRES_TEXT_TYPES = Set.of("VARCHAR", "CHAR", "TEXT", "NAME", "CITEXT",
            "XML", "TSVECTOR");

    /** Looks up what the catalog reader does not tell: the labels of an enumerated column. */
    static final class Types {
        private final Connection connection;
        private final Engine engine;

        Types(Connection connection, Engine engine) {
            this.connection = connection;
            this.engine = engine;
        }

        /** Whether the engine's string literals escape with a backslash, as MariaDB and MySQL give checks back. */
        boolean backslashEscapes() {
            return engine == Engine.MARIADB || engine == Engine.MYSQL;
        }

        /** A MariaDB or MySQL ENUM's or SET's values, a PostgreSQL enum type's labels, in order; else none. */
        List<String> labels(String table, String column) throws SQLException {
            if (engine == Engine.POSTGRESQL) {
                try (PreparedStatement s = connection.prepareStatement("SELECT e.enumlabel FROM pg_attribute a "
                        + "JOIN pg_enum e ON e.enumtypid = a.atttypid WHERE a.attrelid = to_regclass(?) "
                        + "AND a.attname = ? ORDER BY e.enumsortorder")) {
                    s.setString(1, "\"" + table.replace("\"", "\"\"") + "\"");
                    s.setString(2, column);
                    List<String> labels = new ArrayList<>();
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            labels.add(r.getString(1));
                        }
                    }
                    return labels;
                }
            }
            if (engine == Engine.MARIADB || engine == Engine.MYSQL) {
                try (PreparedStatement s = connection.prepareStatement("SELECT COLUMN_TYPE FROM information_schema.COLUMNS "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
                    s.setString(1, table);
                    s.setString(2, column);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? quoted(r.getString(1)) : List.of();
                    }
                }
            }
            return List.of();
        }

        /** The length PostgreSQL keeps for a column of a sized type ({@code bit(3)}: 3), null if none. */
        Integer postgresLength(String table, String column) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement("SELECT format_type(a.atttypid, a.atttypmod) "
                    + "FROM pg_attribute a WHERE a.attrelid = to_regclass(?) AND a.attname = ?")) {
                s.setString(1, "\"" + table.replace("\"", "\"\"") + "\"");
                s.setString(2, column);
                try (ResultSet r = s.executeQuery()) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+)\\)")
                            .matcher(r.next() ? r.getString(1) : "");
                    return m.find() ? Integer.valueOf(m.group(1)) : null;
                }
            }
        }

        /** The quoted strings of {@code enum('a','it''s')}, unquoted. */
        static List<String> quoted(String columnType) {
            List<String> values = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("'((?:[^']|'')*)'").matcher(columnType);
            while (m.find()) {
                values.add(m.group(1).replace("''", "'"));
            }
            return values;
        }
    }

    /**
     * {@code r<i>} where any long fits, else {@code i} in base 36, else its last characters (distinct no longer).
     * Not {@code r<i>} where only some fit: {@code r5} is also 977 in base 36.
     */
    private static String fit(long i, int max) {
        if (max >= 20) {
            return "r" + i;
        }
        String base36 = Long.toString(i, 36);
        return base36.length() <= max ? base36 : base36.substring(base36.length() - max);
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Rows as tab-separated text, one a line, made as the server reads them: never all in memory. */
    private static final class TextRows extends InputStream {
        private final List<LongFunction<Object>> values;
        private final long rows;
        private final Format format;
        private final StringBuilder text = new StringBuilder();
        private long next = 1;
        private byte[] chunk = new byte[0];
        private int position;

        TextRows(List<LongFunction<Object>> values, long rows, Format format) {
            this.values = values;
            this.rows = rows;
            this.format = format;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == chunk.length) {
                text.setLength(0);
                for (int r = 0; r < 1000 && next <= rows; r++, next++) {
                    for (int c = 0; c < values.size(); c++) {
                        if (c > 0) {
                            text.append('\t');
                        }
                        format.append(text, values.get(c).apply(next));
                    }
                    text.append('\n');
                }
                if (text.length() == 0) {
                    return -1;
                }
                chunk = text.toString().getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, n);
            position += n;
            return n;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }
    }
}
