-- case: :: cast in an UPDATE
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(100), score INTEGER);
INSERT INTO notes (id, body) VALUES (1, '5');
-- check:
UPDATE notes SET score = body::integer;
-- observe: SELECT score FROM notes
-- expected: 5

-- case: dollar-quoted word: a parameter on SQLite, so NULL is stored
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(100));
-- check:
INSERT INTO notes (id, body) VALUES (1, $$hello$$);
-- observe: SELECT body FROM notes
-- expected: hello

-- case: dollar-quoted text with a quote in it
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(100));
-- check:
INSERT INTO notes (id, body) VALUES (1, $$it's here$$);
-- observe: SELECT body FROM notes
-- expected: it's here

-- case: E'' escape string
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(100));
-- check:
INSERT INTO notes (id, body) VALUES (1, E'it''s');
-- observe: SELECT body FROM notes
-- expected: it's

-- case: CAST and a plain literal
CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(100), score INTEGER);
INSERT INTO notes (id, body) VALUES (1, 'it''s');
-- check:
UPDATE notes SET score = CAST('5' AS INTEGER);
-- observe: SELECT score FROM notes
-- expected: 5
