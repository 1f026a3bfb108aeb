-- case: a plain index over VARCHAR(1000) utf8mb4: MariaDB keeps only a 768-character prefix
-- engines: mariadb
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, url VARCHAR(1000) NOT NULL);
-- check:
CREATE INDEX ix_pages_url ON pages (url);
-- observe: SELECT COALESCE(MAX(sub_part), 'whole column') FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'ix_pages_url'
-- expected: whole column

-- case: a unique index over VARCHAR(1000): MariaDB makes it a hash index
-- engines: mariadb
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, url VARCHAR(1000) COLLATE utf8mb4_bin NOT NULL);
-- check:
CREATE UNIQUE INDEX ux_pages_url ON pages (url);
-- observe: SELECT index_type FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'ux_pages_url'
-- expected: BTREE

-- case: a two-column index of 4000 bytes
-- engines: mariadb
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, title VARCHAR(500) NOT NULL, lang VARCHAR(500) NOT NULL);
-- check:
CREATE INDEX ix_pages_title_lang ON pages (title, lang);

-- case: a primary key over VARCHAR(800)
-- engines: mariadb
-- check:
CREATE TABLE links (href VARCHAR(800) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY);

-- case: a primary key over VARCHAR(768), exactly 3072 bytes
-- engines: mariadb
-- check:
CREATE TABLE links (href VARCHAR(768) COLLATE utf8mb4_bin NOT NULL PRIMARY KEY);

-- case: prefixes that fit
-- engines: mariadb
CREATE TABLE pages (id INTEGER NOT NULL PRIMARY KEY, title VARCHAR(500) NOT NULL, lang VARCHAR(500) NOT NULL);
-- check:
CREATE INDEX ix_pages_title_lang ON pages (title(300), lang(300));
