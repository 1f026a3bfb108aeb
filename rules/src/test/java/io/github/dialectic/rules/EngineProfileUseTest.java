package io.github.dialectic.rules;

import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rules.identifiers.ReservedWordIdentifier;
import io.github.dialectic.rules.testing.ClassReferences;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Engine knowledge lives in {@link EngineProfile}s: a profile entry that nothing reads is dead data, and a rule that
 * names an engine in its code keeps an engine table of its own. Both are read from the compiled classes, so
 * {@code @RuleInfo}/{@code @EngineEffect} metadata (annotations, not code) does not count.
 */
class EngineProfileUseTest {

    private static final String ENGINE = "io/github/dialectic/engine/Engine";
    private static final String FEATURE = "io/github/dialectic/engine/Feature";
    private static final String PROFILE = "io/github/dialectic/engine/EngineProfile";
    private static final String CONTEXT = "io/github/dialectic/rule/RuleContext";

    /**
     * Rules that still name engines in code, with the engines they name; migrating one to profile entries means
     * removing it here (the test fails while the list and the code disagree, so the list only shrinks).
     */
    private static final Map<String, Set<String>> NOT_YET_MIGRATED = new TreeMap<>(Map.of());

    private static List<ClassReferences> ruleClasses() {
        return ClassReferences.of(ReservedWordIdentifier.class, "io/github/dialectic/rules/");
    }

    private static List<ClassReferences> readers() {
        List<ClassReferences> readers = new ArrayList<>(ruleClasses());
        // core reads some entries too (the linter, the rule context); the profiles themselves do not count
        ClassReferences.of(RuleContext.class, "io/github/dialectic/").stream()
                .filter(c -> !c.className().startsWith("io/github/dialectic/engine/")).forEach(readers::add);
        return readers;
    }

    @Test
    void noRuleNamesAnEngineInCode() {
        Map<String, Set<String>> naming = new TreeMap<>();
        for (ClassReferences c : ruleClasses()) {
            Set<String> engines = new TreeSet<>(c.fieldsOf(ENGINE));
            engines.remove("$VALUES");
            if (!engines.isEmpty()) {
                naming.computeIfAbsent(c.className().replaceAll("^.*/|\\$.*$", ""), k -> new TreeSet<>()).addAll(engines);
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        NOT_YET_MIGRATED.forEach((rule, engines) -> expected.put(rule, new TreeSet<>(engines)));
        assertEquals(expected, naming, "rules naming Engine constants in code (use the target's "
                + "EngineProfile: ctx.profiles(), ctx.lacking(Feature), profile entries)");
    }

    @Test
    void everyFeatureIsRead() {
        Set<String> read = new HashSet<>();
        readers().forEach(c -> read.addAll(c.fieldsOf(FEATURE)));
        List<String> unread = Arrays.stream(Feature.values()).map(Enum::name).filter(f -> !read.contains(f)).toList();
        assertEquals(List.of(), unread, "Feature constants no rule reads: remove them from Feature and EngineProfiles");
    }

    @Test
    void everyProfileEntryIsRead() {
        List<Class<?>> valueTypes = List.of(EngineProfile.Folding.class, EngineProfile.NowLiteralDefault.class);
        Set<String> read = new HashSet<>();
        readers().forEach(c -> {
            read.addAll(c.methodsOf(PROFILE));
            for (Class<?> type : valueTypes) {
                c.fieldsOf(type.getName().replace('.', '/')).forEach(f -> read.add(type.getSimpleName() + "." + f));
            }
        });
        List<String> unread = new ArrayList<>();
        for (Method m : EngineProfile.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && !m.getName().equals("toString") && !read.contains(m.getName())) {
                unread.add(m.getName());
            }
        }
        for (Class<?> type : valueTypes) {
            for (Object value : type.getEnumConstants()) {
                String name = type.getSimpleName() + "." + ((Enum<?>) value).name();
                if (!read.contains(name)) {
                    unread.add(name);
                }
            }
        }
        assertEquals(List.of(), unread, "EngineProfile entries nothing outside the engine package reads");
        assertTrue(readers().stream().anyMatch(c -> c.methodsOf(CONTEXT).contains("profiles")),
                "no rule reads ctx.profiles()");
    }
}
