package io.github.dialectic.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Flyway's schema history table: which migrations the database has applied, and with which checksum. A database
 * without the table has applied nothing.
 */
public final class FlywayHistory {

    public static final String DEFAULT_TABLE = "flyway_schema_history";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.*)\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql");

    /** One successful row of the history: {@code version} is null for a repeatable migration. */
    public record Applied(String version, String description, String script, Integer checksum) {
    }

    private FlywayHistory() {
    }

    /**
     * The successfully applied migrations in the order they were installed. {@code table} is {@code name} or
     * {@code schema.name}; it is looked up as written and in the case the engine folds unquoted names to.
     */
    public static List<Applied> read(Connection connection, String table) throws SQLException {
        String schema = null;
        String name = table;
        int dot = table.indexOf('.');
        if (dot > 0) {
            schema = table.substring(0, dot);
            name = table.substring(dot + 1);
        }
        Optional<String> qualified = find(connection, schema, name);
        if (qualified.isEmpty()) {
            return List.of();
        }
        List<Applied> applied = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout((int) LiveConnections.DEFAULT_TIMEOUT.toSeconds());
            try (ResultSet rs = s.executeQuery("SELECT version, description, script, checksum, success FROM "
                    + qualified.get() + " ORDER BY installed_rank")) {
                while (rs.next()) {
                    Object success = rs.getObject(5);
                    boolean ok = success instanceof Boolean b ? b : success instanceof Number n && n.intValue() != 0;
                    if (!ok) {
                        continue; // a failed migration is still pending
                    }
                    int checksum = rs.getInt(4);
                    applied.add(new Applied(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : checksum));
                }
            }
        }
        return applied;
    }

    /** The history table's quoted name, if it exists (in the case written, lower or upper). */
    private static Optional<String> find(Connection connection, String schema, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String quote = meta.getIdentifierQuoteString().trim();
        boolean catalogs = LiveConnections.engine(connection).id().matches("mysql|mariadb");
        for (String candidate : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
            String schemaPattern = schema == null ? null : schema;
            try (ResultSet rs = catalogs ? meta.getTables(schemaPattern == null ? connection.getCatalog() : schemaPattern,
                    null, candidate, null) : meta.getTables(null, schemaPattern == null ? connection.getSchema()
                    : schemaPattern, candidate, null)) {
                while (rs.next()) {
                    if (candidate.equals(rs.getString("TABLE_NAME"))) {
                        String owner = catalogs ? rs.getString("TABLE_CAT") : rs.getString("TABLE_SCHEM");
                        return Optional.of((owner == null ? "" : quote(owner, quote) + ".") + quote(candidate, quote));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An identifier in the database's own quotes, doubled inside. */
    static String quote(String identifier, String quote) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /**
     * Flyway's checksum of a migration: CRC32 over its lines without their line breaks (a BOM removed), as a signed
     * int (Flyway's ChecksumCalculator; LiveCheckTest pins it against Flyway itself).
     */
    public static int checksum(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return (int) crc.getValue();
    }

    /** The version Flyway records for a versioned file name ({@code V1_1__x.sql} is {@code 1.1}), if it is one. */
    static Optional<String> version(Path file) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        return m.matches() ? Optional.of(normalise(m.group(1))) : Optional.empty();
    }

    static boolean repeatable(Path file) {
        return REPEATABLE.matcher(file.getFileName().toString()).matches();
    }

    /** A version with {@code _} as {@code .} and leading zeros and trailing zero parts dropped, for comparing. */
    static String normalise(String version) {
        List<String> parts = new ArrayList<>();
        for (String part : version.replace('_', '.').split("\\.")) {
            parts.add(part.replaceFirst("^0+(?=\\d)", ""));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).equals("0")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }
}
