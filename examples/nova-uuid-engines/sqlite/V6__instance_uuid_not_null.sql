-- SQLite changes no column type or NOT NULL in place: the table is rebuilt (sqlite.org/lang_altertable.html,
-- "Making Other Kinds Of Table Schema Changes"), which is the NOT NULL change here
ALTER TABLE instances DROP COLUMN created_at;
CREATE TABLE instances_new (
    id                      INTEGER      NOT NULL PRIMARY KEY,
    hostname                VARCHAR(512),
    uuid                    VARCHAR(36)  NOT NULL,
    deleted_at              DATETIME,
    deleted                 INTEGER      DEFAULT 0,
    instance_type_flavorid  VARCHAR(255) CONSTRAINT fk_instances_flavorid REFERENCES instance_types (flavorid),
    task_state              VARCHAR(255) NOT NULL DEFAULT ''
);
INSERT INTO instances_new (id, hostname, uuid, deleted_at, deleted, instance_type_flavorid, task_state)
    SELECT id, hostname, uuid, deleted_at, deleted, instance_type_flavorid, task_state FROM instances;
DROP TABLE instances;
ALTER TABLE instances_new RENAME TO instances;
CREATE INDEX ix_instances_deleted ON instances (deleted);
CREATE UNIQUE INDEX uniq_instances0uuid ON instances (uuid);
