-- case: SET NOT NULL on a table with rows takes ACCESS EXCLUSIVE for the scan
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));
INSERT INTO instances (id, uuid) VALUES (1, 'u1'), (2, 'u2');
-- check:
ALTER TABLE instances ALTER COLUMN uuid SET NOT NULL;
-- locks: instances

-- case: good: a validated CHECK (uuid IS NOT NULL) lets SET NOT NULL skip the scan
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));
INSERT INTO instances (id, uuid) VALUES (1, 'u1'), (2, 'u2');
ALTER TABLE instances ADD CONSTRAINT instances_uuid_not_null CHECK (uuid IS NOT NULL) NOT VALID;
ALTER TABLE instances VALIDATE CONSTRAINT instances_uuid_not_null;
-- check:
ALTER TABLE instances ALTER COLUMN uuid SET NOT NULL;
-- observe: SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'instances' AND column_name = 'uuid'
-- expected: NO

-- case: good: VALIDATE CONSTRAINT does not block writes
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36));
INSERT INTO instances (id, uuid) VALUES (1, 'u1'), (2, 'u2');
ALTER TABLE instances ADD CONSTRAINT instances_uuid_not_null CHECK (uuid IS NOT NULL) NOT VALID;
-- check:
ALTER TABLE instances VALIDATE CONSTRAINT instances_uuid_not_null;
-- locks: instances
