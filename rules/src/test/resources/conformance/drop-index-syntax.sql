-- case: DROP INDEX ... ON table on PostgreSQL and SQLite
-- engines: postgresql, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
CREATE INDEX ix_instances_host ON instances (host);
-- check:
DROP INDEX ix_instances_host ON instances;

-- case: DROP INDEX without ON on MariaDB
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
CREATE INDEX ix_instances_host ON instances (host);
-- check:
DROP INDEX ix_instances_host;

-- case: good: DROP INDEX ... ON table on MariaDB
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
CREATE INDEX ix_instances_host ON instances (host);
-- check:
DROP INDEX ix_instances_host ON instances;

-- case: good: DROP INDEX without ON on PostgreSQL and SQLite
-- engines: postgresql, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
CREATE INDEX ix_instances_host ON instances (host);
-- check:
DROP INDEX ix_instances_host;
