-- case: VARCHAR(20000) with the server's utf8mb4 default
-- check:
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(20000));

-- case: VARCHAR(16000)
-- check:
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(16000));

-- case: CHAR(300)
-- check:
CREATE TABLE codes (id INTEGER NOT NULL PRIMARY KEY, code CHAR(300));

-- case: CHAR(255)
-- check:
CREATE TABLE codes (id INTEGER NOT NULL PRIMARY KEY, code CHAR(255));

-- case: NCHAR(256)
-- check:
CREATE TABLE codes (id INTEGER NOT NULL PRIMARY KEY, code NCHAR(256));

-- case: VARCHAR(10485761), over PostgreSQL's limit
-- check:
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(10485761));

-- case: CHARACTER(10485761), over PostgreSQL's limit
-- check:
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, body CHARACTER(10485761));

-- case: CHAR(4294967295), past an int
-- engines: postgresql, mariadb
-- check:
CREATE TABLE huge (a CHAR(4294967295));
