-- SQLite adds no constraint to an existing table: a unique index is its unique constraint
CREATE UNIQUE INDEX uniq_instances0uuid ON instances (uuid);
