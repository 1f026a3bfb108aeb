-- case: CREATE INDEX CONCURRENTLY inside BEGIN
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
INSERT INTO instances (id, host) VALUES (1, 'a');
BEGIN;
-- check:
CREATE INDEX CONCURRENTLY ix_instances_host ON instances (host);

-- case: DROP INDEX CONCURRENTLY inside BEGIN
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
CREATE INDEX ix_instances_host ON instances (host);
BEGIN;
-- check:
DROP INDEX CONCURRENTLY ix_instances_host;

-- case: good: CREATE INDEX CONCURRENTLY outside a transaction
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
INSERT INTO instances (id, host) VALUES (1, 'a');
-- check:
CREATE INDEX CONCURRENTLY ix_instances_host ON instances (host);
