package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeded database of the live tests, a small Nova: a nullable unique column (instances.uuid), a unique index that
 * is not a constraint, two foreign keys between the same two tables, an FK to a non-unique column where the engine
 * accepts one (MariaDB, SQLite), a check, a partial index where the engine has them; rows with a NULL uuid,
 * a duplicate group and orphans.
 */
final class Seed {

    private Seed() {
    }

    static String[] statements(Engine engine) {
        List<String> s = new ArrayList<>();
        s.add("CREATE TABLE instances (id INTEGER NOT NULL, uuid VARCHAR(36), host VARCHAR(255) DEFAULT 'nowhere',"
                + " deleted INTEGER DEFAULT 0 NOT NULL, created_at TIMESTAMP, price DECIMAL(10,2),"
                + " CONSTRAINT pk_instances PRIMARY KEY (id), CONSTRAINT uq_instances_uuid UNIQUE (uuid),"
                + " CONSTRAINT ck_instances_deleted CHECK (deleted IN (0, 1)))");
        s.add("CREATE INDEX ix_instances_host ON instances (host)");
        s.add("CREATE UNIQUE INDEX ux_instances_host_deleted ON instances (host, deleted)");
        String hostFk = engine == Engine.POSTGRESQL ? ""
                : ", CONSTRAINT fk_usage_host FOREIGN KEY (host) REFERENCES instances (host) ON UPDATE CASCADE";
        s.add("CREATE TABLE volume_usage (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, host VARCHAR(255),"
                + " previous_instance_id INTEGER,"
                + " CONSTRAINT fk_usage_instance FOREIGN KEY (instance_id) REFERENCES instances (id) ON DELETE CASCADE,"
                + " CONSTRAINT fk_usage_previous FOREIGN KEY (previous_instance_id) REFERENCES instances (id)"
                + " ON DELETE SET NULL" + hostFk + ")");
        s.add("CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_uuid VARCHAR(36),"
                + " volume_id VARCHAR(36), deleted INTEGER DEFAULT 0 NOT NULL)");
        if (engine != Engine.MARIADB) {
            s.add("CREATE INDEX ix_bdm_live ON block_device_mapping (instance_uuid) WHERE deleted = 0");
            s.add("CREATE INDEX ix_instances_lower_host ON instances (lower(host), id DESC)");
        }
        s.add("INSERT INTO instances (id, uuid, host, deleted) VALUES (1, 'a', 'h1', 0), (2, NULL, 'h1', 1),"
                + " (3, NULL, 'h2', 0), (4, 'b', 'h3', 0), (5, NULL, 'h4', 1)");
        s.add("INSERT INTO block_device_mapping (id, instance_uuid, volume_id) VALUES (10, 'a', 'v1'),"
                + " (11, 'a', 'v1'), (12, 'b', 'v2'), (13, 'zz', 'v3'), (14, 'yy', 'v3'), (15, NULL, 'v4'),"
                + " (16, 'a', 'v1')");
        return s.toArray(String[]::new);
    }
}
