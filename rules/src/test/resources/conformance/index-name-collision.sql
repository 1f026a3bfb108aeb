-- case: the same index name on two tables
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, deleted INTEGER);
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, deleted INTEGER);
CREATE INDEX ix_deleted ON instances (deleted);
-- check:
CREATE INDEX ix_deleted ON volumes (deleted);

-- case: table-prefixed names
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, deleted INTEGER);
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, deleted INTEGER);
CREATE INDEX ix_instances_deleted ON instances (deleted);
-- check:
CREATE INDEX ix_volumes_deleted ON volumes (deleted);
