-- case: BIGINT column referencing an INTEGER key
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_id BIGINT, CONSTRAINT fk_volumes_instance FOREIGN KEY (instance_id) REFERENCES instances (id));

-- case: VARCHAR column referencing an INTEGER key
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_ref VARCHAR(36), CONSTRAINT fk_volumes_instance FOREIGN KEY (instance_ref) REFERENCES instances (id));

-- case: VARCHAR lengths differ (only Db2 cares)
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36) NOT NULL, CONSTRAINT uq_instances_uuid UNIQUE (uuid));
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_uuid VARCHAR(40), CONSTRAINT fk_volumes_uuid FOREIGN KEY (instance_uuid) REFERENCES instances (uuid));

-- case: DECIMAL precisions differ (MariaDB accepts, unlike MySQL's documentation)
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, price DECIMAL(10, 2) NOT NULL, CONSTRAINT uq_instances_price UNIQUE (price));
-- check:
CREATE TABLE ports (id INTEGER NOT NULL PRIMARY KEY, price DECIMAL(12, 2), CONSTRAINT fk_ports_price FOREIGN KEY (price) REFERENCES instances (price));

-- case: identical types
-- engines: postgresql, mariadb, sqlite
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE volumes (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER, CONSTRAINT fk_volumes_instance FOREIGN KEY (instance_id) REFERENCES instances (id));

-- case: INTEGER column referencing a SERIAL key (MariaDB: SERIAL is BIGINT UNSIGNED, errno 150)
-- engines: postgresql, mariadb
CREATE TABLE owners (id SERIAL PRIMARY KEY, name VARCHAR(40));
-- check:
CREATE TABLE pets (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER, CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) REFERENCES owners (id));

-- case: BIGINT UNSIGNED column referencing a SERIAL key on MariaDB
-- engines: mariadb
CREATE TABLE owners (id SERIAL PRIMARY KEY, name VARCHAR(40));
-- check:
CREATE TABLE pets (id INTEGER NOT NULL PRIMARY KEY, owner_id BIGINT UNSIGNED, CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) REFERENCES owners (id));
