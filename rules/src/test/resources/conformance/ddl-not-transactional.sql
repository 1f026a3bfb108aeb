-- case: CREATE TABLE inside BEGIN commits the open transaction on MariaDB
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
BEGIN;
INSERT INTO instances (id) VALUES (1);
-- check:
CREATE TABLE instance_faults (id INTEGER NOT NULL PRIMARY KEY);
-- observe: SELECT @@in_transaction
-- expected: 1

-- case: good: PostgreSQL keeps DDL inside the transaction
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
BEGIN;
INSERT INTO instances (id) VALUES (1);
-- check:
CREATE TABLE instance_faults (id INTEGER NOT NULL PRIMARY KEY);
-- observe: SELECT CASE WHEN txid_current_if_assigned() IS NULL THEN 'none' ELSE 'open' END
-- expected: open

-- case: good: DDL outside any transaction
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE instance_faults (id INTEGER NOT NULL PRIMARY KEY);
