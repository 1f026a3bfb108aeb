-- case: limit as a column name
-- check:
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, limit INTEGER);

-- case: user as a table name (reserved on PostgreSQL only)
-- check:
CREATE TABLE user (id INTEGER NOT NULL PRIMARY KEY);

-- case: range as a column name (reserved on MariaDB only)
-- check:
CREATE TABLE slots (id INTEGER NOT NULL PRIMARY KEY, range INTEGER);

-- case: rank, window and groups are free on PostgreSQL, MariaDB 10.11 and SQLite (not on MySQL 8.0)
-- engines: mariadb, sqlite
-- check:
CREATE TABLE scores (id INTEGER NOT NULL PRIMARY KEY, rank INTEGER, window INTEGER, groups INTEGER);

-- case: rank and groups on PostgreSQL
-- engines: postgresql
-- check:
CREATE TABLE scores (id INTEGER NOT NULL PRIMARY KEY, rank INTEGER, groups INTEGER);

-- case: a quoted reserved word
-- engines: postgresql, sqlite
-- check:
CREATE TABLE "order" (id INTEGER NOT NULL PRIMARY KEY);

-- case: a reserved word in INSERT's column list
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
INSERT INTO accounts (id, limit) VALUES (1, 2);

-- case: a reserved word as the table of an INSERT (created quoted)
-- engines: postgresql
CREATE TABLE "window" (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
INSERT INTO window VALUES (1, 2);

-- case: a reserved word as a column UPDATE sets (created quoted)
-- engines: postgresql
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, "only" INTEGER);
-- check:
UPDATE accounts SET only = 2 WHERE id = 1;

-- case: a reserved word as the table of a DELETE (created quoted)
-- engines: mariadb
CREATE TABLE `range` (id INTEGER NOT NULL PRIMARY KEY);
-- check:
DELETE FROM range WHERE id = 1;

-- case: a reserved word as the table DROP TABLE drops (created quoted)
-- engines: postgresql, sqlite
CREATE TABLE "order" (id INTEGER NOT NULL PRIMARY KEY);
-- check:
DROP TABLE IF EXISTS order;

-- case: a quoted reserved word in the statements that name it
-- engines: postgresql, sqlite
CREATE TABLE "order" (id INTEGER NOT NULL PRIMARY KEY, "limit" INTEGER);
-- check:
UPDATE "order" SET "limit" = 2 WHERE id = 1;
