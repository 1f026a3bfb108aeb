-- case: ON DELETE SET DEFAULT is kept as RESTRICT by MariaDB
-- engines: mariadb
CREATE TABLE flavors (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, flavor_id INTEGER DEFAULT 1, CONSTRAINT fk_instances_flavor FOREIGN KEY (flavor_id) REFERENCES flavors (id) ON DELETE SET DEFAULT);
-- observe: SELECT delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE() AND constraint_name = 'fk_instances_flavor'
-- expected: SET DEFAULT

-- case: ON DELETE SET DEFAULT is kept by PostgreSQL
-- engines: postgresql
CREATE TABLE flavors (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, flavor_id INTEGER DEFAULT 1, CONSTRAINT fk_instances_flavor FOREIGN KEY (flavor_id) REFERENCES flavors (id) ON DELETE SET DEFAULT);
-- observe: SELECT delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = current_schema() AND constraint_name = 'fk_instances_flavor'
-- expected: SET DEFAULT

-- case: ON DELETE SET DEFAULT is kept by SQLite
-- engines: sqlite
CREATE TABLE flavors (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, flavor_id INTEGER DEFAULT 1, CONSTRAINT fk_instances_flavor FOREIGN KEY (flavor_id) REFERENCES flavors (id) ON DELETE SET DEFAULT);
-- observe: SELECT on_delete FROM pragma_foreign_key_list('instances')
-- expected: SET DEFAULT

-- case: inline in ADD COLUMN: MariaDB 10.11 creates the key (unlike MySQL before 9.0) and keeps RESTRICT
-- engines: mariadb
CREATE TABLE flavors (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
ALTER TABLE instances ADD COLUMN flavor_id INTEGER DEFAULT 1 REFERENCES flavors (id) ON DELETE SET DEFAULT;
-- observe: SELECT COALESCE(MAX(delete_rule), 'no foreign key') FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE() AND table_name = 'instances'
-- expected: SET DEFAULT
