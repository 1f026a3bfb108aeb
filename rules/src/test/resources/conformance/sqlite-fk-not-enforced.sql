-- case: a foreign key on a connection with the default pragma: not enforced
-- engines: sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id));
-- observe: SELECT foreign_keys FROM pragma_foreign_keys
-- expected: 1

-- case: enforcement turned on first
-- engines: sqlite
PRAGMA foreign_keys = ON;
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id));
-- observe: SELECT foreign_keys FROM pragma_foreign_keys
-- expected: 1

-- case: PostgreSQL enforces the key at once
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id));
-- observe: SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_schema = current_schema() AND table_name = 'block_device_mapping' AND constraint_type = 'FOREIGN KEY'
-- expected: 1

-- case: MariaDB enforces the key at once
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id));
-- observe: SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_schema = DATABASE() AND table_name = 'block_device_mapping' AND constraint_type = 'FOREIGN KEY'
-- expected: 1
