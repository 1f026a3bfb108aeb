-- case: MODIFY without NOT NULL makes the column nullable
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, power_state INTEGER NOT NULL DEFAULT 0);
INSERT INTO instances (id, power_state) VALUES (1, 1);
-- check:
ALTER TABLE instances MODIFY power_state BIGINT;
-- observe: SELECT is_nullable FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'instances' AND column_name = 'power_state'
-- expected: NO

-- case: MODIFY without DEFAULT drops the default
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, vm_state VARCHAR(255) DEFAULT 'building');
-- check:
ALTER TABLE instances MODIFY vm_state VARCHAR(512);
-- observe: SELECT column_default FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'instances' AND column_name = 'vm_state'
-- expected: 'building'

-- case: MODIFY without AUTO_INCREMENT drops it
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(10));
-- check:
ALTER TABLE instances MODIFY id BIGINT;
-- observe: SELECT extra FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'instances' AND column_name = 'id'
-- expected: auto_increment

-- case: good: every attribute restated
-- engines: mariadb
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, power_state INTEGER NOT NULL DEFAULT 0);
-- check:
ALTER TABLE instances MODIFY power_state BIGINT NOT NULL DEFAULT 0;
-- observe: SELECT CONCAT(is_nullable, ' ', column_default) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'instances' AND column_name = 'power_state'
-- expected: NO 0
