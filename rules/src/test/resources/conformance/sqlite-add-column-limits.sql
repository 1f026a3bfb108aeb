-- case: ADD COLUMN ... UNIQUE is refused even on an empty table
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, balance INTEGER);
-- check:
ALTER TABLE accounts ADD COLUMN code VARCHAR(10) UNIQUE;

-- case: a CURRENT_TIMESTAMP default on a table with rows
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, balance INTEGER);
INSERT INTO accounts (id, balance) VALUES (1, 10);
-- check:
ALTER TABLE accounts ADD COLUMN created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP;

-- case: a computed default on a table with rows
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, balance INTEGER);
INSERT INTO accounts (id, balance) VALUES (1, 10);
-- check:
ALTER TABLE accounts ADD COLUMN twice INTEGER DEFAULT (1 + 1);

-- case: REFERENCES with a non-NULL default, foreign keys on, rows present
-- engines: sqlite
PRAGMA foreign_keys = ON;
CREATE TABLE owners (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, balance INTEGER);
INSERT INTO owners (id) VALUES (1);
INSERT INTO accounts (id, balance) VALUES (1, 10);
-- check:
ALTER TABLE accounts ADD COLUMN owner_id INTEGER DEFAULT 1 REFERENCES owners (id);

-- case: a STORED generated column on a table with rows
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, balance INTEGER);
INSERT INTO accounts (id, balance) VALUES (1, 10);
-- check:
ALTER TABLE accounts ADD COLUMN doubled INTEGER GENERATED ALWAYS AS (balance * 2) STORED;

-- case: good: a VIRTUAL generated column is added to a table with rows
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, balance INTEGER);
INSERT INTO accounts (id, balance) VALUES (1, 10);
-- check:
ALTER TABLE accounts ADD COLUMN doubled INTEGER GENERATED ALWAYS AS (balance * 2) VIRTUAL;
-- observe: SELECT doubled FROM accounts WHERE id = 1
-- expected: 20

-- case: good: a constant default, rows present
-- engines: sqlite, postgresql, mariadb
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, balance INTEGER);
INSERT INTO accounts (id, balance) VALUES (1, 10);
-- check:
ALTER TABLE accounts ADD COLUMN state VARCHAR(10) DEFAULT 'open';
-- observe: SELECT state FROM accounts WHERE id = 1
-- expected: open
