-- A new mandatory column on a table full of rows.
ALTER TABLE instances ADD COLUMN task_state VARCHAR(255) NOT NULL;

-- SQLite before 3.35 cannot drop columns; no SQLite can change a type in place.
ALTER TABLE instances DROP COLUMN created_at;
ALTER TABLE instances MODIFY hostname VARCHAR(512);
