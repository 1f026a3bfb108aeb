-- case: ADD FOREIGN KEY locks out writes while it validates
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE instance_faults (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER);
INSERT INTO instances (id) VALUES (1);
INSERT INTO instance_faults (id, instance_id) VALUES (1, 1);
-- check:
ALTER TABLE instance_faults ADD CONSTRAINT fk_faults_instance FOREIGN KEY (instance_id) REFERENCES instances (id);
-- locks: instance_faults

-- case: good: NOT VALID adds the constraint without checking the rows
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE instance_faults (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER);
INSERT INTO instances (id) VALUES (1);
INSERT INTO instance_faults (id, instance_id) VALUES (1, 1);
-- check:
ALTER TABLE instance_faults ADD CONSTRAINT fk_faults_instance FOREIGN KEY (instance_id) REFERENCES instances (id) NOT VALID;
-- observe: SELECT convalidated::text FROM pg_constraint WHERE conname = 'fk_faults_instance'
-- expected: false

-- case: good: VALIDATE CONSTRAINT checks the rows without blocking writes
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE instance_faults (id INTEGER NOT NULL PRIMARY KEY, instance_id INTEGER);
INSERT INTO instances (id) VALUES (1);
INSERT INTO instance_faults (id, instance_id) VALUES (1, 1);
ALTER TABLE instance_faults ADD CONSTRAINT fk_faults_instance FOREIGN KEY (instance_id) REFERENCES instances (id) NOT VALID;
-- check:
ALTER TABLE instance_faults VALIDATE CONSTRAINT fk_faults_instance;
-- locks: instance_faults
