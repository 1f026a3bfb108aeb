-- case: BOOLEAN column holding 2 on MariaDB
-- engines: mariadb
CREATE TABLE other (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE flags (id INTEGER NOT NULL PRIMARY KEY, flag BOOLEAN);
-- observe: INSERT INTO flags (id, flag) VALUES (1, 2) RETURNING CASE WHEN flag = TRUE THEN 'true' ELSE 'false' END
-- expected: true

-- case: BOOLEAN column holding 'true' on SQLite
-- engines: sqlite, postgresql
CREATE TABLE other (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE flags (id INTEGER NOT NULL PRIMARY KEY, flag BOOLEAN);
-- observe: INSERT INTO flags (id, flag) VALUES (1, 'true') RETURNING CASE WHEN flag = TRUE THEN 'true' ELSE 'false' END
-- expected: true
