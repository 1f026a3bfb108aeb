-- case: DEFAULT "active"
CREATE TABLE accounts_seed (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, status VARCHAR(10) DEFAULT "active");
-- observe: SELECT COUNT(*) FROM accounts
-- expected: 0

-- case: "bob" in VALUES
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, owner VARCHAR(50));
-- check:
INSERT INTO accounts (id, owner) VALUES (1, "bob");
-- observe: SELECT owner FROM accounts
-- expected: bob

-- case: "bob" compared in a WHERE clause
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, owner VARCHAR(50), status VARCHAR(10));
INSERT INTO accounts (id, owner, status) VALUES (1, 'bob', 'open');
-- check:
UPDATE accounts SET status = 'closed' WHERE owner = "bob";
-- observe: SELECT status FROM accounts
-- expected: closed

-- case: single-quoted literals
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, owner VARCHAR(50));
-- check:
INSERT INTO accounts (id, owner) VALUES (1, 'bob');
-- observe: SELECT owner FROM accounts
-- expected: bob
