-- case: ON DUPLICATE KEY UPDATE
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
INSERT INTO t (id, a) VALUES (1, 2) ON DUPLICATE KEY UPDATE a = 2;

-- case: AUTO_INCREMENT right after the type (part of the type name)
-- engines: sqlite
-- check:
CREATE TABLE c (id INT AUTO_INCREMENT PRIMARY KEY);

-- case: INT(11) UNSIGNED
-- engines: sqlite
-- check:
CREATE TABLE c (n INT(11) UNSIGNED);

-- case: INT UNSIGNED (part of the type name)
-- engines: sqlite
-- check:
CREATE TABLE c (n INT UNSIGNED);

-- case: ALTER COLUMN ... SET DEFAULT
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t ALTER COLUMN a SET DEFAULT 0;

-- case: ARRAY[...] constructor
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
UPDATE t SET a = 1 WHERE id IN (SELECT unnest(ARRAY[1, 2]));

-- case: a function SQLite does not have, in a CHECK
-- engines: sqlite
-- check:
CREATE TABLE c (b VARCHAR(10) CHECK (char_length(b) > 0));

-- case: plain CREATE TABLE
-- engines: sqlite
-- check:
CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(10) DEFAULT 'x' NOT NULL, n NUMERIC(12, 2));

-- case: GENERATED ALWAYS AS (...) STORED
-- engines: sqlite
-- check:
CREATE TABLE c (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED);

-- case: COLLATE "C" (a collation SQLite does not have)
-- engines: sqlite
-- check:
CREATE TABLE c (b VARCHAR(10) COLLATE "C");

-- case: a trigger whose body is MySQL's (SET NEW.col = ...): SQLite reads the body once the table is there
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END;

-- case: a trigger whose body is MySQL's (DECLARE ...)
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW BEGIN DECLARE x INTEGER; END;

-- case: a trigger SQLite takes, on a table of another migration
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE TRIGGER t_au AFTER UPDATE ON t FOR EACH ROW BEGIN UPDATE t SET a = NEW.a + 1 WHERE id = NEW.id AND 0; END;
