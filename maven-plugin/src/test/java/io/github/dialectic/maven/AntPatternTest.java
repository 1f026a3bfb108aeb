package io.github.dialectic.maven;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AntPatternTest {

    @Test
    void doubleStarMatchesAnyDepthIncludingNone() {
        AntPattern p = AntPattern.compile("**/*.sql");
        assertTrue(p.matches("V1__a.sql"));
        assertTrue(p.matches("a/b/V1__a.sql"));
        assertFalse(p.matches("V1__a.sql.bak"));
        assertFalse(p.matches("a/README.md"));
    }

    @Test
    void singleStarAndQuestionMarkStayWithinASegment() {
        AntPattern p = AntPattern.compile("V?__*.sql");
        assertTrue(p.matches("V1__init.sql"));
        assertFalse(p.matches("V10__init.sql"));
        assertFalse(p.matches("sub/V1__init.sql"));
    }

    @Test
    void middleDoubleStarAndTrailingSlash() {
        assertTrue(AntPattern.compile("a/**/b.sql").matches("a/b.sql"));
        assertTrue(AntPattern.compile("a/**/b.sql").matches("a/x/y/b.sql"));
        assertFalse(AntPattern.compile("a/**/b.sql").matches("ab.sql"));
        assertTrue(AntPattern.compile("legacy/").matches("legacy/V1__x.sql"));
        assertFalse(AntPattern.compile("legacy/").matches("V1__x.sql"));
    }

    @Test
    void dotsAndOtherRegexCharactersAreLiteral() {
        assertFalse(AntPattern.compile("*.sql").matches("xsql"));
        assertTrue(AntPattern.compile("(x)+.sql").matches("(x)+.sql"));
    }
}
