package io.github.dialectic.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which engines are known to lack a type name: those whose profile lists every type they have, by version. */
class TypeNamesTest {

    private static boolean lacks(String target, String type) {
        return EngineProfile.of(Target.parse(target)).lacksType(type);
    }

    @Test
    void mysqlAndMariadbLackEveryNameOutsideTheirTypes() {
        for (String target : new String[] {"mysql:5.7", "mysql:8.4", "mariadb:10.11", "mariadb:12.3"}) {
            assertTrue(lacks(target, "STRING"), target);
            assertTrue(lacks(target, "NTEXT"), target);
            assertFalse(lacks(target, "MIDDLEINT"), target);
            assertFalse(lacks(target, "FLOAT8"), target);
            assertFalse(lacks(target, "POINT"), target);
        }
    }

    @Test
    void typesArriveWithTheirRelease() {
        assertTrue(lacks("mysql:5.7", "GEOMCOLLECTION"));
        assertFalse(lacks("mysql:8.0", "GEOMCOLLECTION"));
        assertTrue(lacks("mysql:8.4", "VECTOR"));
        assertFalse(lacks("mysql:9.0", "VECTOR"));
        assertTrue(lacks("mariadb:11.4", "VECTOR"));
        assertFalse(lacks("mariadb:11.7", "VECTOR"));
        assertTrue(lacks("mysql:9.7", "INET6"));
        assertFalse(lacks("mariadb:10.11", "INET6"));
    }

    @Test
    void enginesWithUserDefinedOrFreeFormTypesLackNoName() {
        for (String target : new String[] {"postgresql:18", "sqlite:3.54", "db2:11.5"}) {
            assertFalse(lacks(target, "STRING"), target);
        }
    }
}
