package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RowEstimatesTest {

    /** Statistics where the engine keeps them (after ANALYZE they are exact on a small table), a count elsewhere. */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB", "SQLITE"})
    void estimatesFromStatisticsOrACount(Engine engine) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(engine)) {
            db.run(Seed.statements(engine));
            try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT)) {
                RowEstimates estimates = new RowEstimates(c, CatalogReader.read(c, engine, List.of()),
                        LiveConnections.DEFAULT_TIMEOUT);
                assertEquals(OptionalLong.of(5), estimates.rows("instances"),
                        "statistics, or a count where there are none yet");
                assertEquals(OptionalLong.empty(), estimates.rows("no_such_table"));
            }
            if (engine != Engine.SQLITE) {
                db.run(engine == Engine.POSTGRESQL ? "ANALYZE block_device_mapping" : "ANALYZE TABLE block_device_mapping");
            }
            try (Connection c = LiveConnections.open(db.url, null, null, LiveConnections.DEFAULT_TIMEOUT)) {
                RowEstimates estimates = new RowEstimates(c, CatalogReader.read(c, engine, List.of()),
                        LiveConnections.DEFAULT_TIMEOUT);
                assertEquals(OptionalLong.of(7), estimates.rows("block_device_mapping"));
            }
        }
    }
}
