-- case: an index over the columns of a UNIQUE constraint is created
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36) NOT NULL, CONSTRAINT uq_instances_uuid UNIQUE (uuid));
-- check:
CREATE INDEX ix_instances_uuid ON instances (uuid);
