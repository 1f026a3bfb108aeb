-- case: a partial index
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255), deleted INTEGER);
-- check:
CREATE INDEX ix_instances_live_host ON instances (host) WHERE deleted = 0;

-- case: a whole index
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255), deleted INTEGER);
-- check:
CREATE INDEX ix_instances_host_deleted ON instances (host, deleted);
