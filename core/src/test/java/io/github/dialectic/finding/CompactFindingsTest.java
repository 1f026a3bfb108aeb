package io.github.dialectic.finding;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.source.Location;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CompactFindingsTest {

    private static Finding at(Location location, String message, String fix, String fingerprint) {
        return new Finding("rule-a", Severity.WARNING, location, message, Map.of(Engine.SQLITE, Effect.DIFFERENT), fix,
                "https://example.org/rule-a", fingerprint);
    }

    @Test
    void everyFindingReadsBackEqualToTheOneAdded() {
        List<Finding> findings = List.of(
                new Finding("rule-a", Severity.ERROR, "db/V1__a.sql", 3, 5, 4, 1, "plain message",
                        Map.of(Engine.DB2, Effect.REJECTED, Engine.MYSQL, Effect.COSTLY), "fix it", "docs",
                        "0123456789abcdef"),
                // a position no file has, and a fingerprint that is not 16 lower-case hex digits (kept as written)
                at(new Location.FileRange("db/V1__a.sql", 0, -1, 0, Integer.MAX_VALUE), "m", "", "0123456789ABCDEF"),
                at(new Location.FileRange("db/V2__b.sql", 7, 1, 2, 9), "m", "", "short"),
                // characters past Latin-1, a lone surrogate and a NUL survive as they are
                at(new Location.FileRange("db/V2__é.sql", 1, 1, 1, 1), "naïve \u20ac \ud83d\ude00 \ud800 \0 end",
                        "quote \"\u0436\"", "ffffffffffffffff"),
                at(new Location.Element("jdbc:postgresql://db/x", "table public.\u0436"), "element", "f", ""),
                new Finding("rule-b", null, new Location.Element("changelog.xml", "changeset 1::a"), "no severity",
                        Map.of(), null, null, null),
                // one finding larger than a block of its own
                at(new Location.FileRange("db/V3__c.sql", 1, 1, 1, 1), "big", "x".repeat(600_000), "0000000000000000"));

        CompactFindings compact = CompactFindings.of(findings);

        assertEquals(findings.size(), compact.size());
        for (int i = 0; i < findings.size(); i++) {
            assertEquals(findings.get(i), compact.get(i), "finding " + i);
        }
        assertEquals(findings, compact);
        assertEquals(1, compact.count(Severity.ERROR));
        assertEquals(5, compact.count(Severity.WARNING));
        assertEquals(0, compact.count(Severity.INFO));
    }

    @Test
    void manyFindingsAcrossBlocksAndPastTheDictionaryReadBackInOrder() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) { // more distinct fixes than the dictionary holds: later ones are written out
            findings.add(at(new Location.FileRange("db/V" + (i % 100) + "__x.sql", i, i % 80 + 1, i + i % 3, 2),
                    "message " + i, "fix " + i, String.format("%016x", i * 0x9E3779B97F4A7C15L)));
        }
        CompactFindings.Builder b = new CompactFindings.Builder();
        b.addAll(findings.subList(0, 1000));
        CompactFindings first = b.build();
        b.addAll(findings.subList(1000, findings.size()));

        assertEquals(findings, b.build());
        assertEquals(findings.subList(0, 1000), first, "a list built earlier does not see later findings");
    }

    @Test
    void deflatedBlocksReadBackEqualInAnyOrder() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            findings.add(at(new Location.FileRange("db/V" + (i / 100) + "__x.sql", i, 1, i, 9),
                    "column c" + i + " of t" + (i / 14) + " ж", "fix " + (i % 7), String.format("%016x", i)));
        }
        CompactFindings.Builder b = new CompactFindings.Builder(0); // every block sealed is deflated
        CompactFindings deflated = b.addAll(findings).build();

        assertEquals(findings, deflated);
        for (int i = findings.size() - 1; i >= 0; i -= 997) { // backwards: a block inflated for each
            assertEquals(findings.get(i), deflated.get(i), "finding " + i);
        }
        assertEquals(findings.subList(100, 200), deflated.bySource(List.of()).get("db/V1__x.sql"));
    }

    @Test
    void findingsBySourceListEverySourceGivenFirstThenTheOthersEachInListOrder() {
        Finding a1 = at(new Location.FileRange("a.sql", 1, 1, 1, 1), "a1", "", "");
        Finding b1 = at(new Location.FileRange("b.sql", 1, 1, 1, 1), "b1", "", "");
        Finding x1 = at(new Location.Element("x.xml", "changeset 1::x"), "x1", "", "");
        Finding a2 = at(new Location.FileRange("a.sql", 9, 1, 9, 1), "a2", "", "");
        CompactFindings compact = CompactFindings.of(List.of(a1, b1, x1, a2));

        Map<String, List<Finding>> bySource = compact.bySource(List.of("b.sql", "a.sql", "c.sql"));

        assertEquals(List.of("b.sql", "a.sql", "c.sql", "x.xml"), List.copyOf(bySource.keySet()));
        assertEquals(Map.of("a.sql", List.of(a1, a2), "b.sql", List.of(b1), "c.sql", List.of(), "x.xml", List.of(x1)),
                bySource);
        assertEquals(List.of(a1, a2), bySource.get("a.sql"));
        assertEquals(null, bySource.get("d.sql"));
        assertThrows(UnsupportedOperationException.class, () -> bySource.remove("a.sql"));
        assertThrows(UnsupportedOperationException.class, () -> bySource.get("a.sql").add(a1));
    }

    @Test
    void aCompactListIsKeptAsItIsAndRefusesChangesAndNulls() {
        CompactFindings compact = CompactFindings.of(List.of(at(new Location.FileRange("a.sql", 1, 1, 1, 1), "m", "",
                "")));
        assertSame(compact, CompactFindings.of(compact));
        assertThrows(UnsupportedOperationException.class, () -> compact.add(compact.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> compact.get(1));
        List<Finding> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> CompactFindings.of(withNull));
    }
}
