package io.github.dialectic.rehearse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Test classes that rehearse on the embedded PostgreSQL: one cluster for the class, stopped after it. */
abstract class WithEmbeddedPostgres {

    static RehearsalTarget postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = Servers.embeddedPostgresOrSkip();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
