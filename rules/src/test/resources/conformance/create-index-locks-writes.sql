-- case: CREATE INDEX holds a SHARE lock on a table with rows
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
INSERT INTO instances (id, host) VALUES (1, 'a'), (2, 'b');
-- check:
CREATE INDEX ix_instances_host ON instances (host);
-- locks: instances

-- case: good: CREATE INDEX CONCURRENTLY lets writes through
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
INSERT INTO instances (id, host) VALUES (1, 'a'), (2, 'b');
-- check:
CREATE INDEX CONCURRENTLY ix_instances_host ON instances (host);

-- case: good: MariaDB builds the index online
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
INSERT INTO instances (id, host) VALUES (1, 'a'), (2, 'b');
-- check:
CREATE INDEX ix_instances_host ON instances (host) ALGORITHM=INPLACE LOCK=NONE;
