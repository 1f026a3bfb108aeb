-- case: unique index over a nullable column, two NULL rows present
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));
INSERT INTO instances (id, uuid) VALUES (1, NULL);
INSERT INTO instances (id, uuid) VALUES (2, NULL);
-- check:
CREATE UNIQUE INDEX ux_instances_uuid ON instances (uuid);
-- observe: SELECT COUNT(*) FROM instances WHERE uuid IS NULL
-- expected: 2
