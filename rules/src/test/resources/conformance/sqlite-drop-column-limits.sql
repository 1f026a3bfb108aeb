-- case: a column with an index
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, region VARCHAR(10));
CREATE INDEX ix_accounts_region ON accounts (region);
-- check:
ALTER TABLE accounts DROP COLUMN region;

-- case: a column named only in a partial index's WHERE
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, closed_at TIMESTAMP);
CREATE INDEX ix_accounts_open ON accounts (id) WHERE closed_at IS NULL;
-- check:
ALTER TABLE accounts DROP COLUMN closed_at;

-- case: a column of a UNIQUE constraint
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE);
-- check:
ALTER TABLE accounts DROP COLUMN code;

-- case: a column in a table-level CHECK
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, lo INTEGER, hi INTEGER, CONSTRAINT ck_range CHECK (lo <= hi));
-- check:
ALTER TABLE accounts DROP COLUMN hi;

-- case: a column of a table-level FOREIGN KEY
-- engines: sqlite
CREATE TABLE owners (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER,
    CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES owners (id));
-- check:
ALTER TABLE accounts DROP COLUMN owner_id;

-- case: good: a column-level REFERENCES goes away with its column
-- engines: sqlite
CREATE TABLE owners (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER REFERENCES owners (id));
-- check:
ALTER TABLE accounts DROP COLUMN owner_id;
-- observe: SELECT COUNT(*) FROM pragma_foreign_key_list('accounts')
-- expected: 0

-- case: good: a column-level CHECK goes away with its column
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, amount INTEGER CHECK (amount >= 0));
-- check:
ALTER TABLE accounts DROP COLUMN amount;

-- case: good: the index was dropped first
-- engines: sqlite, postgresql, mariadb
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(100));
-- check:
ALTER TABLE accounts DROP COLUMN note;
