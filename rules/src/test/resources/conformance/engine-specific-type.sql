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

-- case: a type name SQLite takes and MariaDB lacks (STRING)
-- engines: mariadb, sqlite
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, body STRING);

-- case: NTEXT (SQL Server's; MariaDB has no national text type)
-- engines: mariadb, sqlite
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, body NTEXT);

-- case: NUMBER (Oracle's; MariaDB takes it under sql_mode=ORACLE only)
-- engines: mariadb, sqlite
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, total NUMBER(10, 2));

-- case: ALTER TABLE ... ADD a column of a free-form type
-- engines: mariadb, sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY);
-- check:
ALTER TABLE t ADD COLUMN hits counter;

-- case: MariaDB's synonyms and own types (INT1, MIDDLEINT, FLOAT8, INET6, SQL_TSI_YEAR, POINT)
-- engines: mariadb, sqlite
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INT1, b MIDDLEINT, c FLOAT8, d INET6, e SQL_TSI_YEAR, f POINT, g FIXED(10, 2), h LONG);
