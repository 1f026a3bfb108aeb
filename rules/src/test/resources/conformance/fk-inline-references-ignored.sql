-- case: MariaDB creates the foreign key from an inline REFERENCES
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id));
-- observe: SELECT COUNT(*) FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE() AND table_name = 'block_device_mapping'
-- expected: 1

-- case: PostgreSQL creates the foreign key from an inline REFERENCES
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id));
-- observe: SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_schema = current_schema() AND table_name = 'block_device_mapping' AND constraint_type = 'FOREIGN KEY'
-- expected: 1

-- case: SQLite records the foreign key from an inline REFERENCES
-- engines: sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE block_device_mapping (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id));
-- observe: SELECT COUNT(*) FROM pragma_foreign_key_list('block_device_mapping')
-- expected: 1
