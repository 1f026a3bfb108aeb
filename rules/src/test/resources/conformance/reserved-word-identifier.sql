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
