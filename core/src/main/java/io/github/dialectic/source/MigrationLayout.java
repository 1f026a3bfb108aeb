package io.github.dialectic.source;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a project's migrations are, and which of them belong to one engine: Flyway locations resolved to folders.
 * A location holding {@link #VENDOR} is a folder per engine, as Spring Boot resolves it
 * ({@code classpath:db/migration/{vendor}} is {@code db/migration/postgresql} on PostgreSQL; Spring's vendor ids are
 * Dialectic's engine ids); explicit per-engine locations may be given too. Every other location is common to all
 * engines. Each engine's {@linkplain #sets set} is the common files and its own, in Flyway order, as Flyway would run
 * them on that engine.
 */
public final class MigrationLayout {

    /** Spring Boot's vendor placeholder in {@code spring.flyway.locations}. */
    public static final String VENDOR = "{vendor}";

    /** A class-path root: a resource folder and the class-path folder its files are copied to ({@code ""}: the root). */
    public record ClasspathRoot(Path dir, String targetPath) {
        public ClasspathRoot {
            targetPath = targetPath == null ? "" : targetPath.replace('\\', '/').replaceAll("^/+|/+$", "");
        }
    }

    /** A location as written, the engine it is for (null: every engine), and the folders or files it names that exist. */
    public record Location(String spec, Engine engine, List<Path> paths, List<Path> searched) {
        public Location {
            paths = List.copyOf(paths);
            searched = List.copyOf(searched);
        }
    }

    private final List<Location> locations;
    private final boolean perEngine;
    private final Predicate<String> filter;

    private MigrationLayout(List<Location> locations, boolean perEngine, Predicate<String> filter) {
        this.locations = List.copyOf(locations);
        this.perEngine = perEngine;
        this.filter = filter;
    }

    /**
     * The same layout keeping only the files whose path relative to their location folder ({@code /}-separated)
     * {@code accept} takes (the Maven plugin's includes and excludes); files named as locations themselves are kept.
     */
    public MigrationLayout filtered(Predicate<String> accept) {
        return new MigrationLayout(locations, perEngine, accept);
    }

    /**
     * Resolves locations: {@code classpath:} under the class-path roots, {@code filesystem:} under {@code basedir};
     * a location with neither is a class-path location if {@code plainIsClasspath} (as Flyway and Spring read it),
     * else a path. {@code perEngine} adds locations for one engine each (e.g. from {@code dialectic.toml}).
     */
    public static MigrationLayout resolve(List<String> specs, Map<Engine, List<String>> perEngine, Path basedir,
                                          List<ClasspathRoot> classpath, boolean plainIsClasspath) {
        List<Location> result = new ArrayList<>();
        boolean vendored = false;
        for (String spec : specs) {
            if (spec.contains(VENDOR)) {
                vendored = true;
                for (Engine engine : Engine.values()) {
                    result.add(location(spec, spec.replace(VENDOR, engine.id()), engine, basedir, classpath,
                            plainIsClasspath));
                }
            } else {
                result.add(location(spec, spec, null, basedir, classpath, plainIsClasspath));
            }
        }
        for (Map.Entry<Engine, List<String>> e : perEngine.entrySet()) {
            for (String spec : e.getValue()) {
                vendored = true;
                result.add(location(spec, spec, e.getKey(), basedir, classpath, plainIsClasspath));
            }
        }
        return new MigrationLayout(result, vendored, null);
    }

    /** Plain paths as the command line gives them (files or folders; {@code {vendor}} allowed). */
    public static MigrationLayout ofPaths(List<Path> paths) {
        return resolve(paths.stream().map(p -> "filesystem:" + p).toList(), Map.of(), Path.of(""), List.of(), false);
    }

    /**
     * One location resolved: {@code spec} as written, {@code resolvedSpec} with any {@code {vendor}} replaced;
     * {@code classpath:} under the class-path roots, {@code filesystem:} under {@code basedir}, neither as
     * {@code plainIsClasspath} says.
     */
    public static Location location(String spec, String resolvedSpec, Engine engine, Path basedir,
                                    List<ClasspathRoot> classpath, boolean plainIsClasspath) {
        String s = resolvedSpec.trim();
        boolean onClasspath;
        if (s.startsWith("classpath:")) {
            onClasspath = true;
            s = s.substring("classpath:".length());
        } else if (s.startsWith("filesystem:")) {
            onClasspath = false;
            s = s.substring("filesystem:".length());
        } else {
            onClasspath = plainIsClasspath;
        }
        List<Path> found = new ArrayList<>();
        List<Path> searched = new ArrayList<>();
        if (onClasspath) {
            String relative = s.replaceFirst("^/+", "").replaceFirst("/+$", "");
            for (ClasspathRoot root : classpath) {
                String prefix = root.targetPath();
                String inside;
                if (prefix.isEmpty()) {
                    inside = relative;
                } else if (relative.equals(prefix)) {
                    inside = "";
                } else if (relative.startsWith(prefix + "/")) {
                    inside = relative.substring(prefix.length() + 1);
                } else {
                    continue;
                }
                Path p = root.dir().resolve(inside).normalize();
                searched.add(p);
                if (Files.exists(p) && !found.contains(p)) {
                    found.add(p);
                }
            }
        } else {
            Path p = basedir.resolve(s).normalize();
            searched.add(p);
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        return new Location(spec, engine, found, searched);
    }

    /** Every location, per engine ones once for each engine. */
    public List<Location> locations() {
        return locations;
    }

    /** Whether some locations belong to one engine: then each targeted engine gets its own set. */
    public boolean perEngine() {
        return perEngine;
    }

    /** Every folder looked in, for a message when nothing is found. */
    public List<Path> searched() {
        Set<Path> all = new LinkedHashSet<>();
        locations.forEach(l -> all.addAll(l.searched()));
        return List.copyOf(all);
    }

    /** The locations common to all engines that name nothing that exists. */
    public List<String> missingCommon() {
        return locations.stream().filter(l -> l.engine() == null && l.paths().isEmpty()).map(Location::spec).toList();
    }

    /**
     * The sets to lint: one for every target when no location is per engine; else one per targeted engine (its
     * versions from the targets), the common files and that engine's own, in Flyway order ({@code naming}).
     * An engine with no folder of its own gets the common files alone.
     */
    public List<MigrationSet> sets(Targets targets, FlywayConfig naming) throws SourceException {
        List<Path> common = new ArrayList<>();
        Map<Engine, List<Path>> own = new EnumMap<>(Engine.class);
        for (Location l : locations) {
            if (l.engine() == null) {
                common.addAll(l.paths());
            } else {
                own.computeIfAbsent(l.engine(), e -> new ArrayList<>()).addAll(l.paths());
            }
        }
        if (!perEngine) {
            return List.of(new MigrationSet("all", null, targets, locate(common, naming), Set.of()));
        }
        Set<Path> commonFiles = new LinkedHashSet<>(locate(common, naming));
        List<MigrationSet> sets = new ArrayList<>();
        Set<Engine> seen = new LinkedHashSet<>();
        for (Target t : targets.asList()) {
            if (!seen.add(t.engine())) {
                continue;
            }
            List<Path> inputs = new ArrayList<>(common);
            inputs.addAll(own.getOrDefault(t.engine(), List.of()));
            List<Path> files = locate(inputs, naming);
            Set<Path> shared = new LinkedHashSet<>();
            for (Path f : files) {
                if (commonFiles.contains(f)) {
                    shared.add(f);
                }
            }
            sets.add(new MigrationSet(t.engine().id(), t.engine(), Targets.of(t), files, shared));
        }
        return sets;
    }

    /**
     * A file by the name the engines' sets share: in a {@code {vendor}} folder, that location as written with
     * {@code {vendor}} in place of the engine's folder (so each engine's {@code V2__x.sql} is one step); any other
     * file, its path.
     */
    public String sharedName(String file) {
        for (Location l : locations) {
            if (l.engine() == null || !l.spec().contains(VENDOR)) {
                continue;
            }
            for (Path folder : l.paths()) {
                String prefix = folder.toString();
                if (file.startsWith(prefix) && file.length() > prefix.length()
                        && file.charAt(prefix.length()) == java.io.File.separatorChar) {
                    String written = l.spec().startsWith("filesystem:") ? l.spec().substring("filesystem:".length())
                            : l.spec();
                    return written + file.substring(prefix.length());
                }
            }
        }
        return file;
    }

    /** The migration files under {@code roots} in Flyway order, those the filter refuses left out. */
    private List<Path> locate(List<Path> roots, FlywayConfig naming) throws SourceException {
        List<Path> files = new ArrayList<>(MigrationLocator.locate(roots, naming));
        if (filter != null) {
            files.removeIf(f -> roots.stream().noneMatch(root -> f.equals(root)
                    || f.startsWith(root) && filter.test(root.relativize(f).toString().replace('\\', '/'))));
        }
        return files;
    }
}
