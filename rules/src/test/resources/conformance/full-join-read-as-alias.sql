-- case: FULL JOIN ... USING: on MariaDB FULL is the left table's alias and the join an inner join
CREATE TABLE a (x INTEGER);
CREATE TABLE b (x INTEGER);
INSERT INTO a (x) VALUES (1), (2);
INSERT INTO b (x) VALUES (2), (3);
-- check:
CREATE VIEW v AS SELECT x FROM a FULL JOIN b USING (x);
-- observe: SELECT COUNT(*) FROM v
-- expected: 3

-- case: FULL JOIN ... ON with unqualified columns: an inner join on MariaDB
CREATE TABLE a (ax INTEGER);
CREATE TABLE b (bx INTEGER);
INSERT INTO a (ax) VALUES (1), (2);
INSERT INTO b (bx) VALUES (2), (3);
-- check:
CREATE VIEW v AS SELECT ax, bx FROM a FULL JOIN b ON ax = bx;
-- observe: SELECT COUNT(*) FROM v
-- expected: 3

-- case: FULL JOIN ... ON a.x: the left table's name is unknown once FULL is its alias (MariaDB)
CREATE TABLE a (x INTEGER);
CREATE TABLE b (x INTEGER);
-- check:
CREATE VIEW v AS SELECT a.x AS ax, b.x AS bx FROM a FULL JOIN b ON a.x = b.x;

-- case: FULL JOIN after an alias: a syntax error on MariaDB
CREATE TABLE a (x INTEGER);
CREATE TABLE b (x INTEGER);
-- check:
CREATE VIEW v AS SELECT l.x AS lx, r.x AS rx FROM a AS l FULL JOIN b AS r ON l.x = r.x;

-- case: a LEFT JOIN (every engine takes it)
CREATE TABLE a (x INTEGER);
CREATE TABLE b (x INTEGER);
INSERT INTO a (x) VALUES (1), (2);
INSERT INTO b (x) VALUES (2), (3);
-- check:
CREATE VIEW v AS SELECT a.x AS ax, b.x AS bx FROM a LEFT JOIN b ON a.x = b.x;
-- observe: SELECT COUNT(*) FROM v
-- expected: 2
