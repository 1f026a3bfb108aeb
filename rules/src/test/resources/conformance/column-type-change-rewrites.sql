-- case: INTEGER to BIGINT rewrites the table
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, memory_mb INTEGER);
INSERT INTO instances (id, memory_mb) VALUES (1, 512);
-- check:
ALTER TABLE instances ALTER COLUMN memory_mb TYPE BIGINT;
-- rewrites: instances

-- case: shortening a VARCHAR rewrites the table
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(10));
INSERT INTO instances (id, name) VALUES (1, 'n');
-- check:
ALTER TABLE instances ALTER COLUMN name TYPE VARCHAR(5);
-- rewrites: instances

-- case: good: lengthening a VARCHAR is a catalog change
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(50));
INSERT INTO instances (id, host) VALUES (1, 'h');
-- check:
ALTER TABLE instances ALTER COLUMN host TYPE VARCHAR(255);
-- rewrites: instances

-- case: good: VARCHAR to TEXT is a catalog change
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(10));
INSERT INTO instances (id, note) VALUES (1, 'n');
-- check:
ALTER TABLE instances ALTER COLUMN note TYPE TEXT;
-- rewrites: instances

-- case: good: widening a NUMERIC with the same scale is a catalog change
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, price NUMERIC(10,2));
INSERT INTO instances (id, price) VALUES (1, 1);
-- check:
ALTER TABLE instances ALTER COLUMN price TYPE NUMERIC(12,2);
-- rewrites: instances
