-- case: TRUNCATE TABLE
CREATE TABLE cache (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO cache (id) VALUES (1);
-- check:
TRUNCATE TABLE cache;
-- observe: SELECT COUNT(*) FROM cache
-- expected: 0

-- case: DELETE FROM
CREATE TABLE cache (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO cache (id) VALUES (1);
-- check:
DELETE FROM cache;
-- observe: SELECT COUNT(*) FROM cache
-- expected: 0
