package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which engines a rehearsal runs for the lint's targets, and what it says of the targets it did not stand for. */
class RehearsalTargetsTest {

    private static EngineRun ran(Engine engine, String version) {
        return new EngineRun(engine.id(), engine, version, 0, List.of(), List.of(), null);
    }

    @Test
    void theEmbeddedEnginesAreThoseOfTheTargetsInTheirUsualOrder() {
        assertEquals(List.of("sqlite", "postgresql"), RehearsalTargets.embeddedFor(Targets.latestOfEach()));
        assertEquals(List.of("postgresql"), RehearsalTargets.embeddedFor(Targets.parse("db2,pg15")));
        assertEquals(List.of(), RehearsalTargets.embeddedFor(Targets.parse("mysql:8.4,mariadb,db2")));
    }

    @Test
    void targetsWithoutAnEngineAndTargetsRunAtAnotherVersionAreNamed() {
        List<EngineRun> runs = List.of(ran(Engine.SQLITE, "3.54.1"), ran(Engine.POSTGRESQL, "15.19 (Debian 15.19-1)"));
        assertEquals(Optional.empty(), RehearsalTargets.uncovered(Targets.parse("sqlite,postgresql:15"), runs)
                .note("--jdbc"));
        assertEquals(Optional.of("not rehearsed on db2:12.1 (it needs a server: give one with --jdbc URL); "
                        + "postgresql:18 rehearsed on postgresql 15.19 instead: for those targets only the static lint "
                        + "speaks"),
                RehearsalTargets.uncovered(Targets.parse("sqlite,postgresql,db2"), runs).note("--jdbc"));
        assertEquals(Optional.of("not rehearsed on mysql:9.7, db2:12.1 (they need a server: give one with <jdbcUrls> "
                        + "URL): for those targets only the static lint speaks"),
                RehearsalTargets.uncovered(Targets.parse("mysql,sqlite,db2"), runs).note("<jdbcUrls>"));
    }
}
