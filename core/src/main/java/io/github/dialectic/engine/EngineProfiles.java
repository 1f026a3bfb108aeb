package io.github.dialectic.engine;

import io.github.dialectic.engine.EngineProfile.Builder;
import io.github.dialectic.engine.EngineProfile.Folding;
import io.github.dialectic.engine.EngineProfile.LengthLimit;
import io.github.dialectic.engine.EngineProfile.NowLiteralDefault;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static io.github.dialectic.engine.Feature.*;

/**
 * Every engine's profiles, as data: one profile per engine and version range, each written as the differences from
 * the one before (in the spirit of jOOQ's SQLDialect and sqlfluff's {@code mariadb = mysql.copy_as(...)}); MariaDB is
 * MySQL 5.7 plus its own differences. Claims here are cited in the rules that read them (their {@code @EngineEffect}
 * references) or checked on real engines by the conformance suite.
 *
 * <p>This is the one place to add an engine version: add a {@code release("18", ...)} step to the engine's family
 * with what changed (nothing, if nothing did). {@link Engine#knownVersions()}, target parsing and the default targets
 * follow from the releases listed here.
 */
public final class EngineProfiles {

    private static final Map<Engine, Family> FAMILIES = new EnumMap<>(Engine.class);

    static {
        Family mysql = family(Engine.MYSQL, "5.7", p -> p
                .add(FK_PARENT_UNIQUE_INDEX, FK_PARENT_NON_UNIQUE_INDEX, ALTER_RENAME_TABLE, ALTER_RENAME_TABLE_WITHOUT_TO, ALTER_ADD_COLUMN,
                        ALTER_ADD_COLUMN_LIST, ADD_COLUMN_NON_CONSTANT_DEFAULT, ALTER_DROP_COLUMN,
                        ALTER_COLUMN_DEFAULT, ALTER_MODIFY_COLUMN, ALTER_ADD_CHECK, ALTER_ADD_KEY_CONSTRAINT,
                        ALTER_DROP_MYSQL_FORMS, ALTER_DROP_PRIMARY_KEY, ALTER_DROP_FOREIGN_KEY, ALTER_RENAME_INDEX, ALTER_MULTIPLE_ACTIONS,
                        ALTER_CLAUSES_WITH_COMMAS, INDEX_NAME_PER_TABLE,
                        INDEX_PREFIX_LENGTH, BACKTICK_IDENTIFIERS, MYSQL_TABLE_OPTIONS, TRUNCATE_TABLE,
                        TRUNCATE_WITHOUT_IMMEDIATE, UPSERT_ON_DUPLICATE_KEY, REPLACE_INTO, INSERT_IGNORE,
                        AUTO_INCREMENT_ATTRIBUTE, SERIAL_TYPE, SERIAL_IS_BIGINT_UNSIGNED, CREATE_TABLE_IF_NOT_EXISTS, DROP_TABLE_IF_EXISTS,
                        RENAME_TABLE_STATEMENT, FK_ON_UPDATE_ACTIONS, FK_MIXED_STRING_TYPES, CREATE_TABLE_LIKE,
                        CREATE_TABLE_PARENTHESISED_LIKE,
                        // MySQL 5.7 CREATE TABLE column_definition (generated columns from 5.7.6)
                        COLUMN_CHARACTER_SET, COLUMN_BINARY_ATTRIBUTE, COLUMN_COMMENT, COLUMN_POSITION,
                        COLUMN_FORMAT_ATTRIBUTE, COLUMN_STORAGE_ATTRIBUTE, KEY_AS_PRIMARY_KEY, GENERATED_AS_SHORTHAND,
                        GENERATED_STORED, GENERATED_VIRTUAL, GENERATED_STORAGE_IMPLICIT,
                        // JOIN Clause: no FULL join; FULL is a nonreserved keyword (seen on MariaDB 10.11)
                        FULL_READ_AS_ALIAS)
                // MySQL 5.7 Keywords and Reserved Words, words marked R
                .reserve("accessible add all alter analyze asc before between bigint binary blob both by call "
                        + "cascade case change char character check column condition constraint continue create cross "
                        + "current_date current_time current_timestamp current_user cursor decimal declare default "
                        + "delayed delete desc describe distinct div double drop dual else elseif enclosed escaped "
                        + "exists exit explain false fetch float for force foreign from fulltext group having "
                        + "high_priority if ignore in index infile inner insert int integer interval into is iterate "
                        + "join key keys kill leading leave left like limit lines load localtime localtimestamp lock "
                        + "long loop match maxvalue mod modifies natural not null numeric on optimize or order outfile "
                        + "partition precision primary procedure purge range read reads real references regexp release "
                        + "rename repeat replace require restrict return right rlike select sensitive separator set "
                        + "show signal smallint spatial sql starting straight_join table terminated then trailing "
                        + "trigger true union unique unlock unsigned update usage using values varchar when where while "
                        + "with write xor zerofill")
                .identifiers(new LengthLimit(64, false, false), Folding.NONE)
                .types("TINYINT MEDIUMINT TINYTEXT MEDIUMTEXT LONGTEXT TINYBLOB MEDIUMBLOB LONGBLOB DATETIME YEAR "
                        + "ENUM SET DOUBLE BLOB TEXT")
                // MySQL 5.7 Data Types and their synonyms (Using Data Types from Other Database Engines); a column of
                // any other type is ERROR 1064 or 4161: MySQL has no user-defined types
                .everyType("BIGINT BINARY BIT BLOB BOOL BOOLEAN CHAR CHARACTER DATE DATETIME DEC DECIMAL DOUBLE ENUM "
                        + "FIXED FLOAT FLOAT4 FLOAT8 INT INT1 INT2 INT3 INT4 INT8 INTEGER JSON LONG LONGBLOB LONGTEXT "
                        + "MEDIUMBLOB MEDIUMINT MEDIUMTEXT MIDDLEINT NATIONAL NCHAR NUMERIC NVARCHAR REAL SERIAL SET "
                        + "SMALLINT TEXT TIME TIMESTAMP TINYBLOB TINYINT TINYTEXT VARBINARY VARCHAR VARCHARACTER YEAR "
                        + "GEOMETRY POINT LINESTRING POLYGON MULTIPOINT MULTILINESTRING MULTIPOLYGON GEOMETRYCOLLECTION")
                .add(UNSIGNED_TYPES)
                // MySQL 8.4 Partitioning Keys, Primary Keys, and Unique Keys: ERROR 1503 (seen on MariaDB 10.11)
                .add(UNIQUE_KEYS_INCLUDE_PARTITION_COLUMNS)
                .maxDecimalPrecision(65)
                .maxColumns(1017) // InnoDB's limit (the server's own is 4096); MariaDB 10.11: errno 185 at 1018
                .varcharLimit(new LengthLimit(16383, false, false)) // utf8mb4: 4 bytes a character, 65535-byte rows
                .charLimit(new LengthLimit(255, false, false)) // MySQL 8.4 The CHAR and VARCHAR Types; seen on MariaDB 10.11: ERROR 1074 (max = 255)
                .add(DEFAULT_FUNCTION_CALLS)
                .defaultFunctions("now uuid uuid_short rand utc_timestamp utc_date sysdate curdate curtime "
                        + "unix_timestamp current_timestamp")
                .bareTimestampDefaults("now current_timestamp localtime localtimestamp")
                .nowLiteralDefault(NowLiteralDefault.INVALID_DEFAULT)
                // InnoDB: 3072-byte keys (DYNAMIC rows); BLOB/TEXT key parts need a prefix length (ERROR 1170)
                .maxIndexKeyBytes(3072)
                // key bytes per part (MySQL 8.0 manual, Data Type Storage Requirements; character sets reserve their
                // widest character in a key: Unicode Support)
                .fixedKeyBytes("TINYINT=1 SMALLINT=2 MEDIUMINT=3 INT=4 INTEGER=4 BIGINT=8 DATE=3 DATETIME=5 "
                        + "TIMESTAMP=4 FLOAT=4 DOUBLE=8 REAL=8")
                .bytesPerCharacter("utf8mb4", "latin1=1 ascii=1 binary=1 utf8=3 utf8mb3=3 ucs2=2 utf16=4 utf16le=4 "
                        + "utf32=4 utf8mb4=4")
                .keyPrefixRequiredTypes("TEXT TINYTEXT MEDIUMTEXT LONGTEXT BLOB TINYBLOB MEDIUMBLOB LONGBLOB")
                // ERROR 1101: BLOB, TEXT, GEOMETRY or JSON column can't have a default value
                .typesWithoutLiteralDefault("TEXT TINYTEXT MEDIUMTEXT LONGTEXT BLOB TINYBLOB MEDIUMBLOB LONGBLOB JSON "
                        + "GEOMETRY")
                // statement kinds and clauses MySQL refuses (constructs.txt); checked on MariaDB, which inherits them
                .rejects("empty-column-list on-commit with-no-data without-oids truncate-only not-valid constraint-using-index update-row-set index-literal array-constructor array-subscript-set "
                        + "view-select-into rename-column-without-column typed-table alter-index sqlite-functions "
                        + "index-expression pg-alter-enable pg-partition-by insert-or update-or truncate-options truncate-several view-options update-from column-compression no-inherit table-access-method pg-other-types generate-series "
                        + "typeless-column typeless-later-column typeless-added-column typeless-added-not-null conflict-clause qualified-index-name "
                        + "comment-on create-type alter-or-drop-type domain sequence materialized-view extension "
                        + "virtual-table create-table-inherits partition-of create-temp-table unlogged-table temp-view "
                        + "temp-trigger alter-partition merge index-concurrently drop-index-concurrently unnamed-index "
                        + "index-method-after-table include-columns nulls-not-distinct nulls-first-last index-with-options "
                        + "exclude-constraint index-only-table without-rowid sqlite-collation quoted-collation "
                        + "autoincrement identity-column pg-types interval-type xml-type array-type cast-operator "
                        + "deferrable postgres-alter-table postgres-alter-set alter-table-only alter-column-type "
                        + "alter-column-not-null trigger-execute trigger-for-each-statement trigger-referencing "
                        + "trigger-update-of trigger-instead-of trigger-without-for-each-row trigger-when drop-trigger-on "
                        + "returning update-returning dml-only overriding with-dml dq-table-name dq-dml-table "
                        + "dq-column-name dq-later-column-name dq-index-on default-values create-or-replace-table")
                // checked on MariaDB 10.11 (conformance): SQLite's and PostgreSQL's forms from the acceptance corpus
                .rejects("double-equals is-literal indexed-by not-indexed sequence-as-type lateral partition-opclass")
                .rejects("cast-type cast-integer cast-real cast-varchar cast-varchar-length full-outer-join empty-in-list "
                        + "glob time-zone-type index-key-collate limit-offset-dml derived-table-alias comma-join-using "
                        + "string-table-name string-dml-table sequence-owned-by")
                .rejects("star-after-items scalar-min-max scalar-min-max-values exclude-without-method "
                        + "or-replace-if-not-exists dq-renamed-name")
                // MySQL 8.4 Function Name Parsing and Resolution (CREATE TABLE count(i INT) fails, count (i INT)
                // works); seen on MariaDB 10.11 for each name
                .rejects("function-name-table function-name-index-table")
                // seen on MariaDB 10.11 for each (ERROR 1064); MySQL's grammar has none of them (MySQL 8.4 Reference
                // Manual: SELECT takes LIMIT, not FETCH FIRST; column_definition names no constraint but CHECK;
                // parameter markers only in prepared statements; no IIF)
                .rejects("bracket-name bracket-column-name parameter-marker iif-function check-without-parentheses fetch-first "
                        + "fk-set-null-columns table-function integer-negative-width column-constraint-name "
                        + "partition-method-unknown typed-literal typed-literal-compared procedure-analyse-view alter-table-star "
                        + "sqlite-type-words postfix-not-null fk-on-update-twice fk-on-delete-twice fk-action-thrice star-alias "
                        + "fulltext-using rtree-not-spatial"))
                .release("8.0", p -> p.add(ALTER_RENAME_COLUMN).rejects("sql-cache") // WL#10824: SQL_CACHE is no token
                        .rejects("contains-function") // MySQL 8.0 release notes: Contains() removed (MBRContains)
                        .rejects("procedure-analyse") // MySQL 8.0 release notes: PROCEDURE ANALYSE() removed
                        .everyType("GEOMCOLLECTION") // MySQL 8.0 Spatial Data Types: GEOMETRYCOLLECTION's new name
                        .reserve("cume_dist dense_rank empty except first_value function grouping groups json_table "
                                + "lag last_value lateral lead nth_value ntile of over percent_rank rank recursive row "
                                + "rows row_number system window cube intersect"))
                .change("8.0.13", p -> p.add(EXPRESSION_INDEX, DEFAULT_PARENTHESISED_EXPRESSION, DEFAULT_COLUMN_REFERENCE))
                .change("8.0.14", p -> p.accepts("lateral")) // LATERAL derived tables
                .change("8.0.16", p -> p.add(ALTER_DROP_CHECK))
                .change("8.0.17", p -> p.accepts("cast-real")) // CAST(x AS REAL/DOUBLE/FLOAT)
                .change("8.0.19", p -> p.add(ALTER_DROP_CONSTRAINT))
                .change("8.0.23", p -> p.add(INVISIBLE_COLUMNS, VISIBLE_KEYWORD))
                .alsoReleased("8.1-8.3") // innovation releases: nothing Dialectic reads changed
                // MySQL 8.4 manual, Keywords and Reserved Words: MANUAL, PARALLEL, QUALIFY, TABLESAMPLE new and
                // reserved in 8.4 (MySQL bug #114874 shows CREATE TABLE manual (...) failing with ERROR 1064 on 8.4.0)
                .release("8.4", p -> p.remove(FK_PARENT_NON_UNIQUE_INDEX).reserve("manual parallel qualify tablesample"))
                // MySQL 9.0 release notes: inline REFERENCES in a column definition now creates the foreign key; the
                // VECTOR type is new
                .release("9.0", p -> p.add(INLINE_REFERENCES).everyType("VECTOR"))
                .alsoReleased("9.1-9.3")
                // MySQL Server Version Reference, Keywords and Reserved Words in MySQL 9.4: EXTERNAL and LIBRARY new
                // and reserved (MySQL bug #118844: CREATE TABLE external (...) fails with ERROR 1064 on 9.4.0)
                .change("9.4", p -> p.reserve("external library"))
                .alsoReleased("9.5-9.6")
                .release("9.7", UnaryOperator.identity()); // the LTS after 8.4 (MySQL 9.7 manual, Innovation and LTS)

        // MariaDB forked from MySQL 5.x: MySQL 5.7 plus what MariaDB added (all before 10.11, the oldest targetable).
        mysql.copyAs(Engine.MARIADB, "5.7", "10.11", p -> p
                        .add(ALTER_RENAME_COLUMN /* 10.5 */, ALTER_DROP_CONSTRAINT /* 10.2 */, INLINE_REFERENCES /* 10.5 */, CREATE_INDEX_IF_NOT_EXISTS,
                                DROP_INDEX_IF_EXISTS, ADD_COLUMN_IF_NOT_EXISTS, DROP_COLUMN_IF_EXISTS,
                                DEFAULT_PARENTHESISED_EXPRESSION, DEFAULT_COLUMN_REFERENCE /* seen on 10.11 */,
                                DEFAULT_BARE_FUNCTION_CALL, FK_MIXED_DECIMAL_TYPES,
                                LOB_KEY_PARTS_WITHOUT_PREFIX, LONG_UNIQUE_KEY_HASHED, LONG_INDEX_KEY_PREFIXED,
                                INVISIBLE_COLUMNS /* 10.3 */, GENERATED_PERSISTENT)
                        // seen on 10.11: COLUMN_FORMAT and STORAGE are syntax errors (MySQL/NDB attributes)
                        .remove(COLUMN_FORMAT_ATTRIBUTE, COLUMN_STORAGE_ATTRIBUTE)
                        .typesWithoutLiteralDefault("")
                        .bareTimestampDefaults("") // it takes any call without parentheses
                        // seen on 10.11: BLOB/TEXT in a UNIQUE key or index needs no prefix, the long ones are
                        // over-long keys (TINY* fit); a PRIMARY KEY still needs the prefix
                        .typesTooLongForKey("TEXT MEDIUMTEXT LONGTEXT BLOB MEDIUMBLOB LONGBLOB")
                        // MariaDB Reserved Words; each one was refused as a column name on 10.11
                        .reserve("offset returning current_role over recursive row_number rows except intersect")
                        .types("UUID" /* 10.7 */)
                        // seen on 10.11: every word of information_schema.KEYWORDS tried as a column type takes the
                        // MySQL names and SQL_TSI_YEAR, and its DATA TYPE plugins add INET4, INET6 and UUID; any other
                        // name is ERROR 4161 Unknown data type (or 1064)
                        .everyType("SQL_TSI_YEAR INET4 INET6 UUID")
                        .accepts("returning sequence create-or-replace-table") // RETURNING 10.5 (INSERT, DELETE), sequences 10.3
                        .accepts("cast-integer cast-varchar-length") // seen on 10.11: CAST(x AS INTEGER), AS VARCHAR(n)
                        // seen on 10.11 through MariaDB Connector/J, whose sessions have IGNORE_SPACE: CREATE TABLE
                        // count (a INT) is ERROR 1064 (the mariadb client, without it, takes it)
                        .rejects("function-name-table-spaced function-name-index-table-spaced")
                        // seen on 10.11: FETCH FIRST n ROWS (10.6+) is taken, NULL rows, NO CYCLE (MariaDB writes
                        // NOCYCLE), CONSTRAINT c CHECK on a column and a derived table's column list are ERROR 1064
                        .accepts("fetch-first")
                        .rejects("fetch-first-null sequence-no-cycle column-constraint-name-check derived-column-list"))
                .alsoReleased("11.0-11.3")
                .release("11.4", UnaryOperator.identity())
                // MariaDB's CREATE SEQUENCE and ALTER SEQUENCE pages: AS int_type from 11.5
                .change("11.5", p -> p.accepts("sequence-as-type"))
                .alsoReleased("11.5-11.6")
                // MariaDB Reserved Words: VECTOR (11.7+), the type new in 11.7
                .change("11.7", p -> p.reserve("vector").everyType("VECTOR")
                        .accepts("derived-column-list")) // MDEV-31466: correlation column list for derived tables
                .release("11.8", UnaryOperator.identity())
                .alsoReleased("12.0")
                // MariaDB 12.1 Changes & Improvements: foreign key constraint names need to be unique per table only
                // (fk-name-reused holds before 12.1: its claim says so); nothing a profile holds changed
                .alsoReleased("12.1-12.2")
                // MariaDB Reserved Words: CONVERSION (12.3+), TO_DATE (12.3+)
                .release("12.3", p -> p.reserve("conversion to_date"));

        family(Engine.POSTGRESQL, "12", p -> p
                // run on 15: length for type varchar (char) cannot exceed 10485760
                .varcharLimit(new LengthLimit(10485760, false, false))
                .charLimit(new LengthLimit(10485760, false, false))
                // run on PostgreSQL 15: "... cannot run inside a transaction block" (25001) for each
                .refusesInTransaction("index-concurrently drop-index-concurrently reindex-concurrently reindex-database "
                        + "vacuum database database-tablespace tablespace alter-system discard-all cluster-all subscription")
                .add(ALTER_RENAME_TABLE, ALTER_RENAME_COLUMN, ALTER_ADD_COLUMN, ADD_COLUMN_NON_CONSTANT_DEFAULT,
                        ALTER_DROP_COLUMN, ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_TYPE, ALTER_COLUMN_TYPE_SHORT_FORM,
                        ALTER_ADD_CHECK, ALTER_ADD_KEY_CONSTRAINT, ALTER_DROP_CONSTRAINT, ALTER_MULTIPLE_ACTIONS, ALTER_CLAUSES_WITH_COMMAS,
                        PARTIAL_INDEX, EXPRESSION_INDEX, TRUNCATE_TABLE, TRUNCATE_WITHOUT_IMMEDIATE, UPSERT_ON_CONFLICT,
                        SERIAL_TYPE, SERIAL_SIZED_TYPES, IDENTITY_COLUMN, CREATE_TABLE_IF_NOT_EXISTS,
                        DROP_TABLE_IF_EXISTS, CREATE_INDEX_IF_NOT_EXISTS, DROP_INDEX_IF_EXISTS, ADD_COLUMN_IF_NOT_EXISTS,
                        DROP_COLUMN_IF_EXISTS, DEFAULT_PARENTHESISED_EXPRESSION, ARRAY_TYPES,
                        FK_ON_UPDATE_ACTIONS, FK_NOT_VALID, DEFERRABLE_FOREIGN_KEYS, PIPES_CONCATENATE, INLINE_REFERENCES,
                        FK_MIXED_INTEGER_TYPES, FK_MIXED_DECIMAL_TYPES, FK_MIXED_STRING_TYPES, FK_PARENT_UNIQUE_INDEX,
                        CREATE_TABLE_PARENTHESISED_LIKE, CREATE_TABLE_LIKE_OPTIONS, GENERATED_STORED)
                // PostgreSQL 15 reserved and type/function-name key words; each one was refused as a column name on 15
                .reserve("all analyse analyze any array asc authorization binary both case cast check collation column "
                        + "concurrently constraint create cross current_date current_role current_time "
                        + "current_timestamp current_user default deferrable desc distinct do else end except false "
                        + "fetch for foreign freeze from full grant group having in initially inner intersect into is "
                        + "isnull join lateral leading left like limit localtime localtimestamp natural not notnull null "
                        + "offset on only or order overlaps placing primary references returning right select "
                        + "session_user similar some table tablesample then to trailing true union unique user using "
                        + "variadic verbose when where window with")
                .identifiers(new LengthLimit(63, true, true), Folding.LOWER) // NAMEDATALEN - 1
                .types("BYTEA JSONB INET CIDR MACADDR MONEY TIMESTAMPTZ CITEXT UUID TEXT")
                .maxDecimalPrecision(1000)
                .maxColumns(1600) // MaxHeapAttributeNumber
                .add(DEFAULT_FUNCTION_CALLS, DEFAULT_BARE_FUNCTION_CALL)
                // partitioned tables' unique keys (0A000, seen on 15)
                .add(UNIQUE_KEYS_INCLUDE_PARTITION_COLUMNS, PARTITION_EXPRESSION_REFUSES_UNIQUE_KEYS)
                // run on 15: exclusion constraints are not supported on partitioned tables (0A000); PostgreSQL 17
                // release notes: allowed when they compare the partition key columns for equality
                .add(PARTITIONED_TABLE_REFUSES_EXCLUSION)
                .defaultFunctions("now random gen_random_uuid statement_timestamp clock_timestamp "
                        + "transaction_timestamp timeofday")
                .keywordsNotFunctions("current_timestamp")
                .nowLiteralDefault(NowLiteralDefault.CONVERTED_ONCE)
                // volatile functions migrations use as defaults: ADD COLUMN with one rewrites the table (seen on 15)
                .add(ADD_COLUMN_PER_ROW_DEFAULT_REWRITES)
                .volatileFunctions("random clock_timestamp timeofday gen_random_uuid uuid_generate_v1 "
                        + "uuid_generate_v1mc uuid_generate_v4 nextval txid_current uuidv4 uuidv7 setseed")
                // statement kinds and clauses PostgreSQL refuses (constructs.txt)
                .rejects("mysql-alter-table-options mysql-alter-charset mysql-alter-convert alter-online-ignore alter-view-as "
                        + "index-literal delete-star insert-without-into view-select-into string-alias mysql-functions group-concat sqlite-functions "
                        + "index-expression table-auto-increment hex-literal charset-introducer insert-or update-or mysql-other-types "
                        + "typeless-column typeless-later-column typeless-added-column typeless-added-not-null conflict-clause mysql-create-select mysql-create-columns-select integer-display-width qualified-index-name view-if-not-exists "
                        + "virtual-table create-table-like mysql-partitions mysql-partition-clauses mysql-alter-partition "
                        + "mysql-definer drop-temporary-table mysql-index-type mysql-index-type-first mysql-index-kind without-rowid inline-index "
                        + "unique-key mysql-alter-index mysql-alter-clauses mysql-alter-keys modify-change column-position column-first "
                        + "column-comment table-engine charset mysql-collation sqlite-collation unsigned auto-increment "
                        + "autoincrement virtual-column mysql-types blob-types double-type mysql-set-type nvarchar-type "
                        + "trigger-body trigger-without-for-each-row trigger-if-not-exists trigger-order "
                        + "drop-trigger-alone create-or-replace-table temp-trigger update-join update-several-tables "
                        + "delete-several-tables update-limit insert-set insert-value insert-modifiers backtick merge "
                        + "nulls-not-distinct")
                .rejects("with-rollup sql-no-cache sql-cache national-varchar float-scale text-length double-equals "
                        + "is-literal indexed-by not-indexed")
                .rejects("cast-signed empty-in-list glob index-comment derived-table-alias key-order-in-constraint "
                        + "comma-join-using on-conflict-twice string-table-name string-dml-table join-without-on binary-collation "
                        + "unique-named key-prefix-in-constraint")
                // run on 15: max(a, b) is 42883 function max(integer, integer) does not exist
                .rejects("scalar-min-max scalar-min-max-values or-replace-if-not-exists")
                // run on 15: access method "hash" does not support unique indexes / multicolumn indexes / included columns
                .rejects("index-method-unique index-method-multicolumn index-method-include")
                // run on 15 (syntax error, 42883 function does not exist, 0A000/42P17 as PostgreSQL words it)
                .rejects("bracket-name bracket-column-name parameter-marker iif-function contains-function "
                        + "check-without-parentheses fetch-first-null-with-ties alter-table-no-action deferred-not-deferrable "
                        + "deferred-not-deferrable-after integer-negative-width index-aggregate fk-set-null-columns "
                        + "partition-method-unknown procedure-analyse sqlite-type-words postfix-not-null fk-on-update-twice "
                        + "fk-on-delete-twice fk-action-thrice sequence-owned-by-name identity-and-generated generated-and-identity"))
                .release("13", UnaryOperator.identity())
                .release("14", p -> p.add(COLUMN_COMPRESSION))
                // PostgreSQL 15 release notes: ON DELETE SET NULL / SET DEFAULT may name the columns to set
                .release("15", p -> p.add(MERGE_STATEMENT).accepts("merge nulls-not-distinct fk-set-null-columns"))
                // STORAGE PLAIN|EXTERNAL|EXTENDED|MAIN|DEFAULT from 16 (run on 18.6: STORAGE DISK, MySQL's, is "invalid
                // storage type"); 0x... reads as an integer from 16, and a subquery in FROM needs no alias
                .release("16", p -> p.add(COLUMN_STORAGE_MODE).accepts("hex-literal derived-table-alias"))
                .release("17", p -> p.remove(PARTITIONED_TABLE_REFUSES_EXCLUSION))
                // PostgreSQL 18 release notes: virtual generated columns, now the default (GENERATED ALWAYS AS (...)
                // with no keyword, or VIRTUAL); uuidv7() and uuidv4() are new built-in functions
                // run on 18.6 (embedded): a column declared NULL with an inline PRIMARY KEY is refused
                .release("18", p -> p.add(GENERATED_VIRTUAL, GENERATED_STORAGE_IMPLICIT, INLINE_PRIMARY_KEY_REFUSES_NULL)
                        .accepts("virtual-column").defaultFunctions("uuidv7 uuidv4"));

        family(Engine.SQLITE, "3.25", p -> p
                .refusesInTransaction("vacuum") // cannot VACUUM from within a transaction
                .add(ALTER_RENAME_TABLE, ALTER_RENAME_COLUMN, ALTER_ADD_COLUMN, PARTIAL_INDEX, EXPRESSION_INDEX,
                        BACKTICK_IDENTIFIERS, UPSERT_ON_CONFLICT, REPLACE_INTO, INSERT_OR_CONFLICT_CLAUSE,
                        AUTOINCREMENT_KEYWORD, CREATE_TABLE_IF_NOT_EXISTS, DROP_TABLE_IF_EXISTS,
                        CREATE_INDEX_IF_NOT_EXISTS, DROP_INDEX_IF_EXISTS, DEFAULT_PARENTHESISED_EXPRESSION,
                        ARRAY_TYPES, UNSIGNED_TYPES, FK_ON_UPDATE_ACTIONS, DEFERRABLE_FOREIGN_KEYS,
                        INLINE_REFERENCES,
                        PIPES_CONCATENATE, DOLLAR_NAMED_PARAMETERS, ANY_TYPE_NAME, FK_MIXED_INTEGER_TYPES,
                        FK_MIXED_DECIMAL_TYPES, FK_MIXED_STRING_TYPES, FK_PARENT_UNIQUE_INDEX, COLUMN_ON_CONFLICT,
                        COLUMN_PRIMARY_KEY_ORDER)
                // SQLite 3.54 keywords that cannot be names; each one was refused as a column name on 3.54
                .reserve("add all alter autoincrement between case check create default deferrable delete distinct "
                        + "drop else escape except exists foreign from group having in index insert intersect into is "
                        + "isnull join limit not nothing notnull null on or order primary references returning select "
                        + "set table then to transaction union unique update using values when where")
                // SQLite takes any name made of words as a type (affinity by name); ENUM(...)/SET(...) are not that
                .types("TINYINT MEDIUMINT TINYTEXT MEDIUMTEXT LONGTEXT TINYBLOB MEDIUMBLOB LONGBLOB DATETIME YEAR "
                        + "DOUBLE BLOB BYTEA JSONB INET CIDR MACADDR MONEY TIMESTAMPTZ CITEXT UUID CLOB DBCLOB GRAPHIC "
                        + "VARGRAPHIC DECFLOAT TEXT")
                .add(DEFAULT_FUNCTION_CALLS, DEFAULT_FUNCTION_LOOKED_UP_AT_INSERT)
                .maxColumns(2000) // SQLITE_MAX_COLUMN's default, as built into sqlite-jdbc and the sqlite3 shell
                .defaultFunctions("random datetime strftime julianday unixepoch randomblob")
                .keywordsNotFunctions("current_timestamp")
                .nowLiteralDefault(NowLiteralDefault.STORED_AS_TEXT)
                // statement kinds and clauses SQLite refuses (constructs.txt); its own parser judges the rest
                .add(PARSER_IN_PROCESS)
                .rejects("mysql-alter-table-options mysql-alter-charset mysql-alter-convert alter-online-ignore mysql-functions-dml "
                        + "view-select-into typed-table alter-index empty-column-list on-commit with-no-data without-oids not-valid truncate-only "
                        + "constraint-using-index delete-star insert-without-into "
                        + "pg-alter-enable table-auto-increment auto-increment-after-constraint drop-index-on nulls-first-last-index charset-introducer view-options no-inherit table-access-method "
                        + "mysql-create-select mysql-create-columns-select "
                        + "comment-on create-type alter-or-drop-type domain sequence materialized-view extension "
                        + "create-table-like create-table-inherits partition-of partition-by mysql-partitions "
                        + "mysql-partition-clauses alter-partition mysql-alter-partition unlogged-table create-or-replace "
                        + "create-or-replace-table mysql-definer alter-view drop-temporary-table drop-several-tables "
                        + "drop-cascade truncate merge index-concurrently drop-index-concurrently unnamed-index "
                        + "index-method-after-table mysql-index-type mysql-index-type-first mysql-index-kind include-columns nulls-not-distinct "
                        + "index-with-options exclude-constraint index-only-table inline-index unique-key "
                        + "mysql-alter-index mysql-alter-clauses mysql-alter-keys modify-change column-comment "
                        + "table-engine charset mysql-collation-stored mysql-collation-compared identity-column cast-operator "
                        + "postgres-alter-table postgres-alter-set alter-table-only alter-column-type "
                        + "alter-column-not-null trigger-execute trigger-for-each-statement trigger-referencing "
                        + "trigger-order drop-trigger-on returning update-returning update-join update-several-tables "
                        + "delete-several-tables insert-set insert-value insert-modifiers dml-only overriding")
                .rejects("with-rollup sql-cache-hint-stored lateral index-comment full-outer-join unique-named key-prefix-in-constraint "
                        + "exclude-without-method")
                // SQLite keywords (sqlite.org/lang_keywords.html): its parser may read them as syntax anywhere
                .keywords("ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN "
                        + "BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS "
                        + "CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED "
                        + "DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS "
                        + "EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING "
                        + "IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL "
                        + "JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF "
                        + "OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE "
                        + "RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT "
                        + "ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION TRIGGER "
                        + "UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH WITHOUT"))
                .alsoReleased("3.26-3.30")
                .change("3.31", p -> p.add(GENERATED_AS_SHORTHAND, GENERATED_STORED, GENERATED_VIRTUAL,
                        GENERATED_STORAGE_IMPLICIT))
                .alsoReleased("3.32-3.34")
                .release("3.35", p -> p.add(ALTER_DROP_COLUMN).accepts("returning update-returning"))
                .alsoReleased("3.36-3.38")
                .change("3.39", p -> p.accepts("full-outer-join")) // RIGHT and FULL OUTER JOIN
                .alsoReleased("3.39")
                .release("3.40", UnaryOperator.identity())
                .alsoReleased("3.41-3.44")
                .release("3.45", UnaryOperator.identity())
                .alsoReleased("3.46-3.52")
                .release("3.53", p -> p.add(ALTER_COLUMN_NULLABILITY, ALTER_ADD_CHECK, ALTER_DROP_CONSTRAINT)
                        .accepts("alter-column-not-null"))
                .release("3.54", UnaryOperator.identity());

        family(Engine.DB2, "11.1", p -> p
                .add(ALTER_RENAME_COLUMN, ALTER_ADD_COLUMN, ADD_COLUMN_NON_CONSTANT_DEFAULT, ALTER_DROP_COLUMN,
                        ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_TYPE, ALTER_ADD_CHECK, ALTER_ADD_KEY_CONSTRAINT,
                        ALTER_DROP_CONSTRAINT, ALTER_DROP_PRIMARY_KEY, ALTER_DROP_FOREIGN_KEY, ALTER_DROP_CHECK,
                        ALTER_CLAUSES_WITHOUT_COMMAS, ALTER_MULTIPLE_ACTIONS, EXPRESSION_INDEX, TRUNCATE_TABLE, MERGE_STATEMENT,
                        IDENTITY_COLUMN, RENAME_TABLE_STATEMENT, PIPES_CONCATENATE, INLINE_REFERENCES, CREATE_TABLE_LIKE,
                        // Db2 11.5 CREATE TABLE column-options; generated columns: GENERATED ALWAYS AS (expr) only
                        COLUMN_WITH_DEFAULT, IMPLICITLY_HIDDEN_COLUMNS, INLINE_LENGTH, GENERATED_STORAGE_IMPLICIT)
                .identifiers(new LengthLimit(128, true, false), Folding.UPPER)
                .types("DOUBLE BLOB CLOB DBCLOB GRAPHIC VARGRAPHIC DECFLOAT")
                .maxDecimalPrecision(31)
                .maxColumns(1012) // Db2 11.5 SQL and XML limits (SQL0680N)
                .varcharLimit(new LengthLimit(32672, true, false))
                .nowLiteralDefault(NowLiteralDefault.NOT_A_CONSTANT)
                // SQL0350N, SQLSTATE 42962: a LOB column cannot be in an index or key
                .unindexableTypes("CLOB, BLOB, DBCLOB, CHARACTER LARGE OBJECT, CHAR LARGE OBJECT, BINARY LARGE OBJECT")
                // statement kinds and clauses Db2 11.5's SQL Reference lacks (SQL0104N, SQLSTATE 42601)
                .rejects("table-auto-increment drop-index-on charset-introducer insert-or update-or column-compression no-inherit table-access-method pg-other-types generate-series update-from "
                        + "typeless-column typeless-later-column typeless-added-column typeless-added-not-null conflict-clause mysql-create-select mysql-create-columns-select integer-display-width view-if-not-exists "
                        + "domain extension virtual-table create-table-inherits partition-of mysql-partitions "
                        + "mysql-partition-clauses alter-partition mysql-alter-partition unlogged-table "
                        + "create-or-replace-table create-temp-table mysql-definer drop-temporary-table index-concurrently "
                        + "drop-index-concurrently unnamed-index index-method-after-table mysql-index-type "
                        + "mysql-index-kind nulls-not-distinct index-with-options exclude-constraint index-only-table "
                        + "without-rowid inline-index unique-key mysql-alter-index mysql-alter-clauses mysql-alter-keys modify-change "
                        + "column-position column-first column-comment table-engine charset mysql-collation "
                        + "sqlite-collation unsigned auto-increment autoincrement mysql-types pg-types array-type "
                        + "trigger-execute update-join update-several-tables delete-several-tables update-limit insert-set "
                        + "insert-value insert-modifiers returning update-returning materialized-view temp-trigger "
                        + "temp-view drop-trigger-on drop-cascade drop-several-tables backtick")
                .rejects("with-rollup sql-no-cache sql-cache national-varchar float-scale double-equals is-literal "
                        + "indexed-by not-indexed partition-opclass")
                .rejects("cast-signed empty-in-list glob index-comment key-order-in-constraint comma-join-using "
                        + "string-table-name string-dml-table sequence-owned-by join-without-on unique-named key-prefix-in-constraint "
                        + "exclude-without-method"))
                .release("11.5", p -> p.add(CREATE_TABLE_IF_NOT_EXISTS, DROP_TABLE_IF_EXISTS, CREATE_INDEX_IF_NOT_EXISTS,
                        DROP_INDEX_IF_EXISTS))
                // Db2 12.1 (November 2024): no change found to what these profiles hold; its claims cite 11.5's
                // SQL Reference, which 12.1's repeats for the statements the rules read
                .release("12.1", UnaryOperator.identity());
    }

    /** Declared after the families, which they are computed from. */
    private static final Set<String> TYPES_ANYWHERE = union(EngineProfile::typeNames);
    private static final Set<String> DEFAULT_FUNCTIONS_ANYWHERE = union(EngineProfile::defaultFunctions);

    private EngineProfiles() {
    }

    /** The profile that holds for {@code target}: the engine's last profile starting at or before its version. */
    public static EngineProfile of(Target target) {
        List<EngineProfile> steps = FAMILIES.get(target.engine()).steps;
        for (int i = steps.size() - 1; i > 0; i--) {
            if (target.version().atLeast(steps.get(i).since())) {
                return steps.get(i);
            }
        }
        return steps.get(0);
    }

    /** The profile of an engine's latest release. */
    public static EngineProfile latest(Engine engine) {
        List<EngineProfile> steps = FAMILIES.get(engine).steps;
        return steps.get(steps.size() - 1);
    }

    /** The releases of {@code engine} Dialectic knows, oldest first. */
    public static List<Version> releases(Engine engine) {
        return FAMILIES.get(engine).releases;
    }

    /**
     * Every release line of {@code engine} that exists and Dialectic covers, oldest first: a major version for
     * PostgreSQL (from 10 on its second number is a patch), major.minor for the others. A target must be in one.
     */
    public static List<Version> releaseLines(Engine engine) {
        return List.copyOf(FAMILIES.get(engine).lines);
    }

    /** The release line {@code version} belongs to: {@code 18} for PostgreSQL 18.1, {@code 8.0} for MySQL 8.0.13. */
    public static Version lineOf(Engine engine, Version version) {
        return version.firstParts(FAMILIES.get(engine).lineParts);
    }

    /** Every profile of every engine, engine by engine, oldest first. */
    public static List<EngineProfile> all() {
        List<EngineProfile> all = new ArrayList<>();
        FAMILIES.values().forEach(f -> all.addAll(f.steps));
        return all;
    }

    /** The first version of {@code engine} that supports {@code feature}, if any does. */
    public static java.util.Optional<Version> firstSupporting(Engine engine, Feature feature) {
        return FAMILIES.get(engine).steps.stream().filter(p -> p.supports(feature)).map(EngineProfile::since).findFirst();
    }

    /** Whether some engine, at some version, accepts the type name (so a target that does not is worth a finding). */
    public static boolean someEngineKnowsType(String upperCaseName) {
        return TYPES_ANYWHERE.contains(upperCaseName);
    }

    /** Whether some engine's DEFAULT knows the function (so a target that does not is worth a finding). */
    public static boolean someEngineHasDefaultFunction(String lowerCaseName) {
        return DEFAULT_FUNCTIONS_ANYWHERE.contains(lowerCaseName);
    }

    private static Set<String> union(Function<EngineProfile, Set<String>> entry) {
        Set<String> union = new HashSet<>();
        all().forEach(p -> union.addAll(entry.apply(p)));
        return Set.copyOf(union);
    }

    private static Family family(Engine engine, String first, UnaryOperator<Builder> definition) {
        Family f = new Family(engine);
        f.step(definition.apply(new Builder(engine, Version.parse(first))).build(), true);
        FAMILIES.put(engine, f);
        return f;
    }

    /** One engine's profiles, oldest first, each the one before with some differences. */
    private static final class Family {
        final Engine engine;
        final List<EngineProfile> steps = new ArrayList<>();
        final List<Version> releases = new ArrayList<>();
        final java.util.TreeSet<Version> lines = new java.util.TreeSet<>();
        /** How many parts of a version name its release line. */
        final int lineParts;

        Family(Engine engine) {
            this.engine = engine;
            this.lineParts = engine == Engine.POSTGRESQL ? 1 : 2;
        }

        /**
         * Release lines that exist but change nothing a profile holds, as {@code "8.1-8.3"} (the last part counts up)
         * or single versions, so that they are valid targets with the profile before them.
         */
        Family alsoReleased(String spec) {
            for (String piece : Builder.splitOnWhiteSpace(spec)) {
                int dash = piece.indexOf('-');
                Version from = Version.parse(dash < 0 ? piece : piece.substring(0, dash));
                Version to = dash < 0 ? from : Version.parse(piece.substring(dash + 1));
                int last = from.parts().length - 1;
                for (int n = from.part(last); n <= to.part(last); n++) {
                    int[] parts = from.parts().clone();
                    parts[last] = n;
                    lines.add(Version.of(parts).firstParts(lineParts));
                }
            }
            return this;
        }

        /** A released version, with what changed since the previous profile. */
        Family release(String version, UnaryOperator<Builder> differences) {
            return next(version, differences, true);
        }

        /** A change within a release line (e.g. MySQL 8.0.13), not itself a version users pick by default. */
        Family change(String version, UnaryOperator<Builder> differences) {
            return next(version, differences, false);
        }

        /** Another engine, defined as this one at {@code baseVersion} with differences, from {@code first} on. */
        Family copyAs(Engine other, String baseVersion, String first, UnaryOperator<Builder> differences) {
            EngineProfile base = of(new Target(engine, Version.parse(baseVersion)));
            Family f = new Family(other);
            f.step(differences.apply(Builder.copyOf(base, other, Version.parse(first))).build(), true);
            FAMILIES.put(other, f);
            return f;
        }

        private Family next(String version, UnaryOperator<Builder> differences, boolean release) {
            EngineProfile last = steps.get(steps.size() - 1);
            return step(differences.apply(Builder.copyOf(last, engine, Version.parse(version))).build(), release);
        }

        private Family step(EngineProfile profile, boolean release) {
            if (!steps.isEmpty() && !profile.since().atLeast(steps.get(steps.size() - 1).since())) {
                throw new IllegalStateException(profile + " listed after a later profile");
            }
            steps.add(profile);
            lines.add(profile.since().firstParts(lineParts));
            if (release) {
                releases.add(profile.since());
            }
            return this;
        }
    }
}
