package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveForeignKey;
import io.github.dialectic.live.LiveCatalog.LiveTable;
import org.postgresql.PGConnection;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
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
 * left to the engine (which numbers a fresh table 1..n, what the integer generator gives its children).
 * Loading is bulk: COPY on PostgreSQL, multi-row INSERTs in one transaction elsewhere.
 */
final class SyntheticRows {

    private static final LocalDateTime EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

    private SyntheticRows() {
    }

    /** Fills every table of {@code catalog} not in {@code filled} (and adds it there), parents first. */
    static List<EngineRun.Fill> fill(Scratch scratch, LiveCatalog catalog, Set<String> filled, long rows, String beforeFile,
                                     Consumer<String> progress, String label) throws RehearsalException {
        List<EngineRun.Fill> fills = new ArrayList<>();
        for (LiveTable table : parentsFirst(catalog, filled)) {
            long start = System.nanoTime();
            try {
                load(scratch, catalog, table, rows);
            } catch (SQLException | RuntimeException e) {
                throw new RehearsalException(label + ": cannot fill " + table.name() + " with " + rows
                        + " synthetic rows before " + beforeFile + ": " + e.getMessage(), e);
            }
            long nanos = System.nanoTime() - start;
            filled.add(table.name());
            fills.add(new EngineRun.Fill(table.name(), rows, nanos, beforeFile));
            progress.accept(String.format(Locale.ROOT, "filled %s on %s with %,d rows in %.1f s", table.name(), label,
                    rows, nanos / 1e9));
        }
        return fills;
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

    private static void load(Scratch scratch, LiveCatalog catalog, LiveTable table, long rows) throws SQLException {
        List<LiveColumn> columns = table.columns().stream().filter(c -> !c.autoIncrement() && !c.generated()).toList();
        if (columns.isEmpty()) {
            return;
        }
        List<LongFunction<Object>> values = new ArrayList<>();
        for (LiveColumn c : columns) {
            values.add(generator(catalog, table, c, 0));
        }
        Connection connection = scratch.connection();
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String columnList = columns.stream().map(c -> quote + c.name() + quote).collect(Collectors.joining(", "));
        String tableName = quote + table.name() + quote;
        if (scratch.engine() == Engine.POSTGRESQL) {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try {
                pg.getCopyAPI().copyIn("COPY " + tableName + " (" + columnList + ") FROM STDIN (FORMAT csv)",
                        new CsvRows(values, rows));
            } catch (java.io.IOException e) {
                throw new SQLException(e.getMessage(), e);
            }
            return;
        }
        // SQL text, not bound parameters: MariaDB's driver took 14.5 s for 100,000 rows bound 1,000 to a statement,
        // the same rows as text 3 s (the mariadb client's time for them)
        int perStatement = (int) Math.max(1, Math.min(1000, rows));
        String insert = "INSERT INTO " + tableName + " (" + columnList + ") VALUES ";
        connection.setAutoCommit(false);
        try (java.sql.Statement statement = connection.createStatement()) {
            StringBuilder sql = new StringBuilder(insert.length() + perStatement * 20 * columns.size());
            long i = 1;
            while (i <= rows) {
                sql.setLength(0);
                sql.append(insert);
                for (int r = 0; r < perStatement && i <= rows; r++, i++) {
                    sql.append(r == 0 ? "(" : ", (");
                    for (int c = 0; c < values.size(); c++) {
                        if (c > 0) {
                            sql.append(", ");
                        }
                        literal(sql, values.get(c).apply(i));
                    }
                    sql.append(')');
                }
                statement.executeUpdate(sql.toString());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** A generated value as an SQL literal every engine but PostgreSQL (which gets COPY) reads alike. */
    private static void literal(StringBuilder sql, Object v) {
        if (v instanceof Boolean b) {
            sql.append(b ? "TRUE" : "FALSE");
        } else if (v instanceof BigDecimal d) {
            sql.append(d.toPlainString());
        } else if (v instanceof Number n) {
            sql.append(n);
        } else if (v instanceof byte[] bytes) {
            sql.append("X'");
            for (byte x : bytes) {
                sql.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
            }
            sql.append('\'');
        } else if (v instanceof LocalDateTime t) {
            sql.append('\'').append(text(t)).append('\'');
        } else {
            sql.append('\'').append(String.valueOf(v).replace("'", "''")).append('\'');
        }
    }

    private static String text(LocalDateTime t) {
        return t.toLocalDate() + " " + t.toLocalTime().withNano(0).toString() + (t.getSecond() == 0 ? ":00" : "");
    }

    /** The value column {@code c} gets in row i: its foreign key's parent column's value, else by its type. */
    static LongFunction<Object> generator(LiveCatalog catalog, LiveTable table, LiveColumn c, int depth) {
        if (depth < 8) {
            for (LiveForeignKey fk : table.foreignKeys()) {
                int at = fk.columns().indexOf(c.name());
                if (at >= 0) {
                    var parent = catalog.tables().stream().filter(t -> t.name().equals(fk.parentTable())).findFirst();
                    var parentColumn = parent.flatMap(p -> p.column(fk.parentColumns().get(at)));
                    if (parentColumn.isPresent()) {
                        return parentColumn.get().autoIncrement() ? i -> i
                                : generator(catalog, parent.get(), parentColumn.get(), depth + 1);
                    }
                }
            }
        }
        return byType(c);
    }

    private static LongFunction<Object> byType(LiveColumn c) {
        String type = c.typeName().toUpperCase(Locale.ROOT);
        List<String> args = c.typeArguments();
        Integer length = args.isEmpty() ? null : parseInt(args.get(0));
        if (type.contains("BOOL") || type.equals("BIT")) {
            return i -> i % 2 == 0;
        }
        if (type.equals("TINYINT")) {
            return i -> i % 127;
        }
        if (type.equals("SMALLINT") || type.equals("INT2")) {
            return i -> i % 32767;
        }
        if (type.contains("INT") || type.equals("SERIAL") || type.equals("BIGSERIAL")) {
            return i -> i;
        }
        if (type.equals("DECIMAL") || type.equals("NUMERIC") || type.equals("NUMBER")) {
            int precision = length == null ? 18 : length;
            int scale = args.size() > 1 && parseInt(args.get(1)) != null ? parseInt(args.get(1)) : 0;
            BigInteger modulus = BigInteger.TEN.pow(Math.max(1, precision - scale));
            return i -> new BigDecimal(BigInteger.valueOf(i).mod(modulus), 0).setScale(scale);
        }
        if (type.contains("FLOAT") || type.contains("DOUBLE") || type.equals("REAL")) {
            return i -> i + 0.5;
        }
        if (type.equals("UUID")) {
            return i -> new UUID(0x5EED, i);
        }
        if (type.contains("TIMESTAMP") || type.equals("DATETIME")) {
            return i -> EPOCH.plusSeconds(i);
        }
        if (type.equals("DATE")) {
            return i -> EPOCH.toLocalDate().plusDays(i % 2_000_000);
        }
        if (type.startsWith("TIME")) {
            return i -> LocalTime.ofSecondOfDay(i % 86_400);
        }
        if (type.contains("JSON")) {
            return i -> "{\"i\": " + i + "}";
        }
        if (type.contains("BLOB") || type.contains("BINARY") || type.equals("BYTEA")) {
            return i -> Long.toString(i, 36).getBytes(StandardCharsets.US_ASCII);
        }
        int max = length == null ? 40 : Math.max(1, length);
        return i -> fit(i, max);
    }

    /** {@code r<i>} when it fits, else {@code i} in base 36, else its last characters (distinct no longer). */
    private static String fit(long i, int max) {
        String decimal = "r" + i;
        if (decimal.length() <= max) {
            return decimal;
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

    /** The rows as CSV, made as COPY reads them, never all in memory. */
    private static final class CsvRows extends Reader {
        private final List<LongFunction<Object>> values;
        private final long rows;
        private long next = 1;
        private final StringBuilder buffer = new StringBuilder();
        private int position;

        CsvRows(List<LongFunction<Object>> values, long rows) {
            this.values = values;
            this.rows = rows;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            if (position == buffer.length()) {
                buffer.setLength(0);
                position = 0;
                for (int r = 0; r < 1000 && next <= rows; r++, next++) {
                    for (int c = 0; c < values.size(); c++) {
                        if (c > 0) {
                            buffer.append(',');
                        }
                        buffer.append(csv(values.get(c).apply(next)));
                    }
                    buffer.append('\n');
                }
                if (buffer.length() == 0) {
                    return -1;
                }
            }
            int n = Math.min(length, buffer.length() - position);
            buffer.getChars(position, position + n, target, offset);
            position += n;
            return n;
        }

        private static String csv(Object v) {
            if (v instanceof Boolean b) {
                return b ? "t" : "f";
            }
            if (v instanceof byte[] bytes) {
                StringBuilder hex = new StringBuilder("\\x");
                for (byte x : bytes) {
                    hex.append(String.format("%02x", x));
                }
                return hex.toString();
            }
            if (v instanceof LocalDateTime t) {
                return text(t);
            }
            if (v instanceof String s) {
                return "\"" + s.replace("\"", "\"\"") + "\"";
            }
            return String.valueOf(v);
        }

        @Override
        public void close() {
        }
    }
}
