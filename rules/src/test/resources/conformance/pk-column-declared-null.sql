-- case: PostgreSQL makes a PRIMARY KEY column declared NULL NOT NULL
-- engines: postgresql
-- check:
CREATE TABLE instance_tags (instance_id INTEGER NULL, tag VARCHAR(40) NOT NULL, PRIMARY KEY (instance_id, tag));
-- observe: SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'instance_tags' AND column_name = 'instance_id'
-- expected: YES

-- case: MariaDB makes a PRIMARY KEY column declared NULL NOT NULL
-- engines: mariadb
-- check:
CREATE TABLE instance_tags (instance_id INTEGER NULL, tag VARCHAR(40) NOT NULL, PRIMARY KEY (instance_id, tag));
-- observe: SELECT is_nullable FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'instance_tags' AND column_name = 'instance_id'
-- expected: YES

-- case: SQLite keeps it nullable
-- engines: sqlite
-- check:
CREATE TABLE instance_tags (instance_id INTEGER NULL, tag VARCHAR(40) NOT NULL, PRIMARY KEY (instance_id, tag));
-- observe: SELECT CASE "notnull" WHEN 0 THEN 'YES' ELSE 'NO' END FROM pragma_table_info('instance_tags') WHERE name = 'instance_id'
-- expected: YES

-- case: inline PRIMARY KEY declared NULL, PostgreSQL
-- engines: postgresql
-- check:
CREATE TABLE flavors (id INTEGER NULL PRIMARY KEY, name VARCHAR(40));
-- observe: SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'flavors' AND column_name = 'id'
-- expected: YES

-- case: ADD COLUMN declared NULL with an inline PRIMARY KEY, PostgreSQL
-- engines: postgresql
CREATE TABLE flavors (name VARCHAR(40));
-- check:
ALTER TABLE flavors ADD COLUMN id INTEGER NULL PRIMARY KEY;
-- observe: SELECT is_nullable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'flavors' AND column_name = 'id'
-- expected: YES
