package io.github.dialectic.engine;

/**
 * The capabilities an {@link EngineProfile} says an engine has or lacks from a version on. The constants are only
 * names: which engine and version supports which is data in {@link EngineProfiles}. Rules ask
 * {@code ctx.lacking(Feature.X)} or {@code profile.supports(Feature.X)}, never for an engine by name. A constant
 * that no rule reads fails {@code EngineProfilesTest}.
 */
public enum Feature {
    /** A foreign key may reference columns covered by a unique index that is no declared constraint (Db2: no). */
    FK_PARENT_UNIQUE_INDEX,
    /** A foreign key may reference columns covered only by a non-unique index (InnoDB's leftmost-prefix rule). */
    FK_PARENT_NON_UNIQUE_INDEX,
    /** ALTER TABLE ... RENAME TO. */
    ALTER_RENAME_TABLE,
    /** ALTER TABLE a RENAME b / RENAME AS b: MySQL's spellings without TO. */
    ALTER_RENAME_TABLE_WITHOUT_TO,
    /** ALTER TABLE ... RENAME COLUMN a TO b. */
    ALTER_RENAME_COLUMN,
    /** ALTER TABLE ... ADD COLUMN. */
    ALTER_ADD_COLUMN,
    /** ALTER TABLE ... ADD [COLUMN] (a INT, b INT): MySQL's parenthesised column list. */
    ALTER_ADD_COLUMN_LIST,
    /** ALTER TABLE ... DROP COLUMN. */
    ALTER_DROP_COLUMN,
    /** ALTER TABLE ... ALTER [COLUMN] c SET/DROP NOT NULL. */
    ALTER_COLUMN_NULLABILITY,
    /** ALTER TABLE ... ALTER [COLUMN] c SET DEFAULT / DROP DEFAULT. */
    ALTER_COLUMN_DEFAULT,
    /** ALTER TABLE ... ALTER COLUMN c TYPE t (PostgreSQL) or SET DATA TYPE t (DB2, PostgreSQL). */
    ALTER_COLUMN_TYPE,
    /** The short spelling ALTER COLUMN c TYPE t (PostgreSQL only; Db2 wants SET DATA TYPE). */
    ALTER_COLUMN_TYPE_SHORT_FORM,
    /** ALTER TABLE ... MODIFY / CHANGE [COLUMN]: MySQL's restate-the-whole-column forms. */
    ALTER_MODIFY_COLUMN,
    /** ALTER TABLE ... ADD [CONSTRAINT n] CHECK (...). */
    ALTER_ADD_CHECK,
    /** ALTER TABLE ... ADD PRIMARY KEY / UNIQUE / FOREIGN KEY. */
    ALTER_ADD_KEY_CONSTRAINT,
    /** ALTER TABLE ... DROP CONSTRAINT n (SQLite: only NOT NULL and CHECK constraints, from 3.53). */
    ALTER_DROP_CONSTRAINT,
    /** ALTER TABLE ... ADD INDEX / DROP INDEX n inside ALTER TABLE: MySQL's forms. */
    ALTER_DROP_MYSQL_FORMS,
    /** ALTER TABLE ... DROP PRIMARY KEY (MySQL, MariaDB, Db2). */
    ALTER_DROP_PRIMARY_KEY,
    /** ALTER TABLE ... DROP FOREIGN KEY n (MySQL, MariaDB, Db2). */
    ALTER_DROP_FOREIGN_KEY,
    /** ALTER TABLE ... DROP CHECK n (MySQL from 8.0.16, Db2; not MariaDB). */
    ALTER_DROP_CHECK,
    /** ALTER TABLE ... RENAME INDEX a TO b (MySQL's form; PostgreSQL uses ALTER INDEX, DB2 RENAME INDEX). */
    ALTER_RENAME_INDEX,
    /** ALTER TABLE clauses one after the other without commas: ALTER TABLE t ADD COLUMN a INT ADD COLUMN b INT (Db2). */
    ALTER_CLAUSES_WITHOUT_COMMAS,
    /**
     * ALTER TABLE clauses separated by commas: ALTER TABLE t ADD COLUMN a INT, ADD COLUMN b INT (PostgreSQL, MySQL,
     * MariaDB; Db2 lists its clauses without commas and fails on the comma with SQL0104N, SQLSTATE 42601).
     */
    ALTER_CLAUSES_WITH_COMMAS,
    /** More than one action in one ALTER TABLE statement (however the engine separates them). */
    ALTER_MULTIPLE_ACTIONS,
    /** Index names are scoped to their table, so two tables may each have an index called {@code idx_deleted}. */
    INDEX_NAME_PER_TABLE,
    // --- identifiers, types, indexes, syntax ---
    /** CREATE INDEX ... WHERE predicate (partial index). */
    PARTIAL_INDEX,
    /** An index key part that is an expression, e.g. lower(email) (MySQL: functional key parts from 8.0.13). */
    EXPRESSION_INDEX,
    /** A column prefix length in an index key part, e.g. name(20). */
    INDEX_PREFIX_LENGTH,
    /** Backtick-quoted identifiers. */
    BACKTICK_IDENTIFIERS,
    /** MySQL table options after CREATE TABLE's column list: ENGINE=, DEFAULT CHARSET=, COLLATE=, AUTO_INCREMENT=. */
    MYSQL_TABLE_OPTIONS,
    /** CREATE TABLE a LIKE b, without parentheses (MySQL, MariaDB, Db2). */
    CREATE_TABLE_LIKE,
    /** CREATE TABLE a (LIKE b), nothing else in the parentheses (PostgreSQL, MySQL, MariaDB). */
    CREATE_TABLE_PARENTHESISED_LIKE,
    /** CREATE TABLE a (LIKE b INCLUDING ALL, c INT): PostgreSQL's like options and other elements. */
    CREATE_TABLE_LIKE_OPTIONS,
    /** TRUNCATE [TABLE] t. */
    TRUNCATE_TABLE,
    /** TRUNCATE without Db2's IMMEDIATE keyword. */
    TRUNCATE_WITHOUT_IMMEDIATE,
    /** INSERT ... ON DUPLICATE KEY UPDATE. */
    UPSERT_ON_DUPLICATE_KEY,
    /** INSERT ... ON CONFLICT (PostgreSQL 9.5, SQLite 3.24). */
    UPSERT_ON_CONFLICT,
    /** MERGE INTO. */
    MERGE_STATEMENT,
    /** REPLACE INTO t ... (delete-then-insert on a key clash). */
    REPLACE_INTO,
    /** INSERT OR REPLACE / INSERT OR IGNORE (SQLite's conflict clauses). */
    INSERT_OR_CONFLICT_CLAUSE,
    /** INSERT IGNORE. */
    INSERT_IGNORE,
    /** The AUTO_INCREMENT column attribute. */
    AUTO_INCREMENT_ATTRIBUTE,
    /** SQLite's AUTOINCREMENT after INTEGER PRIMARY KEY. */
    AUTOINCREMENT_KEYWORD,
    /** SERIAL / BIGSERIAL / SMALLSERIAL as an auto-numbered column (MySQL/MariaDB: SERIAL = BIGINT UNSIGNED AUTO_INCREMENT). */
    SERIAL_TYPE,
    /** SERIAL is an alias for BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE (MySQL, MariaDB; PostgreSQL: INTEGER). */
    SERIAL_IS_BIGINT_UNSIGNED,
    /** BIGSERIAL / SMALLSERIAL. */
    SERIAL_SIZED_TYPES,
    /** GENERATED ALWAYS / BY DEFAULT AS IDENTITY. */
    IDENTITY_COLUMN,
    /** UNSIGNED after an integer or decimal type. */
    UNSIGNED_TYPES,
    /** Array types, {@code t[]} or {@code t ARRAY}. */
    ARRAY_TYPES,
    /** The RENAME TABLE a TO b statement (PostgreSQL and SQLite have only ALTER TABLE a RENAME TO b). */
    RENAME_TABLE_STATEMENT,
    /** ON UPDATE CASCADE / SET NULL / SET DEFAULT in a foreign key's grammar (Db2: only NO ACTION and RESTRICT). */
    FK_ON_UPDATE_ACTIONS,
    /** ADD FOREIGN KEY ... NOT VALID: added without checking the existing rows. */
    FK_NOT_VALID,
    /** A foreign key column may be an integer of another size or sign than its parent column. */
    FK_MIXED_INTEGER_TYPES,
    /** A foreign key column may be a DECIMAL of another precision or scale than its parent column. */
    FK_MIXED_DECIMAL_TYPES,
    /** A foreign key column may be CHAR where the parent is VARCHAR, or of another length. */
    FK_MIXED_STRING_TYPES,
    /** A column-level {@code REFERENCES p (id)} creates a foreign key (MySQL before 9.0 parses and ignores it). */
    INLINE_REFERENCES,
    /** DEFERRABLE / INITIALLY DEFERRED on a foreign key. */
    DEFERRABLE_FOREIGN_KEYS,
    /** {@code ||} concatenates strings (MySQL and MariaDB: a logical OR unless sql_mode PIPES_AS_CONCAT). */
    PIPES_CONCATENATE,
    /**
     * {@code FULL} before {@code JOIN} is read as the alias of the table before it (MySQL and MariaDB: no full join,
     * FULL no reserved word), so {@code a FULL JOIN b} is an inner join.
     */
    FULL_READ_AS_ALIAS,
    /** {@code $name} is a bound parameter (SQLite), so a PostgreSQL {@code $$...$$} string is read as parameters. */
    DOLLAR_NAMED_PARAMETERS,
    /** Any name made of words is a type (SQLite: the type only chooses an affinity). */
    ANY_TYPE_NAME,
    // --- IF [NOT] EXISTS clauses ---
    /** CREATE TABLE IF NOT EXISTS (Db2: none in 11.1; counted from 11.5, see if-not-exists-support). */
    CREATE_TABLE_IF_NOT_EXISTS,
    /** DROP TABLE IF EXISTS (Db2: from 11.5). */
    DROP_TABLE_IF_EXISTS,
    /** CREATE INDEX IF NOT EXISTS (not in MySQL 8.4). */
    CREATE_INDEX_IF_NOT_EXISTS,
    /** DROP INDEX IF EXISTS (not in MySQL 8.4). */
    DROP_INDEX_IF_EXISTS,
    /** ALTER TABLE ... ADD [COLUMN] IF NOT EXISTS. */
    ADD_COLUMN_IF_NOT_EXISTS,
    /** ALTER TABLE ... DROP [COLUMN] IF EXISTS. */
    DROP_COLUMN_IF_EXISTS,
    // --- defaults ---
    /** A DEFAULT may call built-in functions (Db2: only cast functions around a constant or special register). */
    DEFAULT_FUNCTION_CALLS,
    /** A function call written without surrounding parentheses as a column default, DEFAULT f(). */
    DEFAULT_BARE_FUNCTION_CALL,
    /**
     * A DEFAULT's function is looked up when an INSERT needs the default, not at CREATE TABLE: an unknown function
     * is accepted, then every such INSERT fails (SQLite).
     */
    DEFAULT_FUNCTION_LOOKED_UP_AT_INSERT,
    /** ALTER TABLE ... ADD COLUMN with a non-constant default (SQLite: "Cannot add a column with non-constant default"). */
    ADD_COLUMN_NON_CONSTANT_DEFAULT,
    /** A parenthesised expression as a column default, DEFAULT (expr) (MySQL: from 8.0.13). */
    DEFAULT_PARENTHESISED_EXPRESSION,
    /**
     * A column default that names another column of the table, DEFAULT (a + 1) (MySQL 8.0.13+, MariaDB; PostgreSQL:
     * "cannot use column reference in DEFAULT expression"; SQLite: "default value of column is not constant").
     */
    DEFAULT_COLUMN_REFERENCE,
    // --- cost and silent changes ---
    /**
     * ADD COLUMN whose value is computed row by row (a volatile default, a serial type) rewrites the whole table
     * (PostgreSQL); see {@link EngineProfile#volatileFunction}.
     */
    ADD_COLUMN_PER_ROW_DEFAULT_REWRITES,
    /**
     * A UNIQUE key or index may hold a BLOB/TEXT column without a prefix length (MariaDB: a PRIMARY KEY still needs
     * one); a type longer than a key makes it an over-long key ({@link EngineProfile#typeTooLongForKey}).
     */
    LOB_KEY_PARTS_WITHOUT_PREFIX,
    /** A UNIQUE key longer than the index key limit is built as a USING HASH index instead of refused (MariaDB). */
    LONG_UNIQUE_KEY_HASHED,
    /** A one-column index longer than the index key limit is silently cut to a prefix instead of refused (MariaDB). */
    LONG_INDEX_KEY_PREFIXED,
    // --- column attributes (column-attribute-support) ---
    /** Db2's {@code WITH DEFAULT [value]}. */
    COLUMN_WITH_DEFAULT,
    /** SQLite's {@code ON CONFLICT ...} after a column constraint. */
    COLUMN_ON_CONFLICT,
    /** {@code CHARACTER SET x} / {@code CHARSET x} on a column. */
    COLUMN_CHARACTER_SET,
    /** MySQL's {@code BINARY} after a character type. */
    COLUMN_BINARY_ATTRIBUTE,
    /** {@code COMMENT 'text'} on a column. */
    COLUMN_COMMENT,
    /** {@code INVISIBLE} columns. */
    INVISIBLE_COLUMNS,
    /** The {@code VISIBLE} keyword (MySQL 8.0.23; MariaDB has INVISIBLE only). */
    VISIBLE_KEYWORD,
    /** Db2's {@code IMPLICITLY HIDDEN} columns. */
    IMPLICITLY_HIDDEN_COLUMNS,
    /** {@code FIRST} / {@code AFTER col}: where ADD COLUMN puts the column. */
    COLUMN_POSITION,
    /** MySQL's {@code COLUMN_FORMAT}. */
    COLUMN_FORMAT_ATTRIBUTE,
    /** MySQL's {@code STORAGE DISK|MEMORY} on a column. */
    COLUMN_STORAGE_ATTRIBUTE,
    /** PostgreSQL's {@code STORAGE PLAIN|EXTERNAL|EXTENDED|MAIN|DEFAULT} on a column (from 16). */
    COLUMN_STORAGE_MODE,
    /** {@code COMPRESSION method} on a column (PostgreSQL from 14). */
    COLUMN_COMPRESSION,
    /** Db2's {@code INLINE LENGTH n} on a LOB column. */
    INLINE_LENGTH,
    /** {@code PRIMARY KEY ASC|DESC} on a column (SQLite). */
    COLUMN_PRIMARY_KEY_ORDER,
    /** {@code KEY} alone as a column attribute, meaning PRIMARY KEY. */
    KEY_AS_PRIMARY_KEY,
    /** A generated column written {@code AS (expr)}, without GENERATED ALWAYS. */
    GENERATED_AS_SHORTHAND,
    /** A generated column with the {@code STORED} keyword. */
    GENERATED_STORED,
    /** A generated column with the {@code VIRTUAL} keyword. */
    GENERATED_VIRTUAL,
    /** A generated column with MariaDB's {@code PERSISTENT} keyword. */
    GENERATED_PERSISTENT,
    /** A generated column with no STORED/VIRTUAL keyword (PostgreSQL before 18 insists on STORED). */
    GENERATED_STORAGE_IMPLICIT,
    /**
     * A column declared {@code NULL} with an inline {@code PRIMARY KEY} is refused ("conflicting NULL/NOT NULL
     * declarations", PostgreSQL 18), where a table PRIMARY KEY constraint over it is still accepted and makes it NOT NULL.
     */
    INLINE_PRIMARY_KEY_REFUSES_NULL,
    /**
     * Every PRIMARY KEY and UNIQUE constraint of a partitioned table must include the partition key's columns (MySQL:
     * the columns of its partitioning expression too).
     */
    UNIQUE_KEYS_INCLUDE_PARTITION_COLUMNS,
    /** A table partitioned by an expression (not plain columns) takes no PRIMARY KEY or UNIQUE constraint at all. */
    PARTITION_EXPRESSION_REFUSES_UNIQUE_KEYS,
    /** A partitioned table takes no EXCLUDE constraint (PostgreSQL before 17: 0A000). */
    PARTITIONED_TABLE_REFUSES_EXCLUSION,
    /**
     * The engine's own parser runs in this process (SQLite, through sqlite-jdbc): a statement it refuses at prepare,
     * the engine refuses; versions older than the bundled one refuse more, which their profiles' constructs say.
     */
    PARSER_IN_PROCESS
}
