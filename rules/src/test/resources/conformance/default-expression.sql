-- Defaults by engine. MySQL and Db2 claims are documented only (no server here).

-- case: PostgreSQL has no uuid()
-- engines: postgresql
-- check:
CREATE TABLE tokens (id INTEGER NOT NULL PRIMARY KEY, token VARCHAR(36) DEFAULT uuid());

-- case: PostgreSQL has no rand(), even in parentheses
-- engines: postgresql
-- check:
CREATE TABLE tokens (id INTEGER NOT NULL PRIMARY KEY, weight DOUBLE PRECISION DEFAULT (rand()));

-- case: PostgreSQL freezes DEFAULT 'now' at CREATE TABLE
-- engines: postgresql
-- check:
CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, seen_at TIMESTAMP DEFAULT 'now');
-- observe: WITH i AS (INSERT INTO events (id) VALUES (1) RETURNING seen_at) SELECT CASE WHEN seen_at = localtimestamp THEN 'insert time' ELSE 'create time' END FROM i
-- expected: insert time

-- case: PostgreSQL functions PostgreSQL has, bare or parenthesised
-- engines: postgresql
-- check:
CREATE TABLE tokens (id INTEGER NOT NULL PRIMARY KEY, token UUID DEFAULT gen_random_uuid(), weight DOUBLE PRECISION DEFAULT (random()), created_at TIMESTAMP DEFAULT now(), n INTEGER DEFAULT (1 + 1));
-- observe: WITH i AS (INSERT INTO tokens (id) VALUES (1) RETURNING n) SELECT n FROM i
-- expected: 2

-- case: uuidv7() and uuidv4(), built into PostgreSQL from 18 only
-- engines: postgresql
-- check:
CREATE TABLE events (id UUID NOT NULL DEFAULT uuidv7() PRIMARY KEY, other UUID DEFAULT uuidv4());
-- observe: WITH i AS (INSERT INTO events DEFAULT VALUES RETURNING id) SELECT substr(id::text, 15, 1) FROM i
-- expected: 7

-- case: MariaDB has no gen_random_uuid()
-- engines: mariadb
-- check:
CREATE TABLE tokens (id INTEGER NOT NULL PRIMARY KEY, token VARCHAR(36) DEFAULT gen_random_uuid());

-- case: MariaDB has no random() (it is rand())
-- engines: mariadb
-- check:
CREATE TABLE tokens (id INTEGER NOT NULL PRIMARY KEY, weight DOUBLE DEFAULT (random()));

-- case: MariaDB refuses DEFAULT 'now' on DATETIME
-- engines: mariadb
-- check:
CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, seen_at DATETIME DEFAULT 'now');

-- case: MariaDB functions MariaDB has, bare or parenthesised, on any column type
-- engines: mariadb
-- check:
CREATE TABLE tokens (id INTEGER NOT NULL PRIMARY KEY, token VARCHAR(36) DEFAULT uuid(), token2 VARCHAR(36) DEFAULT (uuid()), weight DOUBLE DEFAULT rand(), stamp VARCHAR(40) DEFAULT now(), at_utc DATETIME DEFAULT utc_timestamp(), n INTEGER DEFAULT (1 + 1), note VARCHAR(10) DEFAULT 'now');
-- observe: SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'tokens' AND column_default IS NOT NULL
-- expected: 7

-- case: SQLite refuses a function call outside parentheses
-- engines: sqlite
-- check:
CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, created_at TIMESTAMP DEFAULT now());

-- case: SQLite refuses a bare call even of its own functions
-- engines: sqlite
-- check:
CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, weight INTEGER DEFAULT random());

-- case: SQLite accepts DEFAULT (uuid()), then every insert fails
-- engines: sqlite
-- check:
CREATE TABLE tokens (id INTEGER NOT NULL PRIMARY KEY, token VARCHAR(36) DEFAULT (uuid()));
-- observe: INSERT INTO tokens (id) VALUES (1) RETURNING length(token)
-- expected: 36

-- case: SQLite stores DEFAULT 'now' as the string
-- engines: sqlite
-- check:
CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, seen_at TIMESTAMP DEFAULT 'now');
-- observe: INSERT INTO events (id) VALUES (1) RETURNING CASE WHEN seen_at = 'now' THEN 'the string now' ELSE 'a time' END
-- expected: a time

-- case: SQLite's own forms: parenthesised expressions and CURRENT_TIMESTAMP
-- engines: sqlite
-- check:
CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, created_at TEXT DEFAULT CURRENT_TIMESTAMP, stamp TEXT DEFAULT (datetime('now')), weight INTEGER DEFAULT (random()), n INTEGER DEFAULT (1 + 1));
-- observe: INSERT INTO events (id) VALUES (1) RETURNING n
-- expected: 2

-- case: a DEFAULT that names another column (MariaDB takes it)
-- check:
CREATE TABLE de (id INTEGER, b INTEGER DEFAULT (id + 1));

-- case: a DEFAULT that names its own column in an aggregate (MariaDB: ERROR 1901, not claimed here)
-- engines: postgresql, sqlite
-- check:
CREATE TABLE de (id INTEGER DEFAULT (avg(id)));

-- case: ADD COLUMN with a DEFAULT that names another column
-- engines: postgresql, mariadb
CREATE TABLE de (id INTEGER);
-- check:
ALTER TABLE de ADD COLUMN b INTEGER DEFAULT (id * 2);

-- case: a cast to text in a DEFAULT, beside a column named text
-- engines: postgresql
-- check:
CREATE TABLE de (text VARCHAR(10), b VARCHAR(10) DEFAULT 'x'::text);
