-- case: INT PRIMARY KEY is no rowid alias
-- engines: sqlite
-- check:
CREATE TABLE a (id INT PRIMARY KEY, v INTEGER);
-- observe: INSERT INTO a (v) VALUES (1) RETURNING id
-- expected: 1

-- case: INTEGER PRIMARY KEY is
-- engines: sqlite
-- check:
CREATE TABLE a (id INTEGER PRIMARY KEY, v INTEGER);
-- observe: INSERT INTO a (v) VALUES (1) RETURNING id
-- expected: 1
