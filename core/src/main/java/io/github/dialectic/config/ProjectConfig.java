package io.github.dialectic.config;

import io.github.dialectic.DidYouMean;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.SourceException;
import io.github.dialectic.source.SqlFlavor;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's {@code dialectic.toml}: the settings the command line, the Maven plugin and {@code dialectic-junit}
 * share, so that the three cannot disagree. Each front end reads it with {@link #load} (or {@link #read}) and lets its
 * own flags or parameters override what it says. Every setting is optional; an unknown key or a bad value is a
 * {@link SourceException} naming the file and line.
 *
 * <pre>
 * targets = ["postgresql:16", "db2"]
 * fail-on = "warning"
 * baseline = "dialectic-baseline.json"
 * locations = ["src/main/resources/db/migration"]
 *
 * [rules]
 * disable = ["fk-on-update-action"]
 * severity = { nullable-unique-key = "warning" }
 *
 * [vendors]            # migrations that belong to one engine
 * postgresql = ["src/main/resources/db/vendor/postgresql"]
 *
 * [placeholders]       # Flyway placeholders: ${schema}
 * schema = "app"
 *
 * [liquibase]          # a Liquibase project instead
 * changelog = "classpath:db/changelog/db.changelog-master.xml"
 * contexts = "prod"
 * labels = "!slow"
 * </pre>
 */
public final class ProjectConfig {

    /** The file's name, looked for in the working directory (command line, tests) or the project directory (Maven). */
    public static final String FILE_NAME = "dialectic.toml";

    private static final List<String> TOP_KEYS = List.of("targets", "fail-on", "baseline", "flavor", "locations",
            "rules", "vendors", "placeholders", "liquibase");
    private static final List<String> LIQUIBASE_KEYS = List.of("changelog", "contexts", "labels");
    private static final List<String> RULES_KEYS = List.of("disable", "severity");
    private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");

    /** No file: every setting unset. */
    public static final ProjectConfig NONE = new ProjectConfig(null, null, List.of(), Map.of(), null, null, null,
            List.of(), Map.of(), Map.of(), null);

    private final Path file;
    private final Targets targets;
    private final List<String> disabledRules;
    private final Map<String, Severity> severities;
    private final String failOn;
    private final Path baseline;
    private final SqlFlavor flavor;
    private final List<String> locations;
    private final Map<Engine, List<String>> vendorSets;
    private final Map<String, String> placeholders;
    private final Liquibase liquibase;

    /**
     * {@code [liquibase]}: the project's main changelog as written ({@code classpath:} under
     * {@code src/main/resources}, else relative to the file) and the contexts and labels of its runs (null: every
     * changeset).
     */
    public record Liquibase(String changelog, String contexts, String labels) {
    }

    private ProjectConfig(Path file, Targets targets, List<String> disabledRules, Map<String, Severity> severities,
                          String failOn, Path baseline, SqlFlavor flavor, List<String> locations,
                          Map<Engine, List<String>> vendorSets, Map<String, String> placeholders, Liquibase liquibase) {
        this.file = file;
        this.targets = targets;
        this.disabledRules = List.copyOf(disabledRules);
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        this.failOn = failOn;
        this.baseline = baseline;
        this.flavor = flavor;
        this.locations = List.copyOf(locations);
        Map<Engine, List<String>> sets = new EnumMap<>(Engine.class);
        vendorSets.forEach((e, l) -> sets.put(e, List.copyOf(l)));
        this.vendorSets = Collections.unmodifiableMap(sets);
        this.placeholders = Collections.unmodifiableMap(new LinkedHashMap<>(placeholders));
        this.liquibase = liquibase;
    }

    /**
     * The {@value #FILE_NAME} that governs {@code directory}: the one in it, else in the nearest parent, searching up
     * to the root of the version-control checkout (a directory holding {@code .git}) and no further.
     */
    public static Optional<Path> find(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        while (dir != null) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** The file {@link #find} finds from {@code directory}, read; {@link #NONE} when there is none. */
    public static ProjectConfig load(Path directory, Collection<String> ruleIds) throws SourceException {
        Optional<Path> found = find(directory);
        return found.isPresent() ? read(found.get(), ruleIds) : NONE;
    }

    /**
     * Reads {@code file}. Rule ids are checked against {@code ruleIds} (null: not checked); relative paths in it
     * ({@code baseline}) are relative to the file's directory, and so are {@code locations}, which the front ends
     * resolve.
     */
    public static ProjectConfig read(Path file, Collection<String> ruleIds) throws SourceException {
        TomlParseResult toml;
        try {
            toml = Toml.parse(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SourceException(file, 0, "no such file", e);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot read: " + e, e);
        }
        if (toml.hasErrors()) {
            TomlParseError first = toml.errors().get(0);
            throw new SourceException(file, first.position().line(), "not valid TOML: " + first.getMessage());
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot read: " + e, e);
        }
        return new Reader(file, text, ruleIds).read(toml);
    }

    /** Reads one file, checking each value where it is, so that an error names its line. */
    private static final class Reader {
        private final Path file;
        private final String text;
        private final Collection<String> ruleIds;

        Reader(Path file, String text, Collection<String> ruleIds) {
            this.file = file;
            this.text = text;
            this.ruleIds = ruleIds;
        }

        /**
         * The line of an array's element: tomlj gives the position of the token before it (the bracket or comma), so
         * whitespace, commas and comments after that are skipped.
         */
        private int elementLine(TomlArray array, int index) {
            TomlPosition at = array.inputPositionOf(index);
            int line = 1;
            int i = 0;
            while (i < text.length() && line < at.line()) {
                if (text.charAt(i++) == '\n') {
                    line++;
                }
            }
            i = Math.min(text.length(), i + Math.max(0, at.column() - 1));
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '#') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                } else if (!Character.isWhitespace(c) && c != ',' && c != '[') {
                    break;
                }
                i++;
            }
            return line;
        }

        ProjectConfig read(TomlTable top) throws SourceException {
            checkKeys(top, TOP_KEYS, "");
            Targets targets = null;
            if (top.get(List.of("targets")) != null) {
                List<String> specs = stringOrList(top, "targets");
                try {
                    targets = Targets.parse(specs);
                } catch (IllegalArgumentException e) {
                    throw error(top, "targets", "targets: " + e.getMessage());
                }
            }
            String failOn = null;
            if (top.get(List.of("fail-on")) != null) {
                failOn = string(top, "fail-on").trim().toLowerCase(Locale.ROOT);
                if (!FAIL_ON.contains(failOn)) {
                    throw error(top, "fail-on", "fail-on: unknown level '" + failOn + "'"
                            + DidYouMean.hint(failOn, FAIL_ON) + "; valid: " + String.join(", ", FAIL_ON));
                }
            }
            Path baseline = null;
            if (top.get(List.of("baseline")) != null) {
                String text = string(top, "baseline");
                if (text.isBlank()) {
                    throw error(top, "baseline", "baseline: empty path");
                }
                baseline = directoryOf(file).resolve(text).normalize();
            }
            SqlFlavor flavor = null;
            if (top.get(List.of("flavor")) != null) {
                String text = string(top, "flavor");
                List<String> flavors = java.util.Arrays.stream(SqlFlavor.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
                if (!flavors.contains(text.trim().toLowerCase(Locale.ROOT))) {
                    throw error(top, "flavor", "flavor: unknown flavor '" + text + "'" + DidYouMean.hint(text, flavors)
                            + "; valid: " + String.join(", ", flavors));
                }
                flavor = SqlFlavor.valueOf(text.trim().toUpperCase(Locale.ROOT));
            }
            List<String> locations = top.get(List.of("locations")) == null ? List.of() : nonEmpty(top, "locations");

            List<String> disabled = new ArrayList<>();
            Map<String, Severity> severities = new LinkedHashMap<>();
            TomlTable rules = table(top, "rules");
            if (rules != null) {
                checkKeys(rules, RULES_KEYS, "rules.");
                if (rules.get(List.of("disable")) != null) {
                    TomlArray ids = array(rules, "disable", "rules.disable");
                    for (int i = 0; i < ids.size(); i++) {
                        disabled.add(ruleId(ids.get(i), elementLine(ids, i), "rules.disable"));
                    }
                }
                TomlTable levels = table(rules, "severity");
                if (levels != null) {
                    for (String id : levels.keySet()) {
                        TomlPosition at = levels.inputPositionOf(List.of(id));
                        ruleId(id, at.line(), "rules.severity");
                        Object value = levels.get(List.of(id));
                        if (!(value instanceof String level)) {
                            throw new SourceException(file, at.line(), "rules.severity." + id
                                    + ": expected a level as a string (error, warning or info)");
                        }
                        try {
                            severities.put(id, Severity.parse(level));
                        } catch (IllegalArgumentException e) {
                            throw new SourceException(file, at.line(), "rules.severity." + id + ": " + e.getMessage()
                                    + DidYouMean.hint(level, List.of("error", "warning", "info")));
                        }
                    }
                }
            }

            Map<Engine, List<String>> vendorSets = new EnumMap<>(Engine.class);
            TomlTable vendors = table(top, "vendors");
            if (vendors != null) {
                for (String name : vendors.keySet()) {
                    TomlPosition at = vendors.inputPositionOf(List.of(name));
                    Engine engine;
                    try {
                        engine = Engine.byName(name).orElseThrow(() -> Engine.unknown(name));
                    } catch (IllegalArgumentException e) {
                        throw new SourceException(file, at.line(), "vendors: " + e.getMessage());
                    }
                    if (vendorSets.containsKey(engine)) {
                        throw new SourceException(file, at.line(), "vendors: " + engine.id() + " given twice");
                    }
                    vendorSets.put(engine, nonEmpty(vendors, name));
                }
            }
            Map<String, String> placeholders = new LinkedHashMap<>();
            TomlTable values = table(top, "placeholders");
            if (values != null) {
                for (String name : values.keySet()) {
                    Object value = values.get(List.of(name));
                    if (value instanceof TomlTable || value instanceof TomlArray || value == null) {
                        throw new SourceException(file, values.inputPositionOf(List.of(name)).line(), "placeholders."
                                + name + ": expected a value (a string, number or boolean)");
                    }
                    placeholders.put(name, value.toString());
                }
            }
            Liquibase liquibase = null;
            TomlTable lb = table(top, "liquibase");
            if (lb != null) {
                checkKeys(lb, LIQUIBASE_KEYS, "liquibase.");
                if (lb.get(List.of("changelog")) == null || string(lb, "changelog").isBlank()) {
                    throw new SourceException(file, top.inputPositionOf(List.of("liquibase")).line(),
                            "liquibase: changelog missing (the project's main changelog, e.g. changelog = "
                                    + "\"classpath:db/changelog/db.changelog-master.xml\")");
                }
                liquibase = new Liquibase(string(lb, "changelog").trim(),
                        lb.get(List.of("contexts")) == null ? null : string(lb, "contexts"),
                        lb.get(List.of("labels")) == null ? null : string(lb, "labels"));
            }
            return new ProjectConfig(file, targets, disabled, severities, failOn, baseline, flavor, locations,
                    vendorSets, placeholders, liquibase);
        }

        private void checkKeys(TomlTable table, List<String> known, String prefix) throws SourceException {
            for (String key : table.keySet()) {
                if (!known.contains(key)) {
                    throw new SourceException(file, table.inputPositionOf(List.of(key)).line(), "unknown key '"
                            + prefix + key + "'" + DidYouMean.closest(key, known)
                                    .map(k -> "; did you mean '" + prefix + k + "'?").orElse("")
                            + "; valid keys" + (prefix.isEmpty() ? "" : " in [" + prefix.substring(0,
                            prefix.length() - 1) + "]") + ": " + String.join(", ", known));
                }
            }
        }

        private String ruleId(Object value, int line, String key) throws SourceException {
            if (!(value instanceof String id)) {
                throw new SourceException(file, line, key + ": expected rule ids as strings");
            }
            if (ruleIds != null && !ruleIds.contains(id)) {
                throw new SourceException(file, line, key + ": unknown rule '" + id + "'"
                        + DidYouMean.hint(id, ruleIds) + " (list them with 'dialectic rules')");
            }
            return id;
        }

        private String string(TomlTable table, String key) throws SourceException {
            Object value = table.get(List.of(key));
            if (!(value instanceof String s)) {
                throw error(table, key, key + ": expected a string, found " + describe(value));
            }
            return s;
        }

        /** A string, or an array of strings. */
        private List<String> stringOrList(TomlTable table, String key) throws SourceException {
            Object value = table.get(List.of(key));
            if (value instanceof String s) {
                return List.of(s);
            }
            return strings(table, key, key);
        }

        private List<String> nonEmpty(TomlTable table, String key) throws SourceException {
            List<String> list = stringOrList(table, key);
            if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
                throw error(table, key, key + ": expected one or more non-empty paths");
            }
            return list;
        }

        private List<String> strings(TomlTable table, String key, String name) throws SourceException {
            TomlArray array = array(table, key, name);
            List<String> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof String s)) {
                    throw new SourceException(file, elementLine(array, i), name
                            + ": expected strings, found " + describe(array.get(i)));
                }
                list.add(s);
            }
            return list;
        }

        private TomlArray array(TomlTable table, String key, String name) throws SourceException {
            Object value = table.get(List.of(key));
            if (!(value instanceof TomlArray a)) {
                throw error(table, key, name + ": expected an array of strings, found " + describe(value));
            }
            return a;
        }

        private TomlTable table(TomlTable parent, String key) throws SourceException {
            Object value = parent.get(List.of(key));
            if (value == null) {
                return null;
            }
            if (!(value instanceof TomlTable t)) {
                throw error(parent, key, key + ": expected a table ([" + key + "] or " + key + " = { ... }), found "
                        + describe(value));
            }
            return t;
        }

        private SourceException error(TomlTable table, String key, String message) {
            return new SourceException(file, table.inputPositionOf(List.of(key)).line(), message);
        }

        private static String describe(Object value) {
            if (value instanceof String) {
                return "a string";
            } else if (value instanceof TomlArray) {
                return "an array";
            } else if (value instanceof TomlTable) {
                return "a table";
            } else if (value instanceof Boolean) {
                return "a boolean";
            } else if (value instanceof Number) {
                return "a number";
            }
            return value == null ? "nothing" : "a " + value.getClass().getSimpleName();
        }
    }

    private static Path directoryOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** The file these settings come from, or null for {@link #NONE}. */
    public Path file() {
        return file;
    }

    /** The directory relative paths in the file are relative to (the project's), or null for {@link #NONE}. */
    public Path directory() {
        return file == null ? null : directoryOf(file);
    }

    /** {@code targets}, or null when not set. */
    public Targets targets() {
        return targets;
    }

    /** {@code [rules] disable}: rule ids to turn off. */
    public List<String> disabledRules() {
        return disabledRules;
    }

    /** {@code [rules] severity}: rule id to severity. */
    public Map<String, Severity> severities() {
        return severities;
    }

    /** {@code fail-on}: error, warning, info or never, lower case; null when not set. */
    public String failOn() {
        return failOn;
    }

    /** {@code baseline}, resolved against the file's directory; null when not set. */
    public Path baseline() {
        return baseline;
    }

    /** {@code flavor}, or null when not set (detected per file). */
    public SqlFlavor flavor() {
        return flavor;
    }

    /**
     * {@code locations} as written (Flyway syntax: {@code classpath:}, {@code filesystem:} or a plain path relative to
     * {@link #directory()}; may hold {@code {vendor}}); empty when not set.
     */
    public List<String> locations() {
        return locations;
    }

    /** {@code [vendors]}: each engine's own migration locations, written as {@link #locations()} are. */
    public Map<Engine, List<String>> vendorSets() {
        return vendorSets;
    }

    /** {@code [liquibase]}, or null when the file has none. */
    public Liquibase liquibase() {
        return liquibase;
    }

    /**
     * {@code [liquibase] changelog} as a path: {@code classpath:} under {@code src/main/resources} of the file's
     * directory, anything else relative to it; null when not set.
     */
    public Path changelog() {
        return liquibase == null ? null : resolve(liquibase.changelog());
    }

    /** {@code [placeholders]}: Flyway placeholder values by name. */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /**
     * {@code options} with this file's settings in place of the defaults: targets, disabled rules, severities (added
     * to any already there) and flavour, each only when the file sets it. A front end applies its own flags after.
     */
    public LintOptions applyTo(LintOptions options) {
        LintOptions result = options;
        if (targets != null) {
            result = result.withTargets(targets);
        }
        if (!disabledRules.isEmpty()) {
            Set<String> all = new LinkedHashSet<>(result.disabledRules());
            all.addAll(disabledRules);
            result = result.withDisabled(all);
        }
        if (!severities.isEmpty()) {
            Map<String, Severity> all = new LinkedHashMap<>(result.severityOverrides());
            all.putAll(severities);
            result = result.withSeverities(all);
        }
        if (flavor != null) {
            result = result.withFlavor(flavor);
        }
        return result;
    }

    /**
     * A location as a path on disk: {@code filesystem:} and plain paths relative to {@link #directory()},
     * {@code classpath:} under {@code src/main/resources} of it (the Maven and Gradle layout).
     */
    public Path resolve(String location) {
        String l = location.trim();
        if (l.startsWith("classpath:")) {
            return directory().resolve("src/main/resources").resolve(stripSlash(l.substring("classpath:".length())))
                    .normalize();
        }
        if (l.startsWith("filesystem:")) {
            l = l.substring("filesystem:".length());
        }
        return directory().resolve(l).normalize();
    }

    /**
     * A location of this file as a Flyway location the layout resolves: {@code classpath:} as written (looked up in
     * the project's resources), anything else {@code filesystem:} and absolute, relative to {@link #directory()}.
     */
    public String locationSpec(String location) {
        String l = location.trim();
        return l.startsWith("classpath:") ? l : "filesystem:" + resolve(l);
    }

    /** {@link #locations()} as {@link #locationSpec} makes them. */
    public List<String> locationSpecs() {
        return locations.stream().map(this::locationSpec).toList();
    }

    /** {@link #vendorSets()} as {@link #locationSpec} makes them. */
    public Map<Engine, List<String>> vendorSpecs() {
        Map<Engine, List<String>> specs = new EnumMap<>(Engine.class);
        vendorSets.forEach((engine, list) -> specs.put(engine, list.stream().map(this::locationSpec).toList()));
        return specs;
    }

    /**
     * Whether the file says something only a Flyway layout can honour: engine sets ({@code [vendors]} or
     * {@code {vendor}} in {@code locations}) or {@code [placeholders]}.
     */
    public boolean shapesLayout() {
        return !vendorSets.isEmpty() || !placeholders.isEmpty()
                || locations.stream().anyMatch(l -> l.contains(io.github.dialectic.source.MigrationLayout.VENDOR));
    }

    /**
     * Flyway settings with this file's over them: its {@code locations} (when set) and {@code [placeholders]} (a
     * name given here wins). {@code [vendors]} are not locations of Flyway's: see {@link #vendorSpecs()}.
     */
    public io.github.dialectic.source.FlywayConfig applyTo(io.github.dialectic.source.FlywayConfig flyway) {
        io.github.dialectic.source.FlywayConfig result = locations.isEmpty() ? flyway
                : flyway.withLocations(locationSpecs());
        result = placeholders.isEmpty() ? result : result.withPlaceholders(placeholders);
        return file == null || !shapesLayout() && locations.isEmpty() ? result : result.readAlsoFrom(file.toString());
    }

    private static String stripSlash(String s) {
        return s.startsWith("/") ? s.substring(1) : s;
    }

    @Override
    public String toString() {
        return file == null ? "no " + FILE_NAME : file.toString();
    }
}
