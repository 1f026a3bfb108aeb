package io.github.dialectic.source;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Flyway settings of a project as the project wrote them: {@code flyway.conf} and {@code flyway.toml} (the
 * project folder and its {@code conf/}), then Spring Boot's {@code spring.flyway.*} in {@code application.properties},
 * {@code application.yml} / {@code .yaml} (each resource root and its {@code config/}) and the files of the active
 * profiles ({@code application-<profile>.*}; the profiles given, else {@code spring.profiles.active}), later files
 * winning. A file that cannot be parsed is a {@link SourceException} naming it and the line.
 */
public final class FlywayConfigFiles {

    private static final String SPRING_PREFIX = "spring.flyway.";
    private static final String FLYWAY_PREFIX = "flyway.";
    private static final List<String> SPRING_EXTENSIONS = List.of(".properties", ".yml", ".yaml");

    /** The settings, the files they came from and every file looked for (for a message when nothing is found). */
    public record Found(FlywayConfig config, List<Path> read, List<Path> searched, List<String> profiles) {
        public Found {
            read = List.copyOf(read);
            searched = List.copyOf(searched);
            profiles = List.copyOf(profiles);
        }

        /** Whether any file said anything about Flyway. */
        public boolean any() {
            return !read.isEmpty();
        }
    }

    private FlywayConfigFiles() {
    }

    /**
     * The settings of the project in {@code projectDir}, its resources in {@code resourceRoots} (a Maven project:
     * {@code src/main/resources}), for the Spring profiles given (empty: those the files make active).
     */
    public static Found read(Path projectDir, List<Path> resourceRoots, List<String> profiles) throws SourceException {
        FlywayConfig config = FlywayConfig.defaults();
        List<Path> read = new ArrayList<>();
        List<Path> searched = new ArrayList<>();
        for (Path dir : List.of(projectDir, projectDir.resolve("conf"))) {
            Path conf = dir.resolve("flyway.conf");
            searched.add(conf);
            if (Files.isRegularFile(conf)) {
                Map<String, String> flyway = strip(properties(conf), FLYWAY_PREFIX);
                config = apply(config, flyway, conf, read);
            }
            Path toml = dir.resolve("flyway.toml");
            searched.add(toml);
            if (Files.isRegularFile(toml)) {
                config = apply(config, toml(toml), toml, read);
            }
        }

        List<Path> springDirs = new ArrayList<>();
        for (Path root : resourceRoots) {
            springDirs.add(root);
            springDirs.add(root.resolve("config"));
        }
        List<Document> base = new ArrayList<>();
        for (Path dir : springDirs) {
            for (String ext : SPRING_EXTENSIONS) {
                Path file = dir.resolve("application" + ext);
                searched.add(file);
                if (Files.isRegularFile(file)) {
                    base.addAll(documents(file));
                }
            }
        }
        List<String> active = new ArrayList<>(profiles);
        if (active.isEmpty()) {
            Map<String, String> plain = new LinkedHashMap<>();
            base.stream().filter(d -> d.onProfile() == null).forEach(d -> plain.putAll(d.values()));
            String named = plain.get("spring.profiles.active");
            if (named != null) {
                for (String p : named.split(",")) {
                    if (!p.isBlank()) {
                        active.add(p.trim());
                    }
                }
            }
        }
        List<Document> applied = new ArrayList<>();
        for (Document d : base) {
            if (d.onProfile() == null || active.contains(d.onProfile())) {
                applied.add(d);
            }
        }
        for (String profile : active) {
            for (Path dir : springDirs) {
                for (String ext : SPRING_EXTENSIONS) {
                    Path file = dir.resolve("application-" + profile + ext);
                    searched.add(file);
                    if (Files.isRegularFile(file)) {
                        documents(file).stream().filter(d -> d.onProfile() == null || active.contains(d.onProfile()))
                                .forEach(applied::add);
                    }
                }
            }
        }
        Map<String, String> all = new LinkedHashMap<>();
        applied.forEach(d -> all.putAll(d.values()));
        for (Document d : applied) {
            Map<String, String> flyway = resolveSpring(strip(d.values(), SPRING_PREFIX), all);
            if (!flyway.isEmpty()) {
                config = apply(config, flyway, d.file(), read);
            }
        }
        return new Found(config, read, searched, active);
    }

    private static FlywayConfig apply(FlywayConfig config, Map<String, String> settings, Path file, List<Path> read)
            throws SourceException {
        try {
            FlywayConfig result = config.with(settings);
            if (!read.contains(file)) {
                read.add(file);
            }
            return result.readAlsoFrom(file.toString());
        } catch (IllegalArgumentException e) {
            throw new SourceException(file, e instanceof FlywayConfig.BadSetting bad ? lineOf(file, bad.key()) : 0,
                    e.getMessage(), e);
        }
    }

    /**
     * The 1-based line where {@code key} (the last part of a dotted key, as in {@code mixed} of
     * {@code spring.flyway.mixed}) is set in {@code file}: {@code key=}, {@code key:} or {@code key =}, with any
     * dotted prefix or quotes; 0 when no line says it.
     */
    static int lineOf(Path file, String key) {
        Pattern setting = Pattern.compile("[\"']?(?:[\\w.\\-]*\\.)?" + Pattern.quote(key) + "[\"']?\\s*[=:].*",
                Pattern.CASE_INSENSITIVE);
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (setting.matcher(lines.get(i).strip()).matches()) {
                    return i + 1;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the file was read a moment ago; without its line the message still names it
        }
        return 0;
    }

    /** One document of a Spring configuration file: its flattened keys, and the profile it is for (null: any). */
    private record Document(Path file, Map<String, String> values, String onProfile) {
    }

    private static List<Document> documents(Path file) throws SourceException {
        if (file.getFileName().toString().endsWith(".properties")) {
            // Spring Boot 2.4+: "#---" splits a properties file into documents too; rare, and read as one here
            Map<String, String> values = properties(file);
            return List.of(new Document(file, values, values.get("spring.config.activate.on-profile")));
        }
        String text = text(file);
        List<Document> result = new ArrayList<>();
        try {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (Object doc : yaml.loadAll(new StringReader(text))) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", doc, flat);
                String onProfile = flat.get("spring.config.activate.on-profile");
                if (onProfile == null) {
                    onProfile = flat.get("spring.profiles"); // before Spring Boot 2.4
                }
                result.add(new Document(file, flat, onProfile));
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new SourceException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new SourceException(file, 0, "not valid YAML: " + e.getMessage(), e);
        }
        return result;
    }

    /** Nested maps as dotted keys, lists as comma-separated values (as Spring binds them to a list property). */
    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
                flatten(key, e.getValue(), out);
            }
        } else if (node instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(String.valueOf(o));
            }
            out.put(prefix, String.join(",", parts));
        } else if (!prefix.isEmpty()) {
            out.put(prefix, node == null ? "" : String.valueOf(node));
        }
    }

    private static final Pattern INDEXED = Pattern.compile("(.*)\\[(\\d+)]");

    /** A properties file with {@code key[0]=a, key[1]=b} joined into {@code key=a,b}. */
    private static Map<String, String> properties(Path file) throws SourceException {
        Properties p = new Properties();
        try (Reader r = new StringReader(text(file))) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> lists = new LinkedHashMap<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            Matcher m = INDEXED.matcher(key);
            if (m.matches()) {
                lists.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(Integer.parseInt(m.group(2)),
                        p.getProperty(key));
            } else {
                values.put(key, p.getProperty(key));
            }
        }
        lists.forEach((k, v) -> values.put(k, String.join(",", v.values())));
        return values;
    }

    private static String text(Path file) throws SourceException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Flyway's TOML: the {@code [flyway]} table ({@code [flyway.placeholders]} within it). */
    private static Map<String, String> toml(Path file) throws SourceException {
        TomlParseResult result;
        try {
            result = Toml.parse(file);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (result.hasErrors()) {
            TomlParseError error = result.errors().get(0);
            throw new SourceException(file, error.position().line(), "not valid TOML: " + error.getMessage(), error);
        }
        Map<String, String> values = new LinkedHashMap<>();
        TomlTable flyway = result.getTable("flyway");
        if (flyway != null) {
            flattenToml("", flyway, values);
        }
        return values;
    }

    private static void flattenToml(String prefix, TomlTable table, Map<String, String> out) {
        for (String key : table.keySet()) {
            Object value = table.get(List.of(key));
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof TomlTable t) {
                flattenToml(name, t, out);
            } else if (value instanceof TomlArray a) {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    parts.add(String.valueOf(a.get(i)));
                }
                out.put(name, String.join(",", parts));
            } else {
                out.put(name, String.valueOf(value));
            }
        }
    }

    private static Map<String, String> strip(Map<String, String> values, String prefix) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k.substring(prefix.length()), v);
            }
        });
        return result;
    }

    private static final Pattern SPRING_REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    /**
     * Spring resolves {@code ${name:default}} in its values: from the other properties, else the default. Without
     * either (an environment variable) the reference stays as written.
     */
    private static Map<String, String> resolveSpring(Map<String, String> values, Map<String, String> all) {
        Map<String, String> result = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Matcher m = SPRING_REFERENCE.matcher(v);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement = all.containsKey(m.group(1)) ? all.get(m.group(1))
                        : m.group(2) != null ? m.group(2) : m.group();
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            result.put(k, sb.toString());
        });
        return result;
    }
}
