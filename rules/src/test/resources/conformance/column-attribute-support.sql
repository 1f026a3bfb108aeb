-- case: KEY alone means PRIMARY KEY
-- check:
CREATE TABLE ca1 (id INTEGER NOT NULL KEY);

-- case: a column character set
-- check:
CREATE TABLE ca2 (code VARCHAR(10) CHARACTER SET latin1 NOT NULL);

-- case: CHARSET spelling
-- check:
CREATE TABLE ca3 (code VARCHAR(10) CHARSET latin1);

-- case: MySQL's BINARY attribute
-- check:
CREATE TABLE ca4 (tag VARCHAR(10) BINARY);

-- case: Db2's WITH DEFAULT
-- check:
CREATE TABLE ca5 (n INTEGER NOT NULL WITH DEFAULT 0);

-- case: a column comment
-- check:
CREATE TABLE ca6 (note VARCHAR(100) COMMENT 'shown to users');

-- case: an invisible column
-- check:
CREATE TABLE ca7 (id INTEGER, secret INTEGER NOT NULL DEFAULT 0 INVISIBLE);

-- case: SQLite's ON CONFLICT
-- check:
CREATE TABLE ca8 (label VARCHAR(20) NOT NULL ON CONFLICT REPLACE);

-- case: PostgreSQL's COMPRESSION
-- check:
CREATE TABLE ca9 (packed TEXT COMPRESSION pglz);

-- case: a generated column in the short form, VIRTUAL
-- check:
CREATE TABLE ca10 (n INTEGER, n_plus INTEGER AS (n + 1) VIRTUAL);

-- case: MariaDB's PERSISTENT
-- check:
CREATE TABLE ca11 (n INTEGER, n_twice INTEGER GENERATED ALWAYS AS (n * 2) PERSISTENT);

-- case: a generated column without STORED or VIRTUAL
-- check:
CREATE TABLE ca12 (n INTEGER, n_thrice INTEGER GENERATED ALWAYS AS (n * 3));

-- case: the shared form of a generated column
-- check:
CREATE TABLE ca13 (n INTEGER, n_plus INTEGER GENERATED ALWAYS AS (n + 1) STORED);

-- case: AFTER in ADD COLUMN
CREATE TABLE ca14 (id INTEGER NOT NULL PRIMARY KEY);
-- check:
ALTER TABLE ca14 ADD COLUMN extra INTEGER NOT NULL DEFAULT 0 AFTER id;

-- case: COLUMN_FORMAT and STORAGE
-- check:
CREATE TABLE ca15 (n INTEGER COLUMN_FORMAT FIXED);

-- case: right after a bare type name SQLite takes the words as part of the type name
-- check:
CREATE TABLE ca16 (note INT COMMENT 'x');

-- case: Db2's IMPLICITLY HIDDEN
-- check:
CREATE TABLE ca17 (id INTEGER, hidden_n INTEGER NOT NULL IMPLICITLY HIDDEN);

-- case: several attributes right after a bare type name: all of them part of SQLite's type name
-- check:
CREATE TABLE ca18 (n INTEGER COLUMN_FORMAT FIXED STORAGE DISK);

-- case: after NOT NULL the words are no type name on SQLite
-- check:
CREATE TABLE ca19 (n INTEGER NOT NULL STORAGE DISK);

-- case: SQLite's PRIMARY KEY DESC on a column
-- check:
CREATE TABLE ca20 (n INTEGER PRIMARY KEY DESC);

-- case: a generated column with VIRTUAL (PostgreSQL 18's, refused before it)
-- engines: postgresql, mariadb, sqlite
-- check:
CREATE TABLE ca21 (n INTEGER, n_virtual INTEGER GENERATED ALWAYS AS (n * 4) VIRTUAL);

-- case: PostgreSQL's own STORAGE mode (from 16), right after the type; MariaDB has no STORAGE
-- engines: postgresql, mariadb
-- check:
CREATE TABLE ca22 (n INTEGER STORAGE PLAIN NOT NULL);

-- case: PostgreSQL's STORAGE after NOT NULL: a syntax error there
-- engines: postgresql
-- check:
CREATE TABLE ca24 (n INTEGER NOT NULL STORAGE PLAIN);

-- case: PostgreSQL's COMPRESSION after NOT NULL: a syntax error there (14 and later)
-- engines: postgresql
-- check:
CREATE TABLE ca25 (packed TEXT NOT NULL COMPRESSION pglz);

-- case: STORAGE then COMPRESSION, both right after the type
-- engines: postgresql
-- check:
CREATE TABLE ca26 (packed TEXT STORAGE EXTERNAL COMPRESSION pglz NOT NULL);

-- case: MySQL's STORAGE MEMORY on PostgreSQL 16 and later: not one of its modes
-- engines: postgresql
-- check:
CREATE TABLE ca23 (n INTEGER STORAGE MEMORY);
