-- A new mandatory column on a table full of rows; SQLite needs the default MySQL assumes ('')
ALTER TABLE instances ADD COLUMN task_state VARCHAR(255) NOT NULL DEFAULT '';
