-- case: a volatile default rewrites the table
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO instances (id) VALUES (1), (2);
-- check:
ALTER TABLE instances ADD COLUMN token UUID DEFAULT gen_random_uuid();
-- rewrites: instances

-- case: clock_timestamp() is volatile
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO instances (id) VALUES (1), (2);
-- check:
ALTER TABLE instances ADD COLUMN created_at TIMESTAMPTZ DEFAULT clock_timestamp();
-- rewrites: instances

-- case: a serial column rewrites the table
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO instances (id) VALUES (1), (2);
-- check:
ALTER TABLE instances ADD COLUMN seq BIGSERIAL;
-- rewrites: instances

-- case: a STORED generated column rewrites the table
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY, memory_mb INTEGER);
INSERT INTO instances (id, memory_mb) VALUES (1, 2048);
-- check:
ALTER TABLE instances ADD COLUMN memory_gb INTEGER GENERATED ALWAYS AS (memory_mb / 1024) STORED;
-- rewrites: instances

-- case: good: a constant default is stored once in the catalog
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO instances (id) VALUES (1), (2);
-- check:
ALTER TABLE instances ADD COLUMN state VARCHAR(10) DEFAULT 'active';
-- rewrites: instances

-- case: good: now() is stable, not volatile: no rewrite
-- engines: postgresql
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
INSERT INTO instances (id) VALUES (1), (2);
-- check:
ALTER TABLE instances ADD COLUMN updated_at TIMESTAMPTZ DEFAULT now();
-- rewrites: instances
