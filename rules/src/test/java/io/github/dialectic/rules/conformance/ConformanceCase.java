package io.github.dialectic.rules.conformance;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Version;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One case of a rule's conformance file (format in docs/writing-rules.md): setup statements, the statement the
 * claim is about, and how to observe what the engine did.
 */
record ConformanceCase(String rule, Path file, String name, int firstLine, Set<Engine> engines,
                       Map<Engine, List<String>> versions, String text, List<SqlStatement> setup, SqlStatement check,
                       String observe, String expected, String rewrites, String locks) {

    /**
     * Whether the case runs on this engine version: a case may be for some versions only ({@code -- versions:
     * postgresql >=18}), when its setup needs a later release or what it shows changed with one.
     */
    boolean runsOn(Target target) {
        List<String> ranges = versions.get(target.engine());
        return ranges == null || ranges.stream().anyMatch(r -> inRange(r, target.version()));
    }

    /** {@code >=18}, {@code <12.1}, {@code >=11.4 <12.1}: every bound holds. */
    static boolean inRange(String range, Version version) {
        for (String bound : range.strip().split("\\s+")) {
            if (bound.startsWith(">=")) {
                if (!version.atLeast(Version.parse(bound.substring(2)))) {
                    return false;
                }
            } else if (bound.startsWith("<")) {
                if (version.atLeast(Version.parse(bound.substring(1)))) {
                    return false;
                }
            } else {
                throw new IllegalArgumentException("bad version range '" + range + "' (use '>=x', '<y' or both)");
            }
        }
        return true;
    }

    static final Set<Engine> EXECUTABLE = EnumSet.of(Engine.POSTGRESQL, Engine.MARIADB, Engine.SQLITE);

    static List<ConformanceCase> read(Path file) throws IOException {
        String rule = file.getFileName().toString().replaceFirst("\\.sql$", "");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ConformanceCase> cases = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean boundary = i == lines.size() || directive(lines.get(i), "case") != null;
            if (boundary && start >= 0) {
                cases.add(parse(rule, file, lines.subList(start, i), start + 1));
            }
            if (boundary) {
                start = i;
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException(file + ": no '-- case:' found");
        }
        return cases;
    }

    private static ConformanceCase parse(String rule, Path file, List<String> lines, int firstLine) {
        String where = file + ":" + firstLine;
        String name = directive(lines.get(0), "case");
        Set<Engine> engines = EnumSet.copyOf(EXECUTABLE);
        Map<Engine, List<String>> versions = new EnumMap<>(Engine.class);
        String observe = null;
        String expected = null;
        String rewrites = null;
        String locks = null;
        int checkLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String value;
            if ((value = directive(line, "engines")) != null) {
                engines = EnumSet.noneOf(Engine.class);
                for (String e : value.split(",")) {
                    Engine engine = Engine.byId(e.trim()).orElseThrow(() -> new IllegalStateException(
                            where + ": unknown engine '" + e.trim() + "'"));
                    if (!EXECUTABLE.contains(engine)) {
                        throw new IllegalStateException(where + ": " + engine.id() + " cannot run here");
                    }
                    engines.add(engine);
                }
            } else if ((value = directive(line, "versions")) != null) {
                // postgresql >=18, mariadb <12.1 >=11.4: the range as EngineEffect.versions writes it
                for (String piece : value.split(",")) {
                    String[] words = piece.strip().split("\\s+", 2);
                    Engine engine = Engine.byId(words[0]).orElseThrow(() -> new IllegalStateException(
                            where + ": unknown engine '" + words[0] + "' in '-- versions:'"));
                    String range = words.length > 1 ? words[1] : "";
                    try {
                        inRange(range, engine.oldest()); // a bad range fails here, naming the file and line
                        versions.computeIfAbsent(engine, e -> new ArrayList<>()).add(range);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(where + ": '-- versions: " + value + "': " + e.getMessage());
                    }
                }
            } else if ((value = directive(line, "observe")) != null) {
                observe = value;
            } else if ((value = directive(line, "expected")) != null) {
                expected = value;
            } else if ((value = directive(line, "rewrites")) != null) {
                rewrites = value;
            } else if ((value = directive(line, "locks")) != null) {
                locks = value;
            } else if (directive(line, "check") != null) {
                checkLine = i + 1; // 1-based within the case text
            }
        }
        if (checkLine < 0) {
            throw new IllegalStateException(where + ": case '" + name + "' has no '-- check:' line");
        }
        if ((observe == null) != (expected == null)) {
            throw new IllegalStateException(where + ": '-- observe:' and '-- expected:' go together");
        }
        String text = String.join("\n", lines) + "\n";
        List<SqlStatement> statements = new SqlSplitter(SqlFlavor.detect(text)).split(text);
        List<SqlStatement> setup = new ArrayList<>();
        SqlStatement check = null;
        for (SqlStatement s : statements) {
            if (s.line() < checkLine) {
                setup.add(s);
            } else if (check == null) {
                check = s;
            } else {
                throw new IllegalStateException(where + ": only one statement may follow '-- check:'");
            }
        }
        if (check == null) {
            throw new IllegalStateException(where + ": no statement after '-- check:'");
        }
        return new ConformanceCase(rule, file, name, firstLine, engines, versions, text, setup, check, observe,
                expected, rewrites, locks);
    }

    /** The value of {@code -- name: value}, or null. */
    static String directive(String line, String name) {
        String t = line.strip();
        if (!t.startsWith("--")) {
            return null;
        }
        t = t.substring(2).strip();
        String prefix = name + ":";
        if (!t.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return null;
        }
        return t.substring(prefix.length()).strip();
    }

    @Override
    public String toString() {
        return rule + " / " + name + " (" + file.getFileName() + ":" + firstLine + ")";
    }
}
