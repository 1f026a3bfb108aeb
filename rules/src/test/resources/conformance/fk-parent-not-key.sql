-- case: parent covered by a unique index only (Db2 alone refuses: documented)
CREATE TABLE instance_types (id INTEGER NOT NULL PRIMARY KEY, flavorid VARCHAR(64) NOT NULL);
CREATE UNIQUE INDEX ux_instance_types_flavorid ON instance_types (flavorid);
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, flavorid VARCHAR(64), FOREIGN KEY (flavorid) REFERENCES instance_types (flavorid));

-- case: parent covered by a non-unique index
-- PostgreSQL refuses. MariaDB accepts, so the "key" of the foreign key matches two parent rows.
-- engines: postgresql, mariadb
CREATE TABLE instance_types (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL);
CREATE INDEX ix_instance_types_name ON instance_types (name);
INSERT INTO instance_types (id, name) VALUES (1, 'small');
INSERT INTO instance_types (id, name) VALUES (2, 'small');
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, type_name VARCHAR(64), FOREIGN KEY (type_name) REFERENCES instance_types (name));
-- observe: SELECT COUNT(*) FROM instance_types WHERE name IN (SELECT name FROM instance_types GROUP BY name HAVING COUNT(*) > 1)
-- expected: 0

-- case: non-unique parent on SQLite: the DDL passes, touching the data fails with "foreign key mismatch"
-- engines: sqlite
PRAGMA foreign_keys = ON;
CREATE TABLE instance_types (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL);
CREATE INDEX ix_instance_types_name ON instance_types (name);
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, type_name VARCHAR(64), FOREIGN KEY (type_name) REFERENCES instance_types (name));
-- observe: SELECT COUNT(*) FROM pragma_foreign_key_check('instances')
-- expected: 0

-- case: no parent index on SQLite either: same late failure
-- engines: sqlite
PRAGMA foreign_keys = ON;
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(64) NOT NULL);
-- check:
CREATE TABLE note_links (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(64) REFERENCES notes (body));
-- observe: SELECT COUNT(*) FROM pragma_foreign_key_check('note_links')
-- expected: 0

-- case: parent with no index at all
-- engines: postgresql, mariadb
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(64) NOT NULL);
CREATE TABLE note_links (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(64));
-- check:
ALTER TABLE note_links ADD CONSTRAINT fk_note_links_body FOREIGN KEY (body) REFERENCES notes (body);

-- case: parent is a declared UNIQUE constraint
CREATE TABLE instance_types (id INTEGER NOT NULL PRIMARY KEY, flavorid VARCHAR(64) NOT NULL, CONSTRAINT uq_flavorid UNIQUE (flavorid));
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, flavorid VARCHAR(64), FOREIGN KEY (flavorid) REFERENCES instance_types (flavorid));

-- case: inline in ADD COLUMN, parent with no index: MariaDB 10.11 creates inline keys, so it refuses (errno 150)
-- engines: postgresql, mariadb
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(64) NOT NULL);
CREATE TABLE note_links (id INTEGER NOT NULL PRIMARY KEY);
-- check:
ALTER TABLE note_links ADD COLUMN body VARCHAR(64) REFERENCES notes (body);
