-- case: a string never closed
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));
-- check:
INSERT INTO accounts (id, name) VALUES (1, 'unclosed);

-- case: an escape string never closed (its backslash escapes the last quote)
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));
-- check:
INSERT INTO accounts (id, name) VALUES (1, E'it\'s);

-- case: a double-quoted identifier never closed
-- check:
CREATE TABLE "accounts (id INTEGER NOT NULL PRIMARY KEY);

-- case: a backquoted identifier never closed
-- check:
CREATE TABLE `accounts (id INTEGER NOT NULL PRIMARY KEY);

-- case: a dollar quote never closed (the body ends with $$, not $body$)
-- engines: postgresql
-- check:
CREATE FUNCTION one() RETURNS integer LANGUAGE sql AS $body$ SELECT 1 $$;

-- case: a block comment never closed: PostgreSQL and MariaDB refuse it, SQLite runs the statement and nothing after it
-- check:
CREATE TABLE balances (id INTEGER NOT NULL PRIMARY KEY) /* the insert below is inside this comment
INSERT INTO balances (id) VALUES (1);
-- observe: SELECT COUNT(*) FROM balances
-- expected: 1
