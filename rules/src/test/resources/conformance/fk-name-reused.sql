-- case: a foreign key name already used by another table
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, CONSTRAINT fk_instance FOREIGN KEY (instance_id) REFERENCES instances (id));
-- check:
CREATE TABLE ports (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, CONSTRAINT fk_instance FOREIGN KEY (instance_id) REFERENCES instances (id));

-- case: distinct names
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, CONSTRAINT fk_volumes_instance_id FOREIGN KEY (instance_id) REFERENCES instances (id));
-- check:
CREATE TABLE ports (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, CONSTRAINT fk_ports_instance_id FOREIGN KEY (instance_id) REFERENCES instances (id));
