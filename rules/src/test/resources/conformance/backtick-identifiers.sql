-- case: backtick-quoted names
-- check:
CREATE TABLE `instances` (`id` INTEGER NOT NULL PRIMARY KEY);

-- case: unquoted names
-- check:
CREATE TABLE instances (id INTEGER NOT NULL PRIMARY KEY);
