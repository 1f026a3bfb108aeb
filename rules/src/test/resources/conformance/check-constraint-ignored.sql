-- case: MariaDB keeps and enforces CHECK constraints
-- engines: mariadb
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, size INTEGER NOT NULL, CONSTRAINT ck_volumes_size CHECK (size > 0));
-- observe: SELECT COUNT(*) FROM information_schema.check_constraints WHERE constraint_schema = DATABASE() AND table_name = 'volumes'
-- expected: 1

-- case: PostgreSQL keeps CHECK constraints
-- engines: postgresql
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, size INTEGER NOT NULL, CONSTRAINT ck_volumes_size CHECK (size > 0));
-- observe: SELECT COUNT(*) FROM pg_constraint WHERE conrelid = 'volumes'::regclass AND contype = 'c'
-- expected: 1

-- case: SQLite keeps CHECK constraints
-- engines: sqlite
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, size INTEGER NOT NULL, CONSTRAINT ck_volumes_size CHECK (size > 0));
-- observe: SELECT instr(sql, 'CHECK (size > 0)') > 0 FROM sqlite_master WHERE name = 'volumes'
-- expected: 1

