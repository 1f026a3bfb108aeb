ALTER TABLE instances DROP COLUMN created_at;
ALTER TABLE instances ALTER COLUMN hostname TYPE VARCHAR(512);
-- the NOT NULL change: PostgreSQL scans the table to check it, without rewriting it
ALTER TABLE instances ALTER COLUMN uuid SET NOT NULL;
