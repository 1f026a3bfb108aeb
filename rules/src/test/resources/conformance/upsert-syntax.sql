-- case: ON DUPLICATE KEY UPDATE
CREATE TABLE counters (name VARCHAR(50) NOT NULL PRIMARY KEY, n INTEGER);
-- check:
INSERT INTO counters (name, n) VALUES ('a', 1) ON DUPLICATE KEY UPDATE n = n + 1;

-- case: ON CONFLICT
CREATE TABLE counters (name VARCHAR(50) NOT NULL PRIMARY KEY, n INTEGER);
-- check:
INSERT INTO counters (name, n) VALUES ('a', 1) ON CONFLICT (name) DO NOTHING;

-- case: REPLACE INTO
CREATE TABLE counters (name VARCHAR(50) NOT NULL PRIMARY KEY, n INTEGER);
-- check:
REPLACE INTO counters (name, n) VALUES ('a', 1);

-- case: MERGE
CREATE TABLE counters (name VARCHAR(50) NOT NULL PRIMARY KEY, n INTEGER);
-- check:
MERGE INTO counters c USING (SELECT 'a' AS name, 1 AS n) s ON c.name = s.name WHEN NOT MATCHED THEN INSERT (name, n) VALUES (s.name, s.n);

-- case: INSERT ... WHERE NOT EXISTS
CREATE TABLE counters (name VARCHAR(50) NOT NULL PRIMARY KEY, n INTEGER);
-- check:
INSERT INTO counters (name, n) SELECT 'a', 1 FROM counters WHERE NOT EXISTS (SELECT 1 FROM counters WHERE name = 'a');
