-- case: a UNIQUE column that is not the whole partition key (PostgreSQL form)
-- engines: postgresql
-- check:
CREATE TABLE p1 (a INTEGER NOT NULL, b INTEGER UNIQUE) PARTITION BY RANGE (a, b);

-- case: a PRIMARY KEY without the partition column (PostgreSQL form)
-- engines: postgresql
-- check:
CREATE TABLE p2 (a INTEGER NOT NULL, b INTEGER, PRIMARY KEY (b)) PARTITION BY LIST (a);

-- case: a UNIQUE column of a table partitioned by an expression
-- engines: postgresql
-- check:
CREATE TABLE p3 (a INTEGER UNIQUE, b INTEGER) PARTITION BY RANGE ((b + a));

-- case: a PRIMARY KEY of a table partitioned by a function call
-- engines: postgresql
-- check:
CREATE TABLE p4 (a INTEGER PRIMARY KEY, b VARCHAR(10)) PARTITION BY RANGE (lower(b));

-- case: a PRIMARY KEY that holds the partition column
-- engines: postgresql
-- check:
CREATE TABLE p5 (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) PARTITION BY LIST (a);

-- case: a UNIQUE constraint on a key column with the collation of the partition key (another collation: 0A000)
-- engines: postgresql
-- check:
CREATE TABLE p6 (a VARCHAR(10) COLLATE "C" NOT NULL, b INTEGER, UNIQUE (a)) PARTITION BY LIST (a COLLATE "C");

-- case: no unique key on a table partitioned by an expression
-- engines: postgresql
-- check:
CREATE TABLE p7 (a INTEGER, b VARCHAR(10)) PARTITION BY RANGE (lower(b));

-- case: a PRIMARY KEY without the HASH partition column (MySQL form)
-- engines: mariadb
-- check:
CREATE TABLE m1 (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (b)) PARTITION BY HASH (a) PARTITIONS 2;

-- case: a UNIQUE constraint without the column of the partitioning function (MySQL form)
-- engines: mariadb
-- check:
CREATE TABLE m2 (a INTEGER, d DATE, UNIQUE (a)) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);

-- case: a UNIQUE constraint with the column of the partitioning function (MySQL form)
-- engines: mariadb
-- check:
CREATE TABLE m3 (a INTEGER, d DATE, UNIQUE (a, d)) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);

-- case: a UNIQUE constraint on a key column with an operator class
-- engines: postgresql
-- check:
CREATE TABLE p8 (a VARCHAR(10) NOT NULL, b INTEGER, UNIQUE (a)) PARTITION BY LIST (a varchar_pattern_ops);

-- case: ALTER TABLE ... ADD UNIQUE on a partitioned table, without the partition column (PostgreSQL form)
-- engines: postgresql
CREATE TABLE parted (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY RANGE (a);
-- check:
ALTER TABLE parted ADD UNIQUE (b);

-- case: ALTER TABLE ... ADD PRIMARY KEY on a partitioned table, without the partition column (PostgreSQL form)
-- engines: postgresql
CREATE TABLE parted (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY LIST (a);
-- check:
ALTER TABLE parted ADD CONSTRAINT parted_pk PRIMARY KEY (b);

-- case: ALTER TABLE ... ADD PRIMARY KEY on a partitioned table, with the partition column (PostgreSQL form)
-- engines: postgresql
CREATE TABLE parted (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY LIST (a);
-- check:
ALTER TABLE parted ADD CONSTRAINT parted_pk PRIMARY KEY (b, a);

-- case: CREATE UNIQUE INDEX on a partitioned table, without the partition column (PostgreSQL form)
-- engines: postgresql
CREATE TABLE parted (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY RANGE (a);
-- check:
CREATE UNIQUE INDEX parted_c ON parted (c);

-- case: a partial CREATE UNIQUE INDEX on a partitioned table, without the partition column (PostgreSQL form)
-- engines: postgresql
CREATE TABLE parted (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY RANGE (a);
-- check:
CREATE UNIQUE INDEX parted_c ON parted (c) WHERE c > 0;

-- case: CREATE UNIQUE INDEX on a partitioned table, with the partition column (PostgreSQL form)
-- engines: postgresql
CREATE TABLE parted (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY RANGE (a);
-- check:
CREATE UNIQUE INDEX parted_ca ON parted (c, a);

-- case: CREATE UNIQUE INDEX on a partition (a table of its own), without the parent's partition column
-- engines: postgresql
CREATE TABLE parted (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY LIST (a);
CREATE TABLE parted_1 PARTITION OF parted FOR VALUES IN (1);
-- check:
CREATE UNIQUE INDEX parted_1_c ON parted_1 (c);

-- case: ALTER TABLE ... ADD UNIQUE on a table partitioned by an expression (PostgreSQL form)
-- engines: postgresql
CREATE TABLE pe (a INTEGER, b VARCHAR(10)) PARTITION BY RANGE (lower(b));
-- check:
ALTER TABLE pe ADD UNIQUE (a, b);

-- case: ALTER TABLE ... ADD UNIQUE on a partitioned table, without the partition column (MySQL form)
-- engines: mariadb
CREATE TABLE m1 (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY HASH (a) PARTITIONS 2;
-- check:
ALTER TABLE m1 ADD UNIQUE (b);

-- case: CREATE UNIQUE INDEX on a partitioned table, without the partition column (MySQL form)
-- engines: mariadb
CREATE TABLE m1 (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY HASH (a) PARTITIONS 2;
-- check:
CREATE UNIQUE INDEX u1 ON m1 (c);

-- case: CREATE UNIQUE INDEX on a partitioned table, with the partition column (MySQL form)
-- engines: mariadb
CREATE TABLE m1 (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER) PARTITION BY HASH (a) PARTITIONS 2;
-- check:
CREATE UNIQUE INDEX u2 ON m1 (c, a);

-- case: ALTER TABLE ... ADD UNIQUE without the column of the partitioning function (MySQL form)
-- engines: mariadb
CREATE TABLE m2 (a INTEGER, d DATE) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);
-- check:
ALTER TABLE m2 ADD UNIQUE (a);

-- case: EXCLUDE in a CREATE TABLE ... PARTITION BY (PostgreSQL 17 takes one over the partition key)
-- engines: postgresql
-- check:
CREATE TABLE idxpart (a INTEGER, b INTEGER, EXCLUDE (a WITH =)) PARTITION BY RANGE (a);

