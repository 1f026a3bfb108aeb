-- case: good: the same SET NOT NULL is an ordinary statement on PostgreSQL
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));
-- check:
ALTER TABLE instances ALTER COLUMN uuid SET NOT NULL;
-- observe: SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'instances' AND column_name = 'uuid'
-- expected: NO

-- case: good: DROP COLUMN elsewhere needs no reorganisation
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, host VARCHAR(255));
INSERT INTO instances (id, host) VALUES (1, 'h');
-- check:
ALTER TABLE instances DROP COLUMN host;
-- observe: SELECT COUNT(*) FROM instances
-- expected: 1
