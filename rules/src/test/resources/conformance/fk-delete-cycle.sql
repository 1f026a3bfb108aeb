-- Db2-only claims (documented, not executed); PostgreSQL, MariaDB and SQLite accept the same DDL.

-- case: a two-table cycle with a CASCADE and a SET NULL is accepted
-- engines: postgresql, mariadb
CREATE TABLE departments (id INTEGER NOT NULL PRIMARY KEY, manager_id INTEGER);
CREATE TABLE employees (id INTEGER NOT NULL PRIMARY KEY, department_id INTEGER, CONSTRAINT fk_employees_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE);
-- check:
ALTER TABLE departments ADD CONSTRAINT fk_departments_manager FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL;

-- case: the same cycle on SQLite, which may reference a table created later
-- engines: sqlite
CREATE TABLE employees (id INTEGER NOT NULL PRIMARY KEY, department_id INTEGER, CONSTRAINT fk_employees_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE);
-- check:
CREATE TABLE departments (id INTEGER NOT NULL PRIMARY KEY, manager_id INTEGER, CONSTRAINT fk_departments_manager FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL);

-- case: two self-references with different delete rules are accepted
-- check:
CREATE TABLE categories (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER, merged_into INTEGER, CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL, CONSTRAINT fk_categories_merged FOREIGN KEY (merged_into) REFERENCES categories (id) ON DELETE CASCADE);

-- case: a SET NULL self-reference in a CASCADE dependent is accepted
CREATE TABLE posts (id INTEGER NOT NULL PRIMARY KEY);
-- check:
CREATE TABLE comments (id INTEGER NOT NULL PRIMARY KEY, post_id INTEGER, reply_to INTEGER, CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE, CONSTRAINT fk_comments_reply FOREIGN KEY (reply_to) REFERENCES comments (id) ON DELETE SET NULL);

-- case: a three-table cycle of CASCADE rules is accepted
-- engines: postgresql, mariadb
CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY, c_id INTEGER);
CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY, a_id INTEGER, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE CASCADE);
CREATE TABLE c (id INTEGER NOT NULL PRIMARY KEY, b_id INTEGER, CONSTRAINT fk_c_b FOREIGN KEY (b_id) REFERENCES b (id) ON DELETE CASCADE);
-- check:
ALTER TABLE a ADD CONSTRAINT fk_a_c FOREIGN KEY (c_id) REFERENCES c (id) ON DELETE CASCADE;
