-- case: || in a view: OR on MariaDB
CREATE TABLE people (id INTEGER NOT NULL PRIMARY KEY, first_name VARCHAR(50), last_name VARCHAR(50));
INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'Lovelace');
-- check:
CREATE VIEW people_names AS SELECT first_name || last_name AS full_name FROM people;
-- observe: SELECT full_name FROM people_names
-- expected: AdaLovelace

-- case: || in an UPDATE: strict mode refuses the string-to-number conversion on MariaDB
CREATE TABLE people (id INTEGER NOT NULL PRIMARY KEY, first_name VARCHAR(50), last_name VARCHAR(50), full_name VARCHAR(101));
INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'Lovelace');
-- check:
UPDATE people SET full_name = first_name || last_name;
-- observe: SELECT full_name FROM people
-- expected: AdaLovelace

-- case: CONCAT
-- engines: postgresql, mariadb
CREATE TABLE people (id INTEGER NOT NULL PRIMARY KEY, first_name VARCHAR(50), last_name VARCHAR(50), full_name VARCHAR(101));
INSERT INTO people (id, first_name, last_name) VALUES (1, 'Ada', 'Lovelace');
-- check:
UPDATE people SET full_name = CONCAT(first_name, last_name);
-- observe: SELECT full_name FROM people
-- expected: AdaLovelace
