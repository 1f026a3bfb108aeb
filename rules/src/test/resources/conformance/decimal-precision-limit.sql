-- case: precision 66
-- check:
CREATE TABLE ledger (id INTEGER NOT NULL PRIMARY KEY, amount DECIMAL(66, 2));

-- case: precision 1001
-- check:
CREATE TABLE ledger (id INTEGER NOT NULL PRIMARY KEY, amount DECIMAL(1001, 2));

-- case: precision 40 (only Db2's limit is passed)
-- check:
CREATE TABLE ledger (id INTEGER NOT NULL PRIMARY KEY, amount DECIMAL(40, 2));
