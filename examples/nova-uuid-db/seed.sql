-- The Nova database as it stands in production: V1 applied (by Flyway), years of rows since.
-- Written for SQLite, so that the example needs nothing installed; build it with examples/nova-uuid-db/build-database.
CREATE TABLE instances (
    id          INTEGER      NOT NULL PRIMARY KEY,
    hostname    VARCHAR(255),
    uuid        VARCHAR(36),
    created_at  DATETIME,
    deleted_at  DATETIME,
    deleted     INTEGER      DEFAULT 0
);
CREATE INDEX ix_deleted ON instances (deleted);

-- Rows created before uuid existed have none; two of them were soft-deleted and never purged.
INSERT INTO instances (id, hostname, uuid, deleted, deleted_at) VALUES
    (1, 'compute-1', '6f1c3a52-0001-4c1e-9a10-000000000001', 0, NULL),
    (2, 'compute-2', NULL, 1, '2013-04-02 10:00:00'),
    (3, 'compute-3', NULL, 1, '2013-05-17 16:30:00'),
    (4, 'compute-4', '6f1c3a52-0004-4c1e-9a10-000000000004', 0, NULL),
    (5, 'compute-5', '6f1c3a52-0004-4c1e-9a10-000000000004', 0, NULL),
    (6, 'compute-6', NULL, 0, NULL);
