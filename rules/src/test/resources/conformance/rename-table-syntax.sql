-- case: RENAME TABLE on PostgreSQL and SQLite
-- engines: postgresql, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
RENAME TABLE instances TO servers;

-- case: good: RENAME TABLE on MariaDB
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
RENAME TABLE instances TO servers;
-- observe: SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'servers'
-- expected: 1

-- case: good: ALTER TABLE ... RENAME TO everywhere but Db2
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
ALTER TABLE instances RENAME TO servers;
-- observe: SELECT COUNT(*) FROM servers
-- expected: 0
