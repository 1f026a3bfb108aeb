-- case: VARCHAR(20000) with the server's utf8mb4 default
-- check:
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(20000));

-- case: VARCHAR(16000)
-- check:
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(16000));
