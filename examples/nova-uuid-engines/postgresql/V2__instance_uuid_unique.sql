-- Look instances up by uuid. Works on MySQL, PostgreSQL and SQLite;
-- Db2 refuses a unique constraint over a nullable column (SQL0542N).
ALTER TABLE instances ADD CONSTRAINT uniq_instances0uuid UNIQUE (uuid);
