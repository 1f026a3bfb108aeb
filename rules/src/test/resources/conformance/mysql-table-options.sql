-- case: ENGINE= and DEFAULT CHARSET=
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- case: no options
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
