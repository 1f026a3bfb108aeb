package io.github.dialectic.rules.testing;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.foreignkeys.ForeignKeyOnUpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture checker must fail when a rule goes wrong, or the fixtures prove nothing: a real rule is mutated the
 * way rules break (position off by one, message built from the wrong value, effect changed, finding lost or
 * doubled) and the checker must report each mutation, naming file, line and what differs.
 */
class FixtureCheckTest {

    static final Path FK_BAD = Path.of("src/test/resources/fixtures/fk-on-update-action/bad.sql");

    /** How the mutated rule departs from the real one; each report the rule makes goes through {@link #apply}. */
    enum Mutation {
        NONE,
        START_MOVED_BY_ONE,
        MESSAGE_NAMES_WRONG_VALUE,
        EFFECT_CHANGED,
        FINDING_LOST,
        FINDING_DOUBLED;

        RuleContext.FindingBuilder apply(RuleContext ctx, SourceRange range, String message) {
            return switch (this) {
                case NONE -> ctx.report(range, message);
                case START_MOVED_BY_ONE -> ctx.report(new SourceRange(range.start() + 1, range.end()), message);
                case MESSAGE_NAMES_WRONG_VALUE -> ctx.report(range, message.replace("instances", "null"));
                case EFFECT_CHANGED -> ctx.report(range, message).effect(Engine.DB2, Effect.DIFFERENT);
                case FINDING_LOST -> intercept(RuleContext.FindingBuilder.class, ctx.report(range, message),
                        (method, args) -> method.getName().equals("emit") ? Result.of(null) : null);
                case FINDING_DOUBLED -> {
                    ctx.report(range, message).emit();
                    yield ctx.report(range, message);
                }
            };
        }
    }

    /** {@link ForeignKeyOnUpdateAction} with its metadata, reporting through a mutated context. */
    @RuleInfo(
            id = "fk-on-update-action",
            title = "mutant of ForeignKeyOnUpdateAction",
            category = Category.FOREIGN_KEYS,
            severity = Severity.ERROR,
            summary = "The real rule, its reports mutated.",
            effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED, reference = "as the real rule"))
    static final class MutatedRule implements Rule {
        private final Rule real = new ForeignKeyOnUpdateAction();
        private final Mutation mutation;

        MutatedRule(Mutation mutation) {
            this.mutation = mutation;
        }

        @Override
        public void check(Change change, RuleContext ctx) {
            real.check(change, intercept(RuleContext.class, ctx, (method, args) -> method.getName().equals("report")
                    ? Result.of(mutation.apply(ctx, (SourceRange) args[0], (String) args[1])) : null));
        }
    }

    private record Result(Object value) {
        static Result of(Object value) {
            return new Result(value);
        }
    }

    private interface Interceptor {
        /** The answer for this call, or null to let the real object answer. */
        Result intercept(Method method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T intercept(Class<T> type, T real, Interceptor interceptor) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            Result r = interceptor.intercept(method, args);
            if (r != null) {
                return r.value();
            }
            try {
                Object answer = method.invoke(real, args);
                return answer == real ? proxy : answer; // keep a fluent chain on the proxy
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static List<String> check(Mutation mutation) throws IOException {
        return FixtureCheck.precise(Fixture.read(FK_BAD), RuleRegistry.of(new MutatedRule(mutation)));
    }

    @Test
    void theUnmutatedWrapperPasses() throws IOException {
        // Otherwise the failures below could come from the wrapper, not from the mutation.
        assertEquals(List.of(), check(Mutation.NONE));
    }

    @ParameterizedTest
    @EnumSource(value = Mutation.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyMutationIsReported(Mutation mutation) throws IOException {
        List<String> problems = check(mutation);
        String all = String.join("\n", problems);
        // One problem per finding of the fixture (three), each naming the file and the line of the finding.
        assertEquals(3, problems.size(), all);
        assertTrue(problems.get(0).startsWith("fk-on-update-action/bad.sql:7:"), all);
        assertTrue(problems.get(1).startsWith("fk-on-update-action/bad.sql:10:"), all);
        String expected = switch (mutation) {
            case START_MOVED_BY_ONE -> "column 103, expected 102";
            case MESSAGE_NAMES_WRONG_VALUE -> "message lacks \"foreign key (instance_id) -> instances uses ON UPDATE";
            case EFFECT_CHANGED -> "effects db2:different, expected db2:rejected";
            case FINDING_LOST -> "expected finding not reported (marker on line 6)";
            case FINDING_DOUBLED -> "unexpected finding, no marker describes it";
            case NONE -> throw new AssertionError();
        };
        assertTrue(problems.get(0).contains(expected), all);
    }

    @Test
    void aMovedStartIsShownWithCarets() throws IOException {
        String problem = check(Mutation.START_MOVED_BY_ONE).get(1);
        assertEquals("""
                fk-on-update-action/bad.sql:10:72: finding differs from the marker on line 9: column 72, expected 71
                    expected: fk-on-update-action @71 "foreign key (owner_id) -> instances uses ON UPDATE SET NULL" \
                db2:rejected
                    actual:   fk-on-update-action @72 "foreign key (owner_id) -> instances uses ON UPDATE SET NULL" \
                db2:rejected
                    | ALTER TABLE bdm ADD COLUMN owner_id INTEGER REFERENCES instances (id) ON UPDATE SET NULL;
                    |                                                                       ^ expected
                    |                                                                        ^ actual""", problem);
    }

    @Test
    void sharedCheckFlagsAnyRuleOnAnUnmarkedStatementAndAStaleAlso(@TempDir Path dir) throws IOException {
        Path file = Files.createDirectories(dir.resolve("fk-on-update-action")).resolve("extra.sql");
        Files.writeString(file, """
                -- targets: db2
                CREATE TABLE t (id INTEGER PRIMARY KEY);
                -- also: index-name-collision
                CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY);
                """);
        RuleRegistry all = RuleRegistry.load();
        List<String> problems = FixtureCheck.mismatches(Fixture.read(file), all);
        String text = String.join("\n", problems);
        assertEquals(2, problems.size(), text);
        assertTrue(problems.get(0).startsWith("fk-on-update-action/extra.sql:2:17: nullable-unique-key reports on a"
                + " statement without a marker"), text);
        assertTrue(problems.get(1).startsWith("fk-on-update-action/extra.sql:4: also: index-name-collision, but"
                + " index-name-collision reports nothing"), text);
    }

    @Test
    void malformedMarkersNameFileAndLine(@TempDir Path dir) throws IOException {
        Path rule = Files.createDirectories(dir.resolve("fk-on-update-action"));
        assertMalformed(rule, "-- expect: fk-on-update-action\nSELECT 1;\n",
                "fk-on-update-action/m.sql:1: bad marker, expected @COLUMN after the rule id");
        assertMalformed(rule, "-- expect: fk-on-update-action @3 db2:rejected\nSELECT 1;\n",
                "fk-on-update-action/m.sql:1: bad marker, expected a \"message fragment\" after @3");
        assertMalformed(rule, "SELECT 1;\n-- expect: fk-on-update-action @3 \"x\" db2:refused\nSELECT 2;\n",
                "fk-on-update-action/m.sql:2: bad marker, unknown effect 'refused'");
        assertMalformed(rule, "-- expect: nullable-unique-key @3 \"x\" db2:rejected\nSELECT 1;\n",
                "fk-on-update-action/m.sql:1: expect: names nullable-unique-key, but this fixture tests"
                        + " fk-on-update-action");
        assertMalformed(rule, "-- targets: db3\nSELECT 1;\n", "fk-on-update-action/m.sql:1: bad targets: ");
        assertMalformed(rule, "-- also: fk-on-update-action\nSELECT 1;\n",
                "fk-on-update-action/m.sql:1: also: names fk-on-update-action, the rule under test");
        assertMalformed(rule, "-- expect: fk-on-update-action @3 \"x\"\n\nSELECT 1;\n",
                "fk-on-update-action/m.sql:1: marker points at blank line 2");
    }

    private static void assertMalformed(Path dir, String text, String message) throws IOException {
        Path file = dir.resolve("m.sql");
        Files.writeString(file, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixture.read(file));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
