-- case: a prefix index
CREATE TABLE docs (id INTEGER NOT NULL PRIMARY KEY, title VARCHAR(500));
-- check:
CREATE INDEX ix_docs_title ON docs (title(50));

-- case: a whole-column index
CREATE TABLE docs (id INTEGER NOT NULL PRIMARY KEY, title VARCHAR(500));
-- check:
CREATE INDEX ix_docs_title ON docs (title);
