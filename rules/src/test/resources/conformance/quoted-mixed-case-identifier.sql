-- case: table created as "MyTable", selected as MyTable
-- engines: postgresql, sqlite
CREATE TABLE "MyTable" (id INTEGER NOT NULL PRIMARY KEY);
-- check:
SELECT COUNT(*) FROM MyTable;

-- case: column created as "userId", updated as userId
-- engines: postgresql, sqlite
CREATE TABLE "Accounts" (id INTEGER NOT NULL PRIMARY KEY, "userId" INTEGER);
INSERT INTO "Accounts" (id, "userId") VALUES (1, 7);
-- check:
UPDATE "Accounts" SET userId = 8;

-- case: quoted the same way everywhere
-- engines: postgresql, sqlite
CREATE TABLE "MyTable" (id INTEGER NOT NULL PRIMARY KEY);
-- check:
SELECT COUNT(*) FROM "MyTable";

-- case: created unquoted as MyTable, selected as mytable (same name once folded)
-- engines: postgresql, sqlite
CREATE TABLE MyTable (id INTEGER NOT NULL PRIMARY KEY);
-- check:
SELECT COUNT(*) FROM mytable;


-- case: created unquoted as orders, selected as "Orders"
-- engines: postgresql, sqlite
CREATE TABLE orders (id INTEGER NOT NULL PRIMARY KEY);
-- check:
SELECT COUNT(*) FROM "Orders";
