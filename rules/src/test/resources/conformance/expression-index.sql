-- case: an index on lower(email)
CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(255));
-- check:
CREATE INDEX ix_users_email_lower ON users (lower(email));

-- case: an index on a column
CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(255));
-- check:
CREATE INDEX ix_users_email ON users (email);
