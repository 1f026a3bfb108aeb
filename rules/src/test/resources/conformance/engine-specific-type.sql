-- case: TINYINT
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, flags TINYINT);

-- case: JSONB
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, payload JSONB);

-- case: ENUM
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, kind ENUM('a', 'b'));

-- case: INT UNSIGNED
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, hits INT UNSIGNED);

-- case: CLOB
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, notes CLOB);

-- case: UUID (MariaDB has it from 10.7)
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, uid UUID);

-- case: portable types
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, flags SMALLINT, at TIMESTAMP, ratio DOUBLE PRECISION);

-- case: TEXT (the engines here have it; Db2 has none: SQL0204N, cited)
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, story TEXT);
