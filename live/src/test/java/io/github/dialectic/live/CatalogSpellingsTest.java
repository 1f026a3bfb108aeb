package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CatalogSpellingsTest {

    @Test
    void typeNamesTakeTheStandardSpelling() {
        assertEquals("INTEGER", CatalogSpellings.typeName("int4"));
        assertEquals("BIGINT", CatalogSpellings.typeName("int8"));
        assertEquals("CHAR", CatalogSpellings.typeName("bpchar"));
        assertEquals("VARCHAR", CatalogSpellings.typeName("character  varying"));
        assertEquals("TIMESTAMP WITH TIME ZONE", CatalogSpellings.typeName("timestamptz"));
        assertEquals("BOOLEAN", CatalogSpellings.typeName("bool"));
        assertEquals("JSONB", CatalogSpellings.typeName("jsonb"), "a type without another spelling keeps its name");
    }

    @Test
    void defaultsLoseTheCatalogsCasts() {
        assertEquals("'x'", CatalogSpellings.defaultValue(Engine.POSTGRESQL, "'x'::character varying"));
        assertEquals("'{}'", CatalogSpellings.defaultValue(Engine.POSTGRESQL, "'{}'::text[]"));
        assertEquals("-1", CatalogSpellings.defaultValue(Engine.POSTGRESQL, "(-1)::integer"));
        assertEquals("'a::b'", CatalogSpellings.defaultValue(Engine.POSTGRESQL, "'a::b'"), "a cast inside a string is data");
        assertEquals("now()", CatalogSpellings.defaultValue(Engine.POSTGRESQL, "now()"));
        assertNull(CatalogSpellings.defaultValue(Engine.MARIADB, "NULL"), "MariaDB's NULL is no default");
        assertEquals("CURRENT_TIMESTAMP", CatalogSpellings.defaultValue(Engine.MARIADB, "current_timestamp()"));
    }

    @Test
    void catalogExpressionsLoseCastsAndBackticks() {
        assertEquals("lower(host)", CatalogSpellings.portable(Engine.POSTGRESQL, "lower((host)::text)"));
        assertEquals("status = 'new'", CatalogSpellings.portable(Engine.POSTGRESQL, "status = 'new'::character varying"));
        assertEquals("'a::text'", CatalogSpellings.portable(Engine.POSTGRESQL, "'a::text'"), "a string is data");
        assertEquals("lower(host)", CatalogSpellings.portable(Engine.POSTGRESQL, "lower(host)"));
        assertEquals("deleted in (0,1)", CatalogSpellings.portable(Engine.MARIADB, "`deleted` in (0,1)"));
        assertEquals("\"Mixed\" > 0", CatalogSpellings.portable(Engine.MARIADB, "`Mixed` > 0"));
    }

    @Test
    void checkDefinitionsLoseOuterParentheses() {
        assertEquals("qty > 0", CatalogSpellings.expression("CHECK ((qty > 0))"));
        assertEquals("(a > 0) AND (b > 0)", CatalogSpellings.expression("((a > 0) AND (b > 0))"));
    }
}
