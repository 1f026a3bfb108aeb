-- case: CREATE TABLE a LIKE b (MySQL, MariaDB, Db2)
-- engines: postgresql, mariadb, sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));
-- check:
CREATE TABLE accounts_copy LIKE accounts;

-- case: CREATE TABLE a (LIKE b) on PostgreSQL and MariaDB
-- engines: postgresql, mariadb
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));
-- check:
CREATE TABLE accounts_copy (LIKE accounts);

-- case: SQLite reads (LIKE b) as a column called like: no column name
-- engines: sqlite
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));
-- check:
CREATE TABLE accounts_copy (LIKE accounts);
-- observe: SELECT COUNT(*) FROM pragma_table_info('accounts_copy') WHERE name = 'name'
-- expected: 1

-- case: PostgreSQL's like options
-- engines: postgresql, mariadb
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));
-- check:
CREATE TABLE accounts_copy (LIKE accounts INCLUDING ALL);

-- case: LIKE among other elements
-- engines: postgresql, mariadb
CREATE TABLE accounts (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));
-- check:
CREATE TABLE accounts_copy (LIKE accounts, note VARCHAR(20));
