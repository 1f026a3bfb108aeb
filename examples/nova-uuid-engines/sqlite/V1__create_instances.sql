-- examples/nova-uuid/V1 in SQLite's dialect: INTEGER PRIMARY KEY numbers rows by itself
CREATE TABLE instances (
    id          INTEGER      NOT NULL PRIMARY KEY,
    hostname    VARCHAR(255),
    uuid        VARCHAR(36),
    created_at  DATETIME,
    deleted_at  DATETIME,
    deleted     INTEGER      DEFAULT 0
);

CREATE INDEX ix_instances_deleted ON instances (deleted);
