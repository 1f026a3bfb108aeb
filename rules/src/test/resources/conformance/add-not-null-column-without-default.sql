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
