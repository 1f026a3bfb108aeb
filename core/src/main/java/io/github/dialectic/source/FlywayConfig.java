package io.github.dialectic.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a project's Flyway settings say about its SQL migrations, whoever wrote them (Spring Boot's
 * {@code spring.flyway.*}, {@code flyway.conf}, {@code flyway.toml}, the Flyway Maven plugin, {@code dialectic.toml}):
 * where they are, how they are named, which placeholders they hold and whether Flyway runs each in a transaction.
 * Defaults are Flyway's.
 *
 * @param locations              as written: {@code classpath:}, {@code filesystem:} or neither; {@code {vendor}} marks a
 *                               location per engine (Spring Boot's vendor ids: {@code postgresql}, {@code mysql},
 *                               {@code mariadb}, {@code sqlite}, {@code db2})
 * @param sqlMigrationPrefix     of versioned migrations ({@code V})
 * @param repeatablePrefix       of repeatable migrations ({@code R})
 * @param undoPrefix             of undo migrations ({@code U}), which migrate never runs
 * @param separator              between version and description ({@code __})
 * @param suffixes               of SQL migration files ({@code .sql})
 * @param placeholders           names and values; {@code ${name}} in a migration is replaced before splitting
 * @param placeholderPrefix      {@code ${}
 * @param placeholderSuffix      {@code }}
 * @param placeholderReplacement whether placeholders are replaced at all
 * @param executeInTransaction   Flyway's default for a script with no {@code .sql.conf} of its own (true)
 * @param mixed                  whether a script may mix statements that run in a transaction with those that cannot
 * @param defaultSchema          for {@code ${flyway:defaultSchema}} (null: unknown)
 * @param table                  the history table, for {@code ${flyway:table}}
 * @param readFrom               the files these settings came from, for messages (empty: Flyway's defaults)
 */
public record FlywayConfig(List<String> locations, String sqlMigrationPrefix, String repeatablePrefix,
                           String undoPrefix, String separator, List<String> suffixes,
                           Map<String, String> placeholders, String placeholderPrefix, String placeholderSuffix,
                           boolean placeholderReplacement, boolean executeInTransaction, boolean mixed,
                           String defaultSchema, String table, List<String> readFrom) {

    /** Flyway's default location. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    public FlywayConfig {
        locations = List.copyOf(locations);
        Objects.requireNonNull(sqlMigrationPrefix, "sqlMigrationPrefix");
        Objects.requireNonNull(repeatablePrefix, "repeatablePrefix");
        Objects.requireNonNull(undoPrefix, "undoPrefix");
        if (separator == null || separator.isEmpty()) {
            throw new IllegalArgumentException("the SQL migration separator must not be empty");
        }
        suffixes = List.copyOf(suffixes);
        if (suffixes.isEmpty()) {
            throw new IllegalArgumentException("at least one SQL migration suffix is needed (Flyway's: .sql)");
        }
        placeholders = Map.copyOf(new LinkedHashMap<>(placeholders));
        if (placeholderPrefix == null || placeholderPrefix.isEmpty() || placeholderSuffix == null
                || placeholderSuffix.isEmpty()) {
            throw new IllegalArgumentException("placeholder prefix and suffix must not be empty");
        }
        Objects.requireNonNull(table, "table");
        readFrom = List.copyOf(readFrom);
    }

    /** Flyway's defaults: {@code classpath:db/migration}, {@code V1__x.sql}, no placeholders, in a transaction. */
    public static FlywayConfig defaults() {
        return new FlywayConfig(List.of(DEFAULT_LOCATION), "V", "R", "U", "__", List.of(".sql"), Map.of(), "${", "}",
                true, true, false, null, "flyway_schema_history", List.of());
    }

    /** Whether the locations name a folder per engine ({@code {vendor}}). */
    public boolean hasVendorLocations() {
        return locations.stream().anyMatch(l -> l.contains(MigrationLayout.VENDOR));
    }

    /** Whether migration files are named as Flyway names them by default ({@code V1__x.sql}, {@code R__x.sql}). */
    public boolean namedAsByDefault() {
        FlywayConfig d = defaults();
        return sqlMigrationPrefix.equals(d.sqlMigrationPrefix) && repeatablePrefix.equals(d.repeatablePrefix)
                && undoPrefix.equals(d.undoPrefix) && separator.equals(d.separator) && suffixes.equals(d.suffixes);
    }

    public FlywayConfig withLocations(List<String> newLocations) {
        return new FlywayConfig(newLocations, sqlMigrationPrefix, repeatablePrefix, undoPrefix, separator, suffixes,
                placeholders, placeholderPrefix, placeholderSuffix, placeholderReplacement, executeInTransaction, mixed,
                defaultSchema, table, readFrom);
    }

    /** These placeholders over the present ones (a name given again takes the new value). */
    public FlywayConfig withPlaceholders(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(placeholders);
        merged.putAll(more);
        return new FlywayConfig(locations, sqlMigrationPrefix, repeatablePrefix, undoPrefix, separator, suffixes,
                merged, placeholderPrefix, placeholderSuffix, placeholderReplacement, executeInTransaction, mixed,
                defaultSchema, table, readFrom);
    }

    /** The same settings, noted as read from {@code file} as well. */
    public FlywayConfig readAlsoFrom(String file) {
        List<String> from = new ArrayList<>(readFrom);
        if (!from.contains(file)) {
            from.add(file);
        }
        return new FlywayConfig(locations, sqlMigrationPrefix, repeatablePrefix, undoPrefix, separator, suffixes,
                placeholders, placeholderPrefix, placeholderSuffix, placeholderReplacement, executeInTransaction, mixed,
                defaultSchema, table, from);
    }

    /**
     * These settings with those of {@code settings} applied over them: keys as Flyway names them
     * ({@code sqlMigrationPrefix}) or Spring Boot ({@code sql-migration-prefix}), case and {@code -}/{@code _}
     * ignored; {@code placeholders.NAME} sets a placeholder. Unknown keys are left alone (Flyway has many that do not
     * concern the SQL). A bad value is an {@link IllegalArgumentException} naming the key.
     */
    public FlywayConfig with(Map<String, String> settings) {
        List<String> loc = locations;
        String prefix = sqlMigrationPrefix;
        String repeatable = repeatablePrefix;
        String undo = undoPrefix;
        String sep = separator;
        List<String> suf = suffixes;
        Map<String, String> ph = new LinkedHashMap<>(placeholders);
        String phPrefix = placeholderPrefix;
        String phSuffix = placeholderSuffix;
        boolean replace = placeholderReplacement;
        boolean inTransaction = executeInTransaction;
        boolean mix = mixed;
        String schema = defaultSchema;
        String tbl = table;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue().trim();
            if (key.regionMatches(true, 0, "placeholders.", 0, "placeholders.".length())) {
                ph.put(key.substring("placeholders.".length()), e.getValue() == null ? "" : e.getValue());
                continue;
            }
            switch (normalize(key)) {
                case "locations" -> loc = split(value);
                case "sqlmigrationprefix" -> prefix = value;
                case "repeatablesqlmigrationprefix" -> repeatable = value;
                case "undosqlmigrationprefix" -> undo = value;
                case "sqlmigrationseparator" -> sep = value;
                case "sqlmigrationsuffixes" -> suf = split(value);
                case "placeholderprefix" -> phPrefix = value;
                case "placeholdersuffix" -> phSuffix = value;
                case "placeholderreplacement" -> replace = bool(key, value);
                case "executeintransaction" -> inTransaction = bool(key, value);
                case "mixed" -> mix = bool(key, value);
                case "defaultschema" -> schema = value.isEmpty() ? null : value;
                case "schemas" -> schema = schema != null || value.isEmpty() ? schema : split(value).get(0);
                case "table" -> tbl = value;
                default -> {
                    // not about the SQL files (url, user, baselineOnMigrate, ...)
                }
            }
        }
        return new FlywayConfig(loc, prefix, repeatable, undo, sep, suf, ph, phPrefix, phSuffix, replace,
                inTransaction, mix, schema, tbl, readFrom);
    }

    /** A bad value of one setting, with the key as the settings gave it, so that a reader can point at its line. */
    public static final class BadSetting extends IllegalArgumentException {
        private final String key;

        BadSetting(String key, String message) {
            super(message);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Spring Boot's relaxed names and Flyway's camel case meet here: lower case, no dashes or underscores. */
    static String normalize(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> split(String commaSeparated) {
        List<String> result = new ArrayList<>();
        for (String piece : commaSeparated.split(",")) {
            if (!piece.isBlank()) {
                result.add(piece.trim());
            }
        }
        return result;
    }

    private static boolean bool(String key, String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        } else if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new BadSetting(key, key + " must be true or false, not '" + value + "'");
    }
}
