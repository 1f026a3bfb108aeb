package example;

import io.github.dialectic.junit.Migrations;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static io.github.dialectic.engine.Engine.DB2;
import static io.github.dialectic.engine.Engine.MARIADB;
import static io.github.dialectic.junit.DialecticAssertions.assertThatMigrations;

/** The Nova example's migrations, written for MySQL/MariaDB, about to be run on Db2 too. */
class NovaMigrationsTest {

    /** The migrations live beside this project; a real project would name src/main/resources/db/migration. */
    private static final String MIGRATIONS = "../nova-uuid";

    @Test
    void migrationsRunOnMariaDbAndDb2() {
        assertThatMigrations(MIGRATIONS).on(MARIADB, DB2).haveNoRejections();
    }

    /** One container per migration, one test per engine: the IDE shows which migration fails where. */
    @TestFactory
    Stream<DynamicNode> eachMigrationOnEachEngine() {
        return Migrations.at(MIGRATIONS).on(MARIADB, DB2).dynamicTests();
    }
}
