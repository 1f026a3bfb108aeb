-- The claims hold for tables with rows: on an empty table PostgreSQL and SQLite accept the statement (which is
-- why it passes in development and fails in production).

-- case: VARCHAR column added NOT NULL to a table with rows
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, hostname VARCHAR(255));
INSERT INTO instances (id, hostname) VALUES (1, 'a');
-- check:
ALTER TABLE instances ADD COLUMN task_state VARCHAR(255) NOT NULL;
-- observe: SELECT COUNT(*) FROM instances WHERE task_state = ''
-- expected: 0

-- case: INTEGER column added NOT NULL to a table with rows
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO instances (id) VALUES (1);
-- check:
ALTER TABLE instances ADD COLUMN power_state INTEGER NOT NULL;
-- observe: SELECT COUNT(*) FROM instances WHERE power_state = 0
-- expected: 0

-- case: with a DEFAULT the rows get the value the author chose
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO instances (id) VALUES (1);
-- check:
ALTER TABLE instances ADD COLUMN task_state VARCHAR(20) NOT NULL DEFAULT 'active';
-- observe: SELECT COUNT(*) FROM instances WHERE task_state = 'active'
-- expected: 1

-- case: a generated column added NOT NULL to a table with rows: computed, it needs no default (MariaDB refuses
-- NOT NULL on a generated column: ERROR 1064 near 'NOT NULL', seen on 10.11)
-- engines: postgresql
CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, qty INTEGER NOT NULL, price INTEGER NOT NULL);
INSERT INTO orders (id, qty, price) VALUES (1, 2, 3);
-- check:
ALTER TABLE orders ADD COLUMN total INTEGER GENERATED ALWAYS AS (qty * price) STORED NOT NULL;
-- observe: SELECT total FROM orders
-- expected: 6

-- case: ADD COLUMN IF NOT EXISTS of a column the table has: nothing happens
-- engines: postgresql, mariadb
CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY, qty INTEGER NOT NULL DEFAULT 5);
INSERT INTO orders (id) VALUES (1);
-- check:
ALTER TABLE orders ADD COLUMN IF NOT EXISTS qty INTEGER NOT NULL;
-- observe: SELECT qty FROM orders
-- expected: 5
