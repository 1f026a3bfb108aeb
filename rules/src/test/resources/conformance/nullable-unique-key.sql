-- Only Db2 rejects these (documented); the executable engines must accept them, and Dialectic must stay silent
-- about them when they are the target.

-- case: UNIQUE constraint added over a nullable column holding NULLs
-- engines: postgresql, mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));
INSERT INTO instances (id, uuid) VALUES (1, NULL);
INSERT INTO instances (id, uuid) VALUES (2, NULL);
-- check:
ALTER TABLE instances ADD CONSTRAINT uq_instances_uuid UNIQUE (uuid);
-- observe: SELECT COUNT(*) FROM instances WHERE uuid IS NULL
-- expected: 2

-- case: inline UNIQUE on a nullable column in CREATE TABLE
CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(10) UNIQUE);

-- case: composite UNIQUE over nullable columns (the soft-delete pattern)
-- check:
CREATE TABLE c (name VARCHAR(50), deleted INTEGER, CONSTRAINT u_c UNIQUE (name, deleted));
