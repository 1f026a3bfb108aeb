-- case: COMMENT ON
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
COMMENT ON TABLE t IS 'people';

-- case: CREATE TYPE ... AS ENUM
-- check:
CREATE TYPE mood AS ENUM ('sad', 'happy');

-- case: DROP TYPE
-- check:
DROP TYPE IF EXISTS mood;

-- case: CREATE DOMAIN
-- check:
CREATE DOMAIN posint AS INTEGER CHECK (VALUE > 0);

-- case: CREATE SEQUENCE
-- check:
CREATE SEQUENCE seq_orders START WITH 1 INCREMENT BY 1;

-- case: CREATE MATERIALIZED VIEW
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;

-- case: CREATE EXTENSION
-- check:
CREATE EXTENSION IF NOT EXISTS plpgsql;

-- case: CREATE VIRTUAL TABLE
-- check:
CREATE VIRTUAL TABLE docs USING fts5(body);

-- case: INHERITS
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE TABLE t_child (c INTEGER) INHERITS (t);

-- case: PARTITION OF
-- engines: postgresql
CREATE TABLE p (id INTEGER NOT NULL, d INTEGER) PARTITION BY RANGE (d);
-- check:
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);

-- case: PARTITION BY (PostgreSQL form)
-- check:
CREATE TABLE p (id INTEGER NOT NULL, d INTEGER) PARTITION BY RANGE (d);

-- case: PARTITION BY with a partition list (MySQL form)
-- check:
CREATE TABLE p (id INTEGER NOT NULL, d INTEGER) PARTITION BY RANGE (d) (PARTITION p0 VALUES LESS THAN (10), PARTITION p1 VALUES LESS THAN MAXVALUE);

-- case: PARTITIONS n
-- check:
CREATE TABLE p (id INTEGER NOT NULL, d INTEGER) PARTITION BY HASH (d) PARTITIONS 4;

-- case: ALTER TABLE ... DETACH PARTITION
-- engines: postgresql
CREATE TABLE p (id INTEGER NOT NULL, d INTEGER) PARTITION BY RANGE (d);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
-- check:
ALTER TABLE p DETACH PARTITION p1;

-- case: ALTER TABLE ... ADD PARTITION
-- engines: mariadb
CREATE TABLE p (id INTEGER NOT NULL, d INTEGER) PARTITION BY RANGE (d) (PARTITION p0 VALUES LESS THAN (10));
-- check:
ALTER TABLE p ADD PARTITION (PARTITION p1 VALUES LESS THAN (20));

-- case: CREATE TEMP TABLE
-- check:
CREATE TEMP TABLE scratch (id INTEGER);

-- case: CREATE UNLOGGED TABLE
-- check:
CREATE UNLOGGED TABLE scratch (id INTEGER);

-- case: CREATE OR REPLACE VIEW
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE OR REPLACE VIEW v AS SELECT id FROM t;

-- case: CREATE OR REPLACE TABLE
-- check:
CREATE OR REPLACE TABLE scratch (id INTEGER);

-- case: CREATE TEMP VIEW
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE TEMPORARY VIEW v AS SELECT id FROM t;

-- case: CREATE TEMP TRIGGER
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM u; END;

-- case: CREATE ALGORITHM= VIEW
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE ALGORITHM=MERGE VIEW v AS SELECT id FROM t;

-- case: ALTER VIEW
-- engines: mariadb,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE VIEW v AS SELECT id FROM t;
-- check:
ALTER VIEW v AS SELECT id, a FROM t;

-- case: DROP TEMPORARY TABLE
-- check:
DROP TEMPORARY TABLE IF EXISTS scratch;

-- case: DROP TABLE a, b
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
DROP TABLE t, u;

-- case: DROP TABLE ... CASCADE
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
DROP TABLE t CASCADE;

-- case: CREATE INDEX CONCURRENTLY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX CONCURRENTLY t_a ON t (a);

-- case: DROP INDEX CONCURRENTLY
-- engines: postgresql,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE INDEX t_a ON t (a);
-- check:
DROP INDEX CONCURRENTLY t_a;

-- case: unnamed CREATE INDEX
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX ON t (a);

-- case: CREATE INDEX ... USING method (PostgreSQL form)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_a ON t USING btree (a);

-- case: USING BTREE after the columns (MySQL form)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_a ON t (a) USING BTREE;

-- case: CREATE INDEX i USING BTREE ON
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_a USING BTREE ON t (a);

-- case: FULLTEXT index
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE FULLTEXT INDEX t_b ON t (b);

-- case: INCLUDE (...)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE UNIQUE INDEX t_a ON t (a) INCLUDE (b);

-- case: NULLS NOT DISTINCT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE UNIQUE INDEX t_a ON t (a) NULLS NOT DISTINCT;

-- case: NULLS FIRST
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_a ON t (a NULLS FIRST);

-- case: index WITH (fillfactor)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_a ON t (a) WITH (fillfactor = 70);

-- case: EXCLUDE USING
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD EXCLUDE USING btree (a WITH =);

-- case: CREATE INDEX ... ON ONLY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_a ON ONLY t (a);

-- case: WITHOUT ROWID
-- check:
CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v TEXT) WITHOUT ROWID;

-- case: KEY inside CREATE TABLE
-- check:
CREATE TABLE k (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, KEY k_a (a));

-- case: UNIQUE KEY inside CREATE TABLE
-- check:
CREATE TABLE k (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, UNIQUE KEY k_a (a));

-- case: ALTER TABLE ... ADD INDEX
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD INDEX t_a (a);

-- case: ALTER TABLE ... ALGORITHM=INPLACE
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD COLUMN c INTEGER, ALGORITHM=INPLACE;

-- case: ALTER TABLE ... DISABLE KEYS
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t DISABLE KEYS;

-- case: ALTER TABLE ... ADD ... AFTER
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD COLUMN c INTEGER AFTER a;

-- case: ALTER TABLE ... ADD ... FIRST
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD COLUMN c INTEGER FIRST;

-- case: COLLATE utf8mb4_bin
-- check:
CREATE TABLE c (b VARCHAR(10) COLLATE utf8mb4_bin);

-- case: COLLATE NOCASE
-- check:
CREATE TABLE c (b VARCHAR(10) COLLATE NOCASE);

-- case: COLLATE "C"
-- engines: postgresql,mariadb
-- check:
CREATE TABLE c (b VARCHAR(10) COLLATE "C");

-- case: UNSIGNED
-- check:
CREATE TABLE c (n INTEGER UNSIGNED);

-- case: GENERATED ... AS IDENTITY
-- check:
CREATE TABLE c (id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY);

-- case: INTERVAL column
-- check:
CREATE TABLE c (id INTEGER, d INTERVAL);

-- case: XML column
-- check:
CREATE TABLE c (id INTEGER, x XML);

-- case: NVARCHAR column
-- check:
CREATE TABLE c (n NVARCHAR(10));

-- case: array column
-- check:
CREATE TABLE c (tags TEXT[]);

-- case: :: cast
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
UPDATE t SET b = a::text;

-- case: ALTER TABLE ... OWNER TO
-- engines: postgresql,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t OWNER TO CURRENT_USER;

-- case: ALTER TABLE ... SET (fillfactor)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t SET (fillfactor = 70);

-- case: ALTER TABLE ONLY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE ONLY t ADD CONSTRAINT t_a CHECK (a > 0);

-- case: CREATE TRIGGER ... EXECUTE FUNCTION
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
-- check:
CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();

-- case: CREATE TRIGGER ... EXECUTE FUNCTION (elsewhere)
-- engines: mariadb,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();

-- case: trigger body FOR EACH ROW INSERT
-- engines: postgresql,mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW INSERT INTO u (id, t_id) VALUES (NEW.id, NEW.id);

-- case: trigger body FOR EACH ROW BEGIN ... END
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO u (id, t_id) VALUES (NEW.id, NEW.id); END;

-- case: trigger body without FOR EACH ROW
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO u (id, t_id) VALUES (NEW.id, NEW.id); END;

-- case: a trigger body of any statement (MariaDB: FLUSH is not allowed in a trigger, 0A000 of its own)
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW FLUSH STATUS;

-- case: a trigger body after WHEN (...)
-- engines: postgresql, sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW WHEN (NEW.a > 0) BEGIN DELETE FROM u; END;

-- case: FOR EACH STATEMENT
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
-- check:
CREATE TRIGGER tr AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION trg();

-- case: UPDATE OF in a trigger
-- engines: mariadb,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TRIGGER tr AFTER UPDATE OF a ON t FOR EACH ROW BEGIN DELETE FROM u; END;

-- case: INSTEAD OF trigger
-- engines: mariadb,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
CREATE VIEW v AS SELECT id, a FROM t;
-- check:
CREATE TRIGGER tr INSTEAD OF INSERT ON v FOR EACH ROW BEGIN DELETE FROM u; END;

-- case: FOR EACH ROW WHEN
-- engines: mariadb,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TRIGGER tr AFTER INSERT ON t FOR EACH ROW WHEN NEW.a > 0 BEGIN DELETE FROM u; END;

-- case: CREATE TRIGGER IF NOT EXISTS
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
CREATE TRIGGER IF NOT EXISTS tr AFTER INSERT ON t FOR EACH ROW BEGIN DELETE FROM u; END;

-- case: DROP TRIGGER ... ON table
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
DROP TRIGGER IF EXISTS tr ON t;

-- case: DROP TRIGGER without the table
-- check:
DROP TRIGGER IF EXISTS tr;

-- case: INSERT ... RETURNING
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
INSERT INTO t (id, a) VALUES (1, 2) RETURNING id;

-- case: UPDATE ... RETURNING
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
UPDATE t SET a = 1 RETURNING id;

-- case: UPDATE ... JOIN
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
UPDATE t JOIN u ON u.t_id = t.id SET t.a = 1;

-- case: UPDATE t1, t2 SET
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
UPDATE t, u SET t.a = 1 WHERE u.t_id = t.id;

-- case: DELETE t1 FROM t1 JOIN
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
DELETE t FROM t JOIN u ON u.t_id = t.id;

-- case: UPDATE ... LIMIT
-- engines: postgresql,mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
UPDATE t SET a = 1 LIMIT 10;

-- case: INSERT ... SET
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
INSERT INTO t SET id = 1, a = 2;

-- case: INSERT ... VALUE
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
INSERT INTO t (id, a) VALUE (1, 2);

-- case: INSERT ... DEFAULT VALUES
CREATE TABLE dv (id INTEGER, a INTEGER DEFAULT 0);
-- check:
INSERT INTO dv DEFAULT VALUES;

-- case: INSERT LOW_PRIORITY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
INSERT LOW_PRIORITY INTO t (id, a) VALUES (1, 2);

-- case: UPDATE ONLY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
UPDATE ONLY t SET a = 1;

-- case: INSERT ... OVERRIDING SYSTEM VALUE
-- engines: postgresql
CREATE TABLE o (id INTEGER GENERATED ALWAYS AS IDENTITY, a INTEGER);
-- check:
INSERT INTO o (id, a) OVERRIDING SYSTEM VALUE VALUES (1, 2);

-- case: WITH ... INSERT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
WITH s AS (SELECT 1 AS id) INSERT INTO t (id) SELECT id FROM s;

-- case: "double-quoted" table name
-- check:
CREATE TABLE "quoted" (id INTEGER);

-- case: "double-quoted" name in INSERT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
INSERT INTO "t" (id) VALUES (1);

-- case: "double-quoted" first column
-- check:
CREATE TABLE q ("id" INTEGER);

-- case: "double-quoted" later column
-- check:
CREATE TABLE q (id INTEGER, "a" INTEGER);

-- case: "double-quoted" table in CREATE INDEX
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_a ON "t" (a);

-- case: column without a type
-- check:
CREATE TABLE nt (a, b);

-- case: later column without a type
-- check:
CREATE TABLE nt (id INTEGER PRIMARY KEY, b);

-- case: added column without a type
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD COLUMN c;

-- case: added NOT NULL column without a type
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD COLUMN c NOT NULL DEFAULT 0;

-- case: CREATE TABLE t SELECT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE TABLE t2 SELECT id, a FROM t;

-- case: CREATE TABLE t (...) SELECT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE TABLE t2 (x INTEGER) SELECT id, a FROM t;

-- case: INT(11)
-- check:
CREATE TABLE w (n INT(11));

-- case: schema-qualified index name
-- engines: sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX main.t_a ON t (a);

-- case: CREATE VIEW IF NOT EXISTS
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE VIEW IF NOT EXISTS v AS SELECT id FROM t;

-- case: 0x literal
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
UPDATE t SET b = 0x41;

-- case: character set introducer
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
UPDATE t SET b = _utf8mb4'x';

-- case: generate_series
-- engines: postgresql,mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
INSERT INTO t (id) SELECT g FROM generate_series(1, 3) AS g;

-- case: UPDATE OR IGNORE
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
UPDATE OR IGNORE t SET a = 1;

-- case: TRUNCATE ... CASCADE
-- engines: postgresql,mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
TRUNCATE t CASCADE;

-- case: TRUNCATE a, b
-- engines: postgresql,mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
TRUNCATE t, u;

-- case: CREATE VIEW ... WITH (option)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE VIEW v WITH (security_barrier = true) AS SELECT id FROM t;

-- case: UPDATE ... FROM
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, t_id INTEGER);
-- check:
UPDATE t SET a = u.id FROM u WHERE u.t_id = t.id;

-- case: NO INHERIT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
ALTER TABLE t ADD CONSTRAINT t_a CHECK (a > 0) NO INHERIT;

-- case: CREATE TABLE ... USING heap
-- check:
CREATE TABLE am (id INTEGER) USING heap;

-- case: NAME column
-- check:
CREATE TABLE h (id INTEGER, n NAME);

-- case: VARBINARY column
-- check:
CREATE TABLE vb (data VARBINARY(16));

-- case: PARTITION BY without a partition list (PostgreSQL form), LIST
-- check:
CREATE TABLE p (id INTEGER NOT NULL, d INTEGER) PARTITION BY LIST (d);

-- case: NULLS LAST in an ORDER BY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE VIEW v AS SELECT id FROM t ORDER BY a NULLS LAST;

-- case: AUTO_INCREMENT after NOT NULL
-- engines: sqlite
-- check:
CREATE TABLE c (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY);

-- case: an expression among an index's columns
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE INDEX t_ab ON t (a, b + 1);

-- case: an index key part led by an operator
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE INDEX t_plus ON t (+a);

-- case: a comparison as an index key part
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE INDEX t_cmp ON t (NULL > a);

-- case: IS NULL as an index key part
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE INDEX t_is ON t (a, a IS NULL);

-- case: a JSON operator as an index key part
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_json ON t (b->>'x');

-- case: a window function as an index key part (SQLite: misuse of window function, its parser's verdict)
-- engines: postgresql, mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE INDEX t_win ON t (sum(a) OVER ());

-- case: function calls, parenthesised expressions, operator classes and orders as index key parts
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b VARCHAR(20));
-- check:
CREATE INDEX t_fine ON t USING btree (lower(b) text_pattern_ops, (a + 1), a DESC NULLS LAST) WHERE a > 1 AND b <> 'x';

-- case: ALTER TABLE ... DISABLE TRIGGER
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t DISABLE TRIGGER ALL;

-- case: AUTO_INCREMENT = n as a table option
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t AUTO_INCREMENT = 100;

-- case: ALTER TABLE ... ENGINE= (a MySQL table option)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t ENGINE=InnoDB;

-- case: ALTER TABLE ... COMMENT (a MySQL table option)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t COMMENT 'people';

-- case: ALTER TABLE ... MAX_ROWS= (a MySQL table option)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t MAX_ROWS=100;

-- case: ALTER TABLE ... DEFAULT CHARACTER SET
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(20));
-- check:
ALTER TABLE t DEFAULT CHARACTER SET utf8mb4;

-- case: ALTER TABLE ... CONVERT TO CHARACTER SET
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(20));
-- check:
ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4;

-- case: ALTER ONLINE TABLE
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER ONLINE TABLE t ADD COLUMN b INTEGER;

-- case: ALTER VIEW ... AS SELECT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE VIEW v AS SELECT id FROM t;
-- check:
ALTER VIEW v AS SELECT id, a FROM t;

-- case: SELECT ... INTO in a view
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT id INTO t2 FROM t;

-- case: ALTER TABLE ... RENAME a TO b (without COLUMN)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t RENAME a TO b;

-- case: CREATE TABLE ... OF type (a typed table)
-- engines: postgresql
CREATE TYPE person_type AS (name VARCHAR(20), age INTEGER);
-- check:
CREATE TABLE persons OF person_type;

-- case: CREATE TABLE ... OF type, where the type cannot be made
-- engines: mariadb,sqlite
-- check:
CREATE TABLE persons OF person_type;

-- case: ALTER INDEX
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE INDEX t_a ON t (a);
-- check:
ALTER INDEX t_a RENAME TO t_a2;

-- case: a string as a column alias
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE TABLE t2 AS SELECT id AS 'x', a AS 'y' FROM t;

-- case: MySQL's functions
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT SEC_TO_TIME(a) AS s, STR_TO_DATE('15.10.2004', '%d.%m.%Y') AS d FROM t;

-- case: UNIX_TIMESTAMP
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
INSERT INTO t (id, a) VALUES (1, UNIX_TIMESTAMP('2002-10-27 03:00'));

-- case: GROUP_CONCAT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT GROUP_CONCAT(a) AS g FROM t;

-- case: REPEAT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20));
-- check:
INSERT INTO t (id, b) VALUES (1, REPEAT('x', 5));

-- case: ZEROBLOB and PRINTF
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20));
-- check:
UPDATE t SET b = printf('x%02d', id);

-- case: STR_TO_DATE in an INSERT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, d DATE);
-- check:
INSERT INTO t (id, d) VALUES (1, STR_TO_DATE('15.10.2004', '%d.%m.%Y'));

-- case: a MySQL collation name (German)
-- check:
CREATE TABLE c (s VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_german2_ci);

-- case: CREATE TABLE without columns
-- check:
CREATE TABLE e ();

-- case: ON COMMIT DELETE ROWS
-- check:
CREATE TEMPORARY TABLE tt (c INTEGER) ON COMMIT DELETE ROWS;

-- case: CREATE TABLE ... AS ... WITH NO DATA
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE TABLE t2 AS SELECT id FROM t WITH NO DATA;

-- case: WITHOUT OIDS
-- check:
CREATE TABLE o (c INTEGER) WITHOUT OIDS;

-- case: TRUNCATE ONLY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
TRUNCATE ONLY t;

-- case: ADD CONSTRAINT ... NOT VALID
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID;

-- case: ADD CONSTRAINT ... UNIQUE USING INDEX
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE UNIQUE INDEX t_a ON t (a);
-- check:
ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a;

-- case: UPDATE ... SET (a, b) = (...)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
UPDATE t SET (a, b) = (1, 2);

-- case: a number as an index's column
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE INDEX t_lit ON t (0);

-- case: a comparison among an index's columns without parentheses
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE INDEX t_cmp ON t (a, a < b);

-- case: DELETE t.* FROM ...
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
DELETE t.* FROM t WHERE id = 1;

-- case: INSERT without INTO
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
INSERT t VALUES (1, 2);

-- case: ARRAY[...] and a subscript in UPDATE ... SET
-- engines: postgresql
CREATE TABLE arr (id INTEGER NOT NULL PRIMARY KEY, v INTEGER[]);
INSERT INTO arr (id, v) VALUES (1, ARRAY[1, 2]);
-- check:
UPDATE arr SET v[2] = 5 WHERE id = 1;

-- case: ARRAY[...] in an INSERT
-- engines: postgresql
CREATE TABLE arr (id INTEGER NOT NULL PRIMARY KEY, v INTEGER[]);
-- check:
INSERT INTO arr (id, v) VALUES (1, ARRAY[1, 2]);

-- case: ARRAY[...] where there are no arrays
-- engines: mariadb
CREATE TABLE arr (id INTEGER NOT NULL PRIMARY KEY, v TEXT);
-- check:
INSERT INTO arr (id, v) VALUES (1, ARRAY[1, 2]);

-- case: a subscript in UPDATE ... SET where there are no arrays
-- engines: mariadb
CREATE TABLE arr (id INTEGER NOT NULL PRIMARY KEY, v TEXT);
-- check:
UPDATE arr SET v[2] = 5 WHERE id = 1;

-- case: a MySQL collation in a view: SQLite creates the view (it looks the collation up when the view runs)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(20));
-- check:
CREATE VIEW vc AS SELECT a COLLATE utf8mb4_bin AS a FROM t;

-- case: a MySQL collation in an index
-- engines: postgresql,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(20));
-- check:
CREATE INDEX ic ON t (a COLLATE utf8mb4_bin);

-- case: a MySQL collation in an added column
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(20));
-- check:
ALTER TABLE t ADD COLUMN c VARCHAR(10) COLLATE utf8mb4_bin;

-- case: a MySQL collation in a data change's comparison
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(20));
-- check:
DELETE FROM t WHERE a = 'x' COLLATE utf8mb4_bin;

-- case: GROUP BY ... WITH ROLLUP (MySQL's form)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vr AS SELECT a, COUNT(*) AS n FROM t GROUP BY a WITH ROLLUP;

-- case: SELECT SQL_NO_CACHE in a view: SQLite creates it (it looks the column up when the view runs)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vc AS SELECT SQL_NO_CACHE a FROM t;

-- case: SELECT SQL_NO_CACHE in a data change
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE TABLE u (a INTEGER);
-- check:
INSERT INTO u (a) SELECT SQL_NO_CACHE a FROM t;

-- case: SELECT SQL_CACHE in CREATE TABLE ... AS (MariaDB keeps the query cache)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE TABLE u AS SELECT SQL_CACHE a FROM t;

-- case: NATIONAL VARCHAR
-- check:
CREATE TABLE n (c NATIONAL VARCHAR(10));

-- case: NCHAR and NATIONAL CHARACTER VARYING are read by all three
-- check:
CREATE TABLE n (c NCHAR(10), d NATIONAL CHARACTER VARYING(10), e NCHAR VARYING(10));

-- case: FLOAT(m,d)
-- check:
CREATE TABLE f (c FLOAT(10,2));

-- case: REAL(m,d) in an added column
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t ADD COLUMN r REAL(10,2);

-- case: FLOAT(p) is everyone's
-- check:
CREATE TABLE f (c FLOAT(10));

-- case: TEXT(n)
-- check:
CREATE TABLE x (c TEXT(100));

-- case: == in a data change
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
UPDATE t SET a = 1 WHERE id == 1;

-- case: == in a partial index
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE INDEX ieq ON t (a) WHERE a == 1;

-- case: IS 1 in a view
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vi AS SELECT id FROM t WHERE a IS 1;

-- case: IS NOT '' in a data change
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20));
-- check:
DELETE FROM t WHERE b IS NOT '';

-- case: IS NULL and IS NOT TRUE are everyone's
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
DELETE FROM t WHERE a IS NULL OR (a > 1) IS NOT TRUE;

-- case: INDEXED BY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE INDEX ia ON t (a);
-- check:
UPDATE t INDEXED BY ia SET a = 2 WHERE a = 1;

-- case: NOT INDEXED
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
DELETE FROM t NOT INDEXED WHERE a = 1;

-- case: CREATE SEQUENCE ... AS type
-- check:
CREATE SEQUENCE seq_small AS smallint START WITH 1;

-- case: ALTER SEQUENCE ... AS type
-- engines: postgresql,mariadb
CREATE SEQUENCE seq_small START WITH 1;
-- check:
ALTER SEQUENCE seq_small AS integer;

-- case: LATERAL after a comma
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vl AS SELECT t.id, s.x FROM t, LATERAL (SELECT t.a AS x) s;

-- case: JOIN LATERAL
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vl AS SELECT t.id, s.x FROM t LEFT JOIN LATERAL (SELECT t.a AS x) s ON true;

-- case: an operator class in PARTITION BY
-- check:
CREATE TABLE ph (a INTEGER NOT NULL, b TEXT) PARTITION BY HASH (a int4_ops);

-- case: || among an index's columns without parentheses
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, c VARCHAR(10), d VARCHAR(10));
-- check:
CREATE INDEX icat ON t (c || d);

-- case: CAST(x AS BIGINT) and CAST(x AS TEXT)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vcast AS SELECT CAST(a AS BIGINT) AS b, CAST(a AS TEXT) AS c FROM t;

-- case: CAST(x AS INTEGER): MariaDB takes it
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(10));
-- check:
CREATE VIEW vcast AS SELECT CAST(a AS INTEGER) AS b FROM t;

-- case: CAST(x AS REAL)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
UPDATE t SET a = CAST(a AS REAL) WHERE id = 1;

-- case: CAST(x AS VARCHAR) without a length
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vcast AS SELECT CAST(a AS VARCHAR) AS b FROM t;

-- case: CAST(x AS VARCHAR(n)): MariaDB takes it
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vcast AS SELECT CAST(a AS VARCHAR(10)) AS b FROM t;

-- case: CAST(x AS SIGNED), MySQL's
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(10));
-- check:
CREATE VIEW vcast AS SELECT CAST(a AS SIGNED) AS b FROM t;

-- case: FULL OUTER JOIN
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vfull AS SELECT t.id FROM t FULL OUTER JOIN u ON t.a = u.a;

-- case: an empty IN list
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
DELETE FROM t WHERE a IN ();

-- case: GLOB
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20));
-- check:
CREATE INDEX iglob ON t (b) WHERE b GLOB 'a*';

-- case: TIMESTAMP WITHOUT TIME ZONE and TIME WITH TIME ZONE
-- check:
CREATE TABLE z (id INTEGER NOT NULL PRIMARY KEY, d TIMESTAMP WITHOUT TIME ZONE, e TIME WITH TIME ZONE);

-- case: COLLATE in an index's column list
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20));
-- check:
CREATE INDEX icoll ON t (b COLLATE BINARY);

-- case: COLLATE in an index's column list, PostgreSQL's collation
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20));
-- check:
CREATE INDEX icoll ON t (b COLLATE "C");

-- case: CREATE INDEX ... COMMENT
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20));
-- check:
CREATE INDEX icomm ON t (b) COMMENT 'by name';

-- case: DELETE ... LIMIT offset, n
-- engines: mariadb,postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
DELETE FROM t ORDER BY a LIMIT 2, 5;

-- case: UPDATE ... LIMIT n OFFSET m
-- engines: mariadb,postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
UPDATE t SET a = 1 ORDER BY id LIMIT 5 OFFSET 2;

-- case: a subquery in FROM without an alias (PostgreSQL takes it from 16)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vsub AS SELECT * FROM (SELECT a FROM t) WHERE a = 1;

-- case: a subquery in FROM with an alias is everyone's
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vsub AS SELECT * FROM (SELECT a FROM t) AS s WHERE a = 1;

-- case: ASC/DESC in a UNIQUE constraint
-- check:
CREATE TABLE k (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, UNIQUE (a ASC, b DESC));

-- case: DESC in a PRIMARY KEY constraint
-- check:
CREATE TABLE k (a INTEGER NOT NULL, b INTEGER, PRIMARY KEY (a DESC));

-- case: USING after a comma
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vusing AS SELECT * FROM t, u USING (a);

-- case: two ON CONFLICT clauses
-- engines: postgresql,sqlite
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
INSERT INTO t (id, a) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET a = 3 ON CONFLICT DO NOTHING;

-- case: a 'quoted' table name in DROP TABLE
CREATE TABLE abc (id INTEGER NOT NULL PRIMARY KEY);
-- check:
DROP TABLE 'abc';

-- case: a 'quoted' table name in INSERT
CREATE TABLE abc (id INTEGER NOT NULL PRIMARY KEY);
-- check:
INSERT INTO 'abc' (id) VALUES (1);

-- case: a "double-quoted" table name in DELETE
CREATE TABLE abc (id INTEGER NOT NULL PRIMARY KEY);
-- check:
DELETE FROM "abc" WHERE id = 1;

-- case: CREATE SEQUENCE ... OWNED BY
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE SEQUENCE seq_a OWNED BY t.a;

-- case: JOIN without ON
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
CREATE TABLE u (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW vjoin AS SELECT t.id FROM t JOIN u AS x WHERE t.a = x.a;

-- case: a string as an index's column
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, b INTEGER);
-- check:
CREATE INDEX istr ON t ('b');

-- case: MySQL's CREATE TABLE t (SELECT ...)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE TABLE t2 (SELECT a FROM t);

-- case: COLLATE BINARY in a column, SQLite's default collation
-- check:
CREATE TABLE cb (id INTEGER NOT NULL PRIMARY KEY, b VARCHAR(20) COLLATE BINARY);

-- case: UNIQUE name (...) among a table's columns
-- check:
CREATE TABLE k1 (i1 INTEGER NOT NULL, i2 INTEGER NOT NULL, UNIQUE i1idx (i1), UNIQUE i2idx (i2));

-- case: ALTER TABLE ... ADD UNIQUE name (...)
CREATE TABLE k (a INTEGER NOT NULL, b INTEGER);
-- check:
ALTER TABLE k ADD UNIQUE kb (b);

-- case: a prefix length in a PRIMARY KEY
-- check:
CREATE TABLE k2 (a CHAR(10) NOT NULL, PRIMARY KEY (a(5)));

-- case: a prefix length in a UNIQUE constraint's second column
-- check:
CREATE TABLE k3 (a VARCHAR(300) NOT NULL, b INTEGER, UNIQUE (b, a(10)));

-- case: named and unnamed unique constraints in the standard's form
-- check:
CREATE TABLE k4 (a INTEGER NOT NULL, b INTEGER NOT NULL, CONSTRAINT k4u UNIQUE (a), UNIQUE (b), PRIMARY KEY (a, b));

-- case: an unqualified * after other items of a select list
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT 1 AS k, * FROM t;

-- case: an unqualified * first, then other items (every engine takes it)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT *, 1 AS k FROM t;

-- case: a qualified t.* after other items (every engine takes it)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT 1 AS k, t.* FROM t;

-- case: MAX(a, b), SQLite's scalar max, in a select list
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE VIEW v AS SELECT id, MAX(a, b) AS m FROM t;

-- case: MIN(a, b, c), SQLite's scalar min, in VALUES
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
INSERT INTO t (id, a) VALUES (1, MIN(3, 2, 1));

-- case: MAX of one argument with a window's PARTITION BY list (every engine takes it)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER);
-- check:
CREATE VIEW v AS SELECT id, MAX(a) OVER (PARTITION BY a, b) AS m, MIN(COALESCE(a, b)) OVER () AS n FROM t;

-- case: EXCLUDE (...) without USING: a btree exclusion constraint
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, EXCLUDE (a WITH =));

-- case: CREATE OR REPLACE VIEW IF NOT EXISTS
-- check:
CREATE OR REPLACE VIEW IF NOT EXISTS v AS SELECT 1 AS k;

-- case: CREATE OR REPLACE TRIGGER IF NOT EXISTS
-- engines: mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE OR REPLACE TRIGGER IF NOT EXISTS tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;

-- case: ALTER TABLE ... RENAME TO a "double-quoted" name
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t RENAME TO "t two";

-- case: ALTER TABLE ... RENAME COLUMN to a "double-quoted" name
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t RENAME COLUMN a TO "b";

-- case: a table named like a function, ( right after the name (COUNT)
-- check:
CREATE TABLE count(id INTEGER NOT NULL PRIMARY KEY);

-- case: a table named like a function, a space before the ( (MariaDB through Connector/J: IGNORE_SPACE)
-- check:
CREATE TABLE count (id INTEGER NOT NULL PRIMARY KEY);

-- case: a table named like a function, quoted (MariaDB takes it)
-- engines: mariadb
-- check:
CREATE TABLE `count` (id INTEGER NOT NULL PRIMARY KEY);

-- case: a column named like a function (every engine takes it)
-- check:
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, count INTEGER, position INTEGER);

-- case: INSERT INTO a table named like a function, ( right after the name (POSITION)
-- engines: postgresql, sqlite
CREATE TABLE position (id INTEGER NOT NULL PRIMARY KEY);
-- check:
INSERT INTO position(id) VALUES (1);

-- case: INSERT INTO a table named like a function, ( right after the name (POSITION), created quoted
-- engines: mariadb
CREATE TABLE `position` (id INTEGER NOT NULL PRIMARY KEY);
-- check:
INSERT INTO position(id) VALUES (1);

-- case: REFERENCES a table named like a function, ( right after the name (MAX)
-- engines: postgresql, sqlite
CREATE TABLE max (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, max_id INTEGER REFERENCES max(id));

-- case: REFERENCES a table named like a function, then ( (MAX), created quoted
-- engines: mariadb
CREATE TABLE `max` (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, max_id INTEGER REFERENCES max (id));

-- case: CREATE INDEX ON a table named like a function, ( right after the name (SUM)
-- engines: postgresql, sqlite
CREATE TABLE sum (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE INDEX sum_a ON sum(a);

-- case: CREATE INDEX ON a table named like a function, ( right after the name (SUM), created quoted
-- engines: mariadb
CREATE TABLE `sum` (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE INDEX sum_a ON sum(a);

-- case: a function called with ( right after its name in an INSERT (every engine takes it)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a VARCHAR(10));
-- check:
INSERT INTO t (id, a) SELECT COUNT(*), SUBSTR('abc', 1, 2) FROM t;

-- case: CREATE UNIQUE INDEX ... USING hash
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE UNIQUE INDEX t_a ON t USING hash (a);

-- case: CREATE UNIQUE INDEX ... USING brin
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE UNIQUE INDEX t_a ON t USING brin (a);

-- case: CREATE UNIQUE INDEX ... USING btree
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE UNIQUE INDEX t_a ON t USING btree (a);

-- case: a hash index over two columns
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE INDEX t_ab ON t USING hash (a, b);

-- case: a hash index over one column, a function of two
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE INDEX t_ab ON t USING hash (greatest(a, b)) WHERE c > 0;

-- case: a hash index with INCLUDE
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE INDEX t_a ON t USING hash (a) INCLUDE (b);

-- case: a BRIN index with INCLUDE
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE INDEX t_a ON t USING brin (a) INCLUDE (b);

-- case: a BRIN index over two columns (BRIN takes several)
-- engines: postgresql
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER);
-- check:
CREATE INDEX t_ab ON t USING brin (a, b);

-- case: a [bracketed] table name (SQLite takes it)
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE [t] RENAME TO t2;

-- case: a [bracketed] column name (SQLite takes it)
-- check:
CREATE TABLE b ([a] INTEGER, c INTEGER);

-- case: a ? parameter in a view
-- engines: postgresql, mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT a FROM t WHERE id = ?;

-- case: PostgreSQL's jsonb ? operator is no parameter
-- engines: postgresql
-- check:
CREATE VIEW v AS SELECT '{"a": 1}'::jsonb ? 'a' AS has_a;

-- case: iif() (SQLite 3.32+ takes it)
-- check:
CREATE VIEW v AS SELECT iif(1 > 0, 2, 3) AS x;

-- case: CONTAINS(g1, g2) (MariaDB's spatial function)
-- engines: postgresql, mariadb
-- check:
CREATE TABLE c1 AS SELECT CONTAINS(NULL, NULL) AS x;

-- case: CHECK without parentheses
-- engines: postgresql, mariadb
-- check:
CREATE TABLE ck (a INTEGER, b INTEGER, CHECK a > b);

-- case: FETCH FIRST n ROWS ONLY (MariaDB 10.6+ takes it)
-- engines: postgresql, mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT id FROM t ORDER BY id FETCH FIRST 5 ROWS ONLY;

-- case: FETCH FIRST NULL ROWS ONLY (PostgreSQL reads no limit)
-- engines: postgresql, mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT id FROM t ORDER BY id FETCH FIRST NULL ROWS ONLY;

-- case: FETCH FIRST NULL ROWS WITH TIES
-- engines: postgresql, mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
CREATE VIEW v AS SELECT id FROM t ORDER BY id FETCH FIRST NULL ROWS WITH TIES;

-- case: a column list after a derived table's alias
-- engines: postgresql, mariadb
-- check:
CREATE VIEW v AS SELECT * FROM (SELECT 1, 2) dv (q, w);

-- case: ALTER TABLE with no action (MariaDB takes it as a no-op)
-- engines: postgresql, mariadb
CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a INTEGER);
-- check:
ALTER TABLE t;

-- case: ON DELETE SET NULL (columns)
-- engines: postgresql, mariadb
CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE SET NULL (p_id));

-- case: CREATE SEQUENCE ... NO CYCLE
-- engines: postgresql, mariadb
-- check:
CREATE SEQUENCE s NO CYCLE;

-- case: CREATE SEQUENCE ... NO MINVALUE NO MAXVALUE (MariaDB takes them)
-- engines: postgresql, mariadb
-- check:
CREATE SEQUENCE s NO MINVALUE NO MAXVALUE;

-- case: a function call in FROM
-- engines: postgresql, mariadb
-- check:
CREATE VIEW v AS SELECT * FROM lower('x') AS l;

-- case: FROM inside TRIM is no function call in FROM
-- engines: postgresql, mariadb
-- check:
CREATE VIEW v AS SELECT trim(BOTH FROM lower('x')) AS x;

-- case: NOT DEFERRABLE INITIALLY DEFERRED (SQLite takes it; deferrable-constraint speaks for MySQL and MariaDB)
-- engines: postgresql, sqlite
-- check:
CREATE TABLE nd (a INTEGER UNIQUE NOT DEFERRABLE INITIALLY DEFERRED);

-- case: INITIALLY DEFERRED NOT DEFERRABLE
-- engines: postgresql
-- check:
CREATE TABLE nd (a INTEGER UNIQUE INITIALLY DEFERRED NOT DEFERRABLE);

-- case: INT(-1) (SQLite reads any type name)
-- check:
CREATE TABLE nw (a INT(-1));

-- case: CONSTRAINT name UNIQUE on a column
-- check:
CREATE TABLE cc (b INTEGER CONSTRAINT u_b UNIQUE);

-- case: CONSTRAINT name CHECK on a column
-- check:
CREATE TABLE cc (b INTEGER CONSTRAINT check_b CHECK (b <> 0));

-- case: CONSTRAINT name CHECK after the columns
-- check:
CREATE TABLE cc (b INTEGER, CONSTRAINT check_b CHECK (b <> 0));

-- case: CONSTRAINT name REFERENCES on a column (MariaDB takes it)
CREATE TABLE p (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE cc (b INTEGER CONSTRAINT fk_b REFERENCES p (id));

-- case: an aggregate among an index's columns
-- engines: postgresql
CREATE TABLE ia (a INTEGER, b INTEGER);
-- check:
CREATE INDEX ia_a ON ia (min(a));

-- case: PARTITION BY an unknown method
-- engines: postgresql, mariadb
-- check:
CREATE TABLE pm (a INTEGER) PARTITION BY MAGIC (a);

-- case: a typed literal before an operator
-- engines: postgresql, mariadb
CREATE TABLE tl (tenthous INTEGER, s VARCHAR(10));
-- check:
CREATE VIEW tl1 AS SELECT inet '10.0.0.1' + tenthous AS x FROM tl;

-- case: a typed literal before COLLATE
-- engines: postgresql, mariadb
-- check:
CREATE VIEW tl2 AS SELECT text 'foo' COLLATE "C" AS foo;

-- case: a typed literal after a comparison
-- engines: postgresql, mariadb
CREATE TABLE tl (tenthous INTEGER, s VARCHAR(10));
-- check:
CREATE VIEW tl3 AS SELECT s FROM tl WHERE s = text 'foo';

-- case: a column and its string alias (MySQL's, not a typed literal)
-- engines: mariadb
CREATE TABLE tl (tenthous INTEGER, text VARCHAR(10));
-- check:
CREATE VIEW tl4 AS SELECT text 'alias', tenthous FROM tl;

-- case: PROCEDURE ANALYSE() in a view
-- engines: postgresql, mariadb
CREATE TABLE t1 (a INTEGER, b INTEGER);
-- check:
CREATE VIEW v1 AS SELECT a FROM t1 PROCEDURE ANALYSE();

-- case: ALTER TABLE t* (PostgreSQL's inheritance spelling)
-- engines: postgresql, mariadb
CREATE TABLE t1 (a INTEGER, b INTEGER);
-- check:
ALTER TABLE t1* RENAME COLUMN b TO bb;

-- case: SHORT INTEGER (SQLite reads any words as a type)
-- check:
CREATE TABLE t8 (pk SHORT INTEGER PRIMARY KEY);

-- case: UNSIGNED BIG INT (SQLite reads any words as a type)
-- check:
CREATE TABLE t9 (pk UNSIGNED BIG INT);

-- case: x NOT NULL in a condition (SQLite's postfix form)
-- engines: postgresql, mariadb
CREATE TABLE t1 (a INTEGER, b INTEGER);
-- check:
CREATE VIEW v2 AS SELECT t1.a FROM t1 GROUP BY t1.a HAVING t1.a NOT NULL;

-- case: x IS NOT NULL in a condition
CREATE TABLE t1 (a INTEGER, b INTEGER);
-- check:
CREATE VIEW v4 AS SELECT t1.a FROM t1 WHERE t1.b IS NOT NULL AND t1.a IS NOT NULL;

-- case: ON UPDATE twice in a foreign key (SQLite takes it)
CREATE TABLE t3 (a INTEGER NOT NULL PRIMARY KEY, b INTEGER);
-- check:
CREATE TABLE t4 (a INTEGER NOT NULL, FOREIGN KEY (a) REFERENCES t3 (a) ON UPDATE SET DEFAULT ON UPDATE SET DEFAULT);

-- case: ON DELETE, ON UPDATE, ON DELETE in a foreign key (SQLite takes it)
CREATE TABLE t3 (a INTEGER NOT NULL PRIMARY KEY, b INTEGER);
-- check:
CREATE TABLE t4 (a INTEGER NOT NULL, FOREIGN KEY (a) REFERENCES t3 (a) ON DELETE CASCADE ON UPDATE CASCADE ON DELETE CASCADE);

-- case: ON DELETE and ON UPDATE once each
CREATE TABLE t3 (a INTEGER NOT NULL PRIMARY KEY, b INTEGER);
-- check:
CREATE TABLE t4 (a INTEGER NOT NULL, FOREIGN KEY (a) REFERENCES t3 (a) ON DELETE CASCADE ON UPDATE CASCADE);

-- case: t.* AS alias
-- engines: mariadb
CREATE TABLE t3 (a INTEGER NOT NULL PRIMARY KEY, b INTEGER);
-- check:
CREATE TABLE x1 AS SELECT t3.* AS w FROM t3;

-- case: OWNED BY a name that is no column
-- engines: postgresql
-- check:
CREATE SEQUENCE s1 OWNED BY nobody;

-- case: OWNED BY NONE
-- engines: postgresql
-- check:
CREATE SEQUENCE s2 OWNED BY NONE;

-- case: FULLTEXT INDEX USING BTREE
-- engines: mariadb
-- check:
CREATE TABLE f1 (col1 TEXT, FULLTEXT INDEX USING BTREE (col1));

-- case: USING RTREE on a UNIQUE KEY
-- engines: mariadb
-- check:
CREATE TABLE r1 (a INTEGER NOT NULL, b INTEGER NOT NULL, UNIQUE KEY ra USING RTREE (a, b)) ENGINE=MyISAM;

-- case: an identity column that is also generated
-- engines: postgresql
-- check:
CREATE TABLE g1 (a INTEGER PRIMARY KEY, b INTEGER GENERATED ALWAYS AS IDENTITY GENERATED ALWAYS AS (a * 2) STORED);

-- case: a generated column that is also an identity
-- engines: postgresql
-- check:
CREATE TABLE g3 (a INTEGER PRIMARY KEY, b INTEGER GENERATED ALWAYS AS (a * 2) STORED GENERATED BY DEFAULT AS IDENTITY);

-- case: an identity column beside a generated one
-- engines: postgresql
-- check:
CREATE TABLE g2 (a INTEGER PRIMARY KEY, b INTEGER GENERATED BY DEFAULT AS IDENTITY, c INTEGER GENERATED ALWAYS AS (a * 2) STORED);
