package io.github.dialectic.live;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveTable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Data prechecks: for every pending statement that tightens the schema (NOT NULL, UNIQUE or PRIMARY KEY, FOREIGN KEY,
 * a narrower type, CHECK), how many live rows would make it fail, up to {@link #SAMPLES} of their keys, and the SQL
 * that finds them, so an operator can clean up before the upgrade. Tables and columns the pending migrations create
 * have no rows yet to check: they are skipped with a note.
 */
public final class Prechecks {

    public static final int SAMPLES = 5;

    /** A statement of a pending migration: what it changes and where it is written ({@code V5__x.sql:3}). */
    public record PendingChange(Change change, String origin) {
    }

    /**
     * One probe's outcome. {@code count} is violating rows (duplicate groups for a key); {@code samples} their keys;
     * {@code skipped} says why nothing is known (then count is 0; sql is null, or the probe to run by hand when it
     * timed out).
     */
    public record Result(String origin, String kind, String table, String subject, long count, List<String> samples,
                         String sql, String skipped) {
        public Result {
            samples = List.copyOf(samples);
        }

        public boolean failsMigration() {
            return skipped == null && count > 0;
        }
    }

    /**
     * How each engine measures a value in the units its VARCHAR(n) limits. Db2: LENGTH without a string unit counts
     * in the column's own string units (bytes in a database of the default SYSTEM units, characters under
     * CODEUNITS32), which is what the declared length limits; CHARACTER_LENGTH would count characters, and before
     * Db2 11.1 it needs the unit written (Db2 11.5 "LENGTH scalar function"; Db2 10.5 "CHARACTER_LENGTH").
     */
    private static final Map<Engine, String> CHARACTER_LENGTH = Map.of(Engine.POSTGRESQL, "CHAR_LENGTH",
            Engine.MYSQL, "CHAR_LENGTH", Engine.MARIADB, "CHAR_LENGTH", Engine.SQLITE, "LENGTH",
            Engine.DB2, "LENGTH");
    /** The largest value of each integer type, for narrowing. */
    private static final Map<String, Long> INTEGER_MAX = Map.of("SMALLINT", (long) Short.MAX_VALUE,
            "INTEGER", (long) Integer.MAX_VALUE, "INT", (long) Integer.MAX_VALUE, "MEDIUMINT", 8_388_607L,
            "TINYINT", 127L, "BIGINT", Long.MAX_VALUE);

    private final Connection connection;
    private final LiveCatalog catalog;
    private final Duration timeout;
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> addedColumns = new HashSet<>();

    public Prechecks(Connection connection, LiveCatalog catalog, Duration timeout) {
        this.connection = connection;
        this.catalog = catalog;
        this.timeout = timeout;
    }

    /** Probes every tightening statement of {@code pending}, in order. */
    public List<Result> run(List<PendingChange> pending) throws SQLException {
        List<Result> results = new ArrayList<>();
        for (PendingChange p : pending) {
            Change change = p.change();
            if (change instanceof Change.CreateTable ct) {
                createdTables.add(key(ct.table()));
            } else if (change instanceof Change.CreateIndex ci && ci.index().unique()) {
                results.add(unique(p.origin(), ci.table(), ci.index().columns(), "unique"));
            } else if (change instanceof Change.AlterTable at) {
                for (AlterAction action : at.actions()) {
                    probe(p.origin(), at.table(), action).ifPresent(results::add);
                }
            }
        }
        return results;
    }

    private Optional<Result> probe(String origin, QualifiedName table, AlterAction action) throws SQLException {
        if (action instanceof AlterAction.AddColumn ac) {
            addedColumns.add(key(table) + "." + ac.column().name().key());
            if (ac.column().declaredNotNull() && !ac.column().hasDefault() && !ac.column().autoIncrement()) {
                return Optional.of(rows(origin, table, ac.column().name()));
            }
            return Optional.empty();
        }
        if (action instanceof AlterAction.SetNotNull sn) {
            return Optional.of(notNull(origin, table, sn.column()));
        }
        if (action instanceof AlterAction.ModifyColumn mc) {
            ColumnDef def = mc.column();
            Optional<LiveColumn> live = liveColumn(table, mc.from());
            if (def.declaredNotNull() && live.map(LiveColumn::nullable).orElse(true)) {
                return Optional.of(notNull(origin, table, mc.from()));
            }
            return narrowing(origin, table, mc.from(), def.type());
        }
        if (action instanceof AlterAction.AlterColumnType act) {
            return narrowing(origin, table, act.column(), act.type());
        }
        if (action instanceof AlterAction.AddConstraint ac) {
            ConstraintDef c = ac.constraint();
            if (c instanceof PrimaryKeyDef pk) {
                return Optional.of(unique(origin, table, pk.columns(), "primary-key"));
            } else if (c instanceof UniqueDef u) {
                return Optional.of(unique(origin, table, u.columns(), "unique"));
            } else if (c instanceof ForeignKeyDef fk) {
                return Optional.of(foreignKey(origin, table, fk));
            } else if (c instanceof CheckDef ck) {
                return Optional.of(check(origin, table, ck));
            }
        }
        return Optional.empty();
    }

    private Result notNull(String origin, QualifiedName table, Name column) throws SQLException {
        String subject = column.text() + " NOT NULL";
        Optional<String> skip = skip(table, List.of(column));
        if (skip.isPresent()) {
            return skipped(origin, "not-null", table, subject, skip.get());
        }
        LiveTable t = live(table).orElseThrow();
        String sql = "SELECT " + keyColumns(t, List.of(column)) + " FROM " + tableSql(t) + " WHERE " + column(t, column)
                + " IS NULL";
        return ask(origin, "not-null", t, subject, sql, keyColumns(t, List.of(column)));
    }

    /** ADD COLUMN ... NOT NULL without a default: every existing row violates it. */
    private Result rows(String origin, QualifiedName table, Name column) throws SQLException {
        String subject = column.text() + " NOT NULL without a default";
        if (createdTables.contains(key(table)) || live(table).isEmpty()) {
            return skipped(origin, "not-null", table, subject, skipNote(table));
        }
        LiveTable t = live(table).orElseThrow();
        String sql = "SELECT " + keyColumns(t, List.of()) + " FROM " + tableSql(t);
        return ask(origin, "not-null", t, subject, sql, keyColumns(t, List.of()));
    }

    private Result unique(String origin, QualifiedName table, List<Name> columns, String kind) throws SQLException {
        String subject = (kind.equals("primary-key") ? "PRIMARY KEY (" : "UNIQUE (")
                + columns.stream().map(Name::text).collect(Collectors.joining(", ")) + ")";
        Optional<String> skip = skip(table, columns);
        if (skip.isPresent()) {
            return skipped(origin, kind, table, subject, skip.get());
        }
        LiveTable t = live(table).orElseThrow();
        String cols = columns.stream().map(c -> column(t, c)).collect(Collectors.joining(", "));
        String notNull = columns.stream().map(c -> column(t, c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        String sql = "SELECT " + cols + ", COUNT(*) AS " + q("rows") + " FROM " + tableSql(t) + " WHERE " + notNull
                + " GROUP BY " + cols + " HAVING COUNT(*) > 1";
        Result duplicates = ask(origin, kind, t, subject, sql, cols);
        if (kind.equals("primary-key")) {
            // a key column must not be NULL either; the engine refuses the key as it refuses NOT NULL
            for (Name c : columns) {
                if (liveColumn(table, c).map(LiveColumn::nullable).orElse(false)) {
                    Result nulls = notNull(origin, table, c);
                    if (nulls.count() > 0) {
                        return nulls;
                    }
                }
            }
        }
        return duplicates;
    }

    private Result foreignKey(String origin, QualifiedName table, ForeignKeyDef fk) throws SQLException {
        String subject = "FOREIGN KEY (" + fk.columns().stream().map(Name::text).collect(Collectors.joining(", "))
                + ") REFERENCES " + fk.parentTable().name().text();
        Optional<String> skip = skip(table, fk.columns());
        if (skip.isEmpty() && (createdTables.contains(key(fk.parentTable())) || live(fk.parentTable()).isEmpty())) {
            skip = Optional.of(skipNote(fk.parentTable()));
        }
        if (skip.isPresent()) {
            return skipped(origin, "foreign-key", table, subject, skip.get());
        }
        LiveTable child = live(table).orElseThrow();
        LiveTable parent = live(fk.parentTable()).orElseThrow();
        List<Name> parentColumns = fk.parentColumns().isEmpty() && parent.primaryKey() != null
                ? parent.primaryKey().columns().stream().map(Name::of).toList() : fk.parentColumns();
        StringBuilder where = new StringBuilder();
        StringBuilder match = new StringBuilder();
        for (int i = 0; i < fk.columns().size(); i++) {
            String c = "c." + column(child, fk.columns().get(i));
            where.append(i == 0 ? "" : " AND ").append(c).append(" IS NOT NULL");
            match.append(i == 0 ? "" : " AND ").append("p.").append(column(parent, parentColumns.get(i))).append(" = ").append(c);
        }
        String sql = "SELECT " + keyColumns(child, fk.columns(), "c.") + " FROM " + tableSql(child) + " c WHERE " + where
                + " AND NOT EXISTS (SELECT 1 FROM " + tableSql(parent) + " p WHERE " + match + ")";
        return ask(origin, "foreign-key", child, subject, sql, keyColumns(child, fk.columns(), "c."));
    }

    private Result check(String origin, QualifiedName table, CheckDef check) throws SQLException {
        String subject = "CHECK (" + check.expression() + ")";
        Optional<String> skip = skip(table, List.of());
        if (skip.isPresent()) {
            return skipped(origin, "check", table, subject, skip.get());
        }
        LiveTable t = live(table).orElseThrow();
        String sql = "SELECT " + keyColumns(t, List.of()) + " FROM " + tableSql(t) + " WHERE NOT ("
                + CatalogSpellings.expression(check.expression()) + ")";
        return ask(origin, "check", t, subject, sql, keyColumns(t, List.of()));
    }

    private Optional<Result> narrowing(String origin, QualifiedName table, Name column, DataType type)
            throws SQLException {
        Optional<LiveColumn> live = liveColumn(table, column);
        if (live.isEmpty() || type == null) {
            return Optional.empty();
        }
        LiveTable t = live(table).orElseThrow();
        String quoted = column(t, column);
        String predicate = null;
        String newType = CatalogSpellings.typeName(type.name());
        String liveType = live.get().typeName();
        int newLength = type.length();
        if (newLength > 0 && Set.of("VARCHAR", "CHAR").contains(newType) && Set.of("VARCHAR", "CHAR", "TEXT").contains(liveType)) {
            int liveLength = live.get().typeArguments().isEmpty() ? Integer.MAX_VALUE
                    : Integer.parseInt(live.get().typeArguments().get(0));
            if (newLength < liveLength) {
                predicate = CHARACTER_LENGTH.get(catalog.engine()) + "(" + quoted + ") > " + newLength;
            }
        } else if (INTEGER_MAX.containsKey(newType) && INTEGER_MAX.containsKey(liveType)
                && INTEGER_MAX.get(newType) < INTEGER_MAX.get(liveType)) {
            long max = INTEGER_MAX.get(newType);
            predicate = quoted + " > " + max + " OR " + quoted + " < " + (-max - 1);
        }
        if (predicate == null) {
            return Optional.empty();
        }
        String sql = "SELECT " + keyColumns(t, List.of(column)) + " FROM " + tableSql(t) + " WHERE " + predicate;
        return Optional.of(ask(origin, "narrowing", t, column.text() + " " + liveType + " -> " + type.written(), sql,
                keyColumns(t, List.of(column))));
    }

    /**
     * Counts and samples the rows {@code sql} finds, each query under the statement timeout; a probe that runs
     * longer is reported as not checked, with its SQL to run by hand, and the other probes still run.
     */
    private Result ask(String origin, String kind, LiveTable t, String subject, String sql, String orderBy)
            throws SQLException {
        long count;
        List<String> samples = new ArrayList<>();
        LiveConnections.Watchdog watchdog = null;
        try (Statement s = connection.createStatement()) {
            watchdog = LiveConnections.watch(s, timeout, catalog.engine());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (" + sql + ") " + q("probe"))) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count > 0) {
                s.setMaxRows(SAMPLES);
                try (ResultSet rs = s.executeQuery(sql + " ORDER BY " + orderBy + limit())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next() && samples.size() < SAMPLES) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            values.add(meta.getColumnLabel(i) + "=" + rs.getString(i));
                        }
                        samples.add(String.join(", ", values));
                    }
                }
            }
        } catch (SQLException e) {
            if (watchdog != null && watchdog.timedOut(e)) {
                return new Result(origin, kind, t.qualifiedName(), subject, 0, List.of(), sql,
                        "the probe ran longer than the statement timeout (" + timeout.toSeconds() + " s)");
            }
            throw e;
        } finally {
            if (watchdog != null) {
                watchdog.close();
            }
            connection.rollback(); // nothing to undo: ends the read-only transaction so the next probe sees fresh data
        }
        return new Result(origin, kind, t.qualifiedName(), subject, count, samples, sql, null);
    }

    private String limit() {
        return catalog.engine() == Engine.DB2 ? " FETCH FIRST " + SAMPLES + " ROWS ONLY" : " LIMIT " + SAMPLES;
    }

    private Optional<String> skip(QualifiedName table, List<Name> columns) {
        if (createdTables.contains(key(table)) || live(table).isEmpty()) {
            return Optional.of(skipNote(table));
        }
        for (Name c : columns) {
            if (addedColumns.contains(key(table) + "." + c.key())) {
                return Optional.of("column " + c.text() + " is added by a pending migration: no rows to check yet");
            }
        }
        return Optional.empty();
    }

    private String skipNote(QualifiedName table) {
        return createdTables.contains(key(table))
                ? "table " + table.name().text() + " is created by a pending migration: no rows to check yet"
                : "table " + table.name().text() + " is not in the live schema";
    }

    private static Result skipped(String origin, String kind, QualifiedName table, String subject, String why) {
        return new Result(origin, kind, table.toString(), subject, 0, List.of(), null, why);
    }

    /** The live table's primary key columns (the rows' identity), or the checked columns where it has none. */
    private String keyColumns(LiveTable t, List<Name> fallback) {
        return keyColumns(t, fallback, "");
    }

    private String keyColumns(LiveTable t, List<Name> fallback, String alias) {
        List<String> columns = t.primaryKey() != null ? t.primaryKey().columns()
                : fallback.isEmpty() ? t.columns().stream().limit(1).map(LiveColumn::name).toList()
                : fallback.stream().map(c -> catalogName(t, c)).toList();
        return columns.stream().map(c -> alias + q(c)).collect(Collectors.joining(", "));
    }

    private Optional<LiveTable> live(QualifiedName table) {
        if (createdTables.contains(key(table))) {
            return Optional.empty();
        }
        String schema = table.schema() == null ? null : table.schema().text();
        return catalog.tables().stream().filter(t -> t.name().equalsIgnoreCase(table.name().text())
                && (schema == null || schema.equalsIgnoreCase(t.schema()))).findFirst();
    }

    private Optional<LiveColumn> liveColumn(QualifiedName table, Name column) {
        return live(table).flatMap(t -> t.columns().stream().filter(c -> c.name().equalsIgnoreCase(column.text()))
                .findFirst());
    }

    /**
     * A column as the catalog spells it, quoted: a migration's unquoted {@code uuid} is {@code UUID} in Db2's
     * catalog, and quoting the migration's spelling would name a column that does not exist.
     */
    private String column(LiveTable t, Name column) {
        return q(catalogName(t, column));
    }

    private static String catalogName(LiveTable t, Name column) {
        return t.columns().stream().filter(c -> c.name().equalsIgnoreCase(column.text())).map(LiveColumn::name)
                .findFirst().orElse(column.text());
    }

    private String tableSql(LiveTable t) {
        return (t.schema() == null || catalog.engine() == Engine.SQLITE ? "" : q(t.schema()) + ".") + q(t.name());
    }

    private String q(String identifier) {
        return FlywayHistory.quote(identifier, catalog.quote());
    }

    private static String key(QualifiedName table) {
        return table.name().text().toLowerCase(Locale.ROOT);
    }
}
