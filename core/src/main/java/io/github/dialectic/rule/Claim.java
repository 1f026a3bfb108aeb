package io.github.dialectic.rule;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Version;

import java.util.ArrayList;
import java.util.List;

/** One engine effect of a rule, with the versions it holds for; built from {@link EngineEffect}. */
public record Claim(Engine engine, Effect effect, String versions, String reference) {

    private record Bound(boolean lower, Version version) {
    }

    public static Claim of(EngineEffect annotation) {
        Claim claim = new Claim(annotation.engine(), annotation.effect(), annotation.versions().trim(),
                annotation.reference());
        claim.bounds(); // validate early
        return claim;
    }

    public boolean appliesTo(Target target) {
        if (target.engine() != engine) {
            return false;
        }
        for (Bound b : bounds()) {
            boolean atLeast = target.version().atLeast(b.version);
            if (b.lower != atLeast) {
                return false;
            }
        }
        return true;
    }

    private List<Bound> bounds() {
        List<Bound> bounds = new ArrayList<>();
        if (versions.isEmpty()) {
            return bounds;
        }
        for (String piece : versions.split("\\s+")) {
            if (piece.startsWith(">=")) {
                bounds.add(new Bound(true, Version.parse(piece.substring(2))));
            } else if (piece.startsWith("<")) {
                bounds.add(new Bound(false, Version.parse(piece.substring(1))));
            } else {
                throw new IllegalArgumentException("bad version range '" + versions + "' (use '>=x', '<y' or both)");
            }
        }
        return bounds;
    }

    /** e.g. {@code db2: rejected} or {@code mysql <8.4: different}. */
    @Override
    public String toString() {
        return engine.id() + (versions.isEmpty() ? "" : " " + versions) + ": " + effect.id();
    }
}
