-- case: VARCHAR without a length
-- check:
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR);

-- case: VARCHAR with a length
-- check:
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(4000));
