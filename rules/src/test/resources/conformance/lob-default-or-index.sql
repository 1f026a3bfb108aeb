-- MySQL (ERROR 1101, 1170) and Db2 (SQL0350N) claims are documented only (no server here).

-- case: a plain index over TEXT: MariaDB keeps only a 768-character prefix
-- engines: mariadb
CREATE TABLE articles (id INTEGER NOT NULL PRIMARY KEY, body TEXT);
-- check:
CREATE INDEX ix_articles_body ON articles (body);
-- observe: SELECT COALESCE(MAX(sub_part), 'whole column') FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'ix_articles_body'
-- expected: whole column

-- case: a plain index over BLOB: MariaDB keeps only 3072 bytes
-- engines: mariadb
CREATE TABLE articles (id INTEGER NOT NULL PRIMARY KEY, image BLOB);
-- check:
CREATE INDEX ix_articles_image ON articles (image);
-- observe: SELECT COALESCE(MAX(sub_part), 'whole column') FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'ix_articles_image'
-- expected: whole column

-- case: a unique index over TEXT: MariaDB makes it a hash index
-- engines: mariadb
CREATE TABLE articles (id INTEGER NOT NULL PRIMARY KEY, body TEXT);
-- check:
CREATE UNIQUE INDEX ux_articles_body ON articles (body);
-- observe: SELECT index_type FROM information_schema.statistics WHERE table_schema = DATABASE() AND index_name = 'ux_articles_body'
-- expected: BTREE

-- case: an index over TEXT and another column
-- engines: mariadb
CREATE TABLE articles (id INTEGER NOT NULL PRIMARY KEY, body TEXT);
-- check:
CREATE INDEX ix_articles_body_id ON articles (body, id);

-- case: a primary key over TEXT
-- engines: mariadb
-- check:
CREATE TABLE pages (url TEXT NOT NULL PRIMARY KEY);

-- case: a TEXT index with a prefix length
-- engines: mariadb
CREATE TABLE articles (id INTEGER NOT NULL PRIMARY KEY, body TEXT);
-- check:
CREATE INDEX ix_articles_body ON articles (body(200));

-- case: MariaDB takes literal defaults on TEXT, BLOB and JSON, and an insert fills them
-- engines: mariadb
-- check:
CREATE TABLE articles (id INTEGER NOT NULL PRIMARY KEY, body TEXT DEFAULT 'none', image BLOB DEFAULT 'x', attrs JSON DEFAULT '{}');
-- observe: SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'articles' AND column_default IS NOT NULL
-- expected: 3

-- case: PostgreSQL and SQLite index TEXT whole and take a TEXT default
-- engines: postgresql, sqlite
CREATE TABLE articles (id INTEGER NOT NULL PRIMARY KEY, body TEXT DEFAULT 'none');
-- check:
CREATE UNIQUE INDEX ux_articles_body ON articles (body);
