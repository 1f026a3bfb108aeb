-- case: unique index over VARCHAR, then 'ABC' inserted after 'abc'
CREATE TABLE codes (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(20) NOT NULL);
INSERT INTO codes (id, code) VALUES (1, 'abc');
-- check:
CREATE UNIQUE INDEX ux_codes_code ON codes (code);
-- observe: INSERT INTO codes (id, code) VALUES (2, 'ABC') RETURNING id
-- expected: 2

-- case: inline UNIQUE, then 'cafe' and 'café' inserted together
-- check:
CREATE TABLE places (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE);
-- observe: INSERT INTO places (id, name) VALUES (1, 'cafe'), (2, 'café') RETURNING id
-- expected: 1

-- case: a binary collation keeps 'abc' and 'ABC' apart
-- engines: mariadb
CREATE TABLE codes (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(20) COLLATE utf8mb4_bin NOT NULL);
INSERT INTO codes (id, code) VALUES (1, 'abc');
-- check:
ALTER TABLE codes ADD CONSTRAINT uq_codes_code UNIQUE (code);
-- observe: INSERT INTO codes (id, code) VALUES (2, 'ABC') RETURNING id
-- expected: 2
