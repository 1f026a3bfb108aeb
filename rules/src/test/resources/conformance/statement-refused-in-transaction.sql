-- case: VACUUM inside BEGIN
-- engines: postgresql, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
BEGIN;
-- check:
VACUUM;

-- case: good: VACUUM outside a transaction
-- engines: postgresql, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
-- check:
VACUUM;

-- case: REINDEX CONCURRENTLY inside BEGIN
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
CREATE INDEX ix_instances_host ON instances (host);
BEGIN;
-- check:
REINDEX INDEX CONCURRENTLY ix_instances_host;

-- case: good: REINDEX CONCURRENTLY outside a transaction
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
CREATE INDEX ix_instances_host ON instances (host);
-- check:
REINDEX INDEX CONCURRENTLY ix_instances_host;

-- case: DISCARD ALL inside BEGIN
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
BEGIN;
-- check:
DISCARD ALL;

-- case: CLUSTER of every table inside BEGIN
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
BEGIN;
-- check:
CLUSTER;
