-- Only Db2 refuses ON UPDATE CASCADE / SET NULL / SET DEFAULT (documented); the others run it.

-- case: ON UPDATE CASCADE is accepted
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, uuid VARCHAR(36) NOT NULL UNIQUE);
INSERT INTO instances (id, uuid) VALUES (1, 'a');
-- check:
CREATE TABLE bdm (id INTEGER NOT NULL PRIMARY KEY, instance_uuid VARCHAR(36), FOREIGN KEY (instance_uuid) REFERENCES instances (uuid) ON UPDATE CASCADE);

-- case: ON UPDATE SET NULL is accepted
-- check:
CREATE TABLE bdm (id INTEGER NOT NULL PRIMARY KEY, parent INTEGER, FOREIGN KEY (parent) REFERENCES bdm (id) ON UPDATE SET NULL);
