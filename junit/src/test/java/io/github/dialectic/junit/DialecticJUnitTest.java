package io.github.dialectic.junit;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.junit.assertj.MigrationsAssert;
import io.github.dialectic.rule.Severity;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.github.dialectic.junit.DialecticAssertions.assertThatMigrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class DialecticJUnitTest {
    private static final String BAD = "src/test/resources/migrations/bad";
    private static final String GOOD = "src/test/resources/migrations/good";
    private static final String BAD_V2 = BAD + "/V2__instance_uuid_unique.sql";

    @Test
    void rejectionFailsWithTheClickableLineOfEachFinding() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> assertThatMigrations(BAD).on(Engine.DB2, Engine.POSTGRESQL).haveNoRejections());
        assertTrue(e.getMessage().startsWith("Dialectic: 1 finding rejected by a target in " + BAD
                + " (targets: postgresql:18, db2:12.1): " + Path.of(BAD_V2) + ":2:27: error: [nullable-unique-key] "
                + "UNIQUE constraint on instances includes nullable column uuid (db2: rejected)"), e.getMessage());
        assertTrue(e.getMessage().contains("\n    see: https://"), e.getMessage());
    }

    @Test
    void theSameMigrationsPassWhereNoTargetRejectsThem() {
        assertThatMigrations(BAD).on(Engine.POSTGRESQL, Engine.MARIADB).haveNoRejections();
        assertThatMigrations(GOOD).on(Engine.DB2, Engine.POSTGRESQL).haveNoRejections()
                .haveNoFindingsAtOrAbove(Severity.ERROR);
    }

    @Test
    void severalFindingsAreOneFailureEach() {
        MultipleFailuresError e = assertThrows(MultipleFailuresError.class,
                () -> assertThatMigrations(BAD).haveNoFindingsAtOrAbove(Severity.INFO));
        assertTrue(e.getFailures().size() >= 2, e.getMessage());
        for (Throwable failure : e.getFailures()) {
            assertTrue(failure.getMessage().matches("(?s)" + "src/test/resources/migrations/bad/V\\d__\\w+\\.sql:\\d+:\\d+: "
                    + "(error|warning|info): \\[[a-z0-9-]+\\] .*"), failure.getMessage());
        }
    }

    @Test
    void unknownTargetIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assertThatMigrations(BAD).on("oracle"));
        assertTrue(e.getMessage().contains("oracle"), e.getMessage());
    }

    @Test
    void assertjFlavourListsEachFinding() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> MigrationsAssert.assertThat(Migrations.at(BAD).on(Engine.DB2)).hasNoRejections());
        assertTrue(e.getMessage().contains("Expecting no findings rejected by a target in [" + BAD + "] on [db2:12.1] "
                + "but found 1:\n  " + Path.of(BAD_V2) + ":2:27: error: [nullable-unique-key]"), e.getMessage());
        MigrationsAssert.assertThat(Migrations.at(GOOD).on(Engine.DB2)).hasNoRejections();
    }

    @Test
    void dynamicTestsShowATreeOfFilesAndEnginesWithClickableSources() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleTree.class)).execute()
                .testEvents();
        Map<String, Event> finished = tests.finished().stream()
                .collect(Collectors.toMap(e -> e.getTestDescriptor().getUniqueId().toString(), e -> e));
        assertEquals(4, finished.size(), "2 files x 2 engines");
        List<Event> failed = tests.failed().list();
        assertEquals(1, failed.size(), "only V2 on db2 is red");
        Event red = failed.get(0);
        assertEquals("db2:12.1", red.getTestDescriptor().getDisplayName());
        Optional<TestSource> source = red.getTestDescriptor().getSource();
        FileSource file = (FileSource) source.orElseThrow();
        assertEquals(Path.of(BAD_V2).toAbsolutePath().toFile(), file.getFile());
        assertEquals(Optional.of(FilePosition.from(2, 27)), file.getPosition());
        Throwable cause = red.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertTrue(cause.getMessage().contains(Path.of(BAD_V2) + ":2:27: error: [nullable-unique-key]"),
                cause.getMessage());
        assertEquals(3, tests.succeeded().count());
    }

    @Test
    void extensionInjectsMigrationsSharingOneLint() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SampleExtension.class)).execute()
                .testEvents();
        assertEquals(2, tests.succeeded().count(), () -> tests.failed().list().toString());
        assertEquals(1, tests.failed().count());
        assertEquals(1, SampleExtension.reports.stream().distinct().count(),
                "both tests got the same report object from the store");
    }

    /** Run through the test kit, not directly (its tests are meant to fail). */
    static class SampleTree {
        @TestFactory
        Stream<DynamicNode> migrations() {
            return Migrations.at(BAD).on(Engine.POSTGRESQL, Engine.DB2).dynamicTests();
        }
    }

    /** Run through the test kit, not directly. */
    @ExtendWith(DialecticExtension.class)
    static class SampleExtension {
        static final List<Object> reports = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Test
        void postgresqlAcceptsIt(@MigrationsAt(value = BAD, targets = "postgresql") Migrations m) {
            reports.add(m.report());
            assertThatMigrations(m).haveNoRejections();
        }

        @Test
        void postgresqlAgain(@MigrationsAt(value = BAD, targets = "postgresql") Migrations m) {
            reports.add(m.report());
            assertThatMigrations(m).haveNoFindingsAtOrAbove(Severity.ERROR);
        }

        @Test
        void db2RejectsIt(@MigrationsAt(value = BAD, targets = "db2") Migrations m) {
            assertThatMigrations(m).haveNoRejections();
        }
    }
}
