package io.github.dialectic.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The engines one run checks against, at most one version per engine. */
public final class Targets implements Iterable<Target> {

    private final Map<Engine, Target> byEngine = new EnumMap<>(Engine.class);

    private Targets(Collection<Target> targets) {
        for (Target t : targets) {
            Target previous = byEngine.put(t.engine(), t);
            if (previous != null && !previous.equals(t)) {
                throw new IllegalArgumentException("engine '" + t.engine().id() + "' given twice (" + previous + ", " + t + ")");
            }
        }
        if (byEngine.isEmpty()) {
            throw new IllegalArgumentException("no target engine given; valid engines: " + Engine.validIds());
        }
    }

    public static Targets of(Collection<Target> targets) {
        return new Targets(targets);
    }

    public static Targets of(Target... targets) {
        return new Targets(Arrays.asList(targets));
    }

    /** The default: the latest release of each of the five engines. */
    public static Targets latestOfEach() {
        return new Targets(Arrays.stream(Engine.values()).map(Target::latest).toList());
    }

    /** Parses a comma-separated list such as {@code db2,mysql:8.0,sqlite:3.40}. */
    public static Targets parse(String commaSeparated) {
        List<Target> list = new ArrayList<>();
        for (String piece : commaSeparated.split(",")) {
            if (!piece.isBlank()) {
                list.add(Target.parse(piece));
            }
        }
        return new Targets(list);
    }

    public static Targets parse(List<String> specs) {
        return parse(String.join(",", specs));
    }

    public Optional<Target> get(Engine engine) {
        return Optional.ofNullable(byEngine.get(engine));
    }

    public boolean includes(Engine engine) {
        return byEngine.containsKey(engine);
    }

    public List<Target> asList() {
        return List.copyOf(byEngine.values());
    }

    @Override
    public Iterator<Target> iterator() {
        return asList().iterator();
    }

    @Override
    public String toString() {
        return byEngine.values().toString();
    }
}
