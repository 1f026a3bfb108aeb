-- case: DEFERRABLE INITIALLY DEFERRED foreign key
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, CONSTRAINT fk_volumes_instance FOREIGN KEY (instance_id) REFERENCES instances (id) DEFERRABLE INITIALLY DEFERRED);

-- case: NOT DEFERRABLE foreign key
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, CONSTRAINT fk_volumes_instance FOREIGN KEY (instance_id) REFERENCES instances (id) NOT DEFERRABLE);

-- case: deferrable UNIQUE constraint
-- engines: postgresql, mariadb, sqlite
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, code INTEGER, CONSTRAINT uq_volumes_code UNIQUE (code) DEFERRABLE INITIALLY DEFERRED);

-- case: INITIALLY DEFERRED without DEFERRABLE
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER REFERENCES instances (id) INITIALLY DEFERRED);
