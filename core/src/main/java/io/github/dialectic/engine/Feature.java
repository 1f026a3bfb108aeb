package io.github.dialectic.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * What each engine supports, by version, as data (in the spirit of jOOQ's SQLDialect): rules ask
 * {@code feature.supportedBy(target)} rather than testing engine names. An engine not listed for a feature
 * does not support it in any version.
 */
public enum Feature {
    /** A UNIQUE or PRIMARY KEY constraint may include a nullable column. */
    NULLABLE_COLUMN_IN_UNIQUE_CONSTRAINT(
            all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE)),
    /** A foreign key may reference columns covered only by a unique index (not a declared constraint). */
    FK_PARENT_UNIQUE_INDEX(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE)),
    /** A foreign key may reference columns covered only by a non-unique index (InnoDB's leftmost-prefix rule). */
    FK_PARENT_NON_UNIQUE_INDEX(before(Engine.MYSQL, "8.4"), all(Engine.MARIADB)),
    /** ON UPDATE CASCADE in a foreign key. */
    FK_ON_UPDATE_CASCADE(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE)),
    /** ON UPDATE SET NULL in a foreign key. */
    FK_ON_UPDATE_SET_NULL(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE)),
    /** ALTER TABLE ... RENAME TO. */
    ALTER_RENAME_TABLE(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE)),
    /** ALTER TABLE ... RENAME COLUMN a TO b. */
    ALTER_RENAME_COLUMN(since(Engine.MYSQL, "8.0"), since(Engine.MARIADB, "10.5"), all(Engine.POSTGRESQL),
            since(Engine.SQLITE, "3.25"), all(Engine.DB2)),
    /** ALTER TABLE ... ADD COLUMN. */
    ALTER_ADD_COLUMN(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE), all(Engine.DB2)),
    /** ALTER TABLE ... DROP COLUMN. */
    ALTER_DROP_COLUMN(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), since(Engine.SQLITE, "3.35"),
            all(Engine.DB2)),
    /** ALTER TABLE ... ALTER [COLUMN] c SET/DROP NOT NULL. */
    ALTER_COLUMN_NULLABILITY(all(Engine.POSTGRESQL), since(Engine.SQLITE, "3.53"), all(Engine.DB2)),
    /** ALTER TABLE ... ALTER [COLUMN] c SET DEFAULT / DROP DEFAULT. */
    ALTER_COLUMN_DEFAULT(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.DB2)),
    /** ALTER TABLE ... ALTER COLUMN c TYPE t (PostgreSQL) or SET DATA TYPE t (DB2, PostgreSQL). */
    ALTER_COLUMN_TYPE(all(Engine.POSTGRESQL), all(Engine.DB2)),
    /** The short spelling ALTER COLUMN c TYPE t (PostgreSQL only; Db2 wants SET DATA TYPE). */
    ALTER_COLUMN_TYPE_SHORT_FORM(all(Engine.POSTGRESQL)),
    /** ALTER TABLE ... MODIFY / CHANGE [COLUMN]: MySQL's restate-the-whole-column forms. */
    ALTER_MODIFY_COLUMN(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** ALTER TABLE ... ADD [CONSTRAINT n] CHECK (...). */
    ALTER_ADD_CHECK(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), since(Engine.SQLITE, "3.53"),
            all(Engine.DB2)),
    /** ALTER TABLE ... ADD PRIMARY KEY / UNIQUE / FOREIGN KEY. */
    ALTER_ADD_KEY_CONSTRAINT(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.DB2)),
    /** ALTER TABLE ... DROP CONSTRAINT n (SQLite: only NOT NULL and CHECK constraints, from 3.53). */
    ALTER_DROP_CONSTRAINT(since(Engine.MYSQL, "8.0.19"), since(Engine.MARIADB, "10.2"), all(Engine.POSTGRESQL),
            since(Engine.SQLITE, "3.53"), all(Engine.DB2)),
    /** ALTER TABLE ... DROP FOREIGN KEY n / DROP PRIMARY KEY / DROP INDEX n: MySQL's forms. */
    ALTER_DROP_MYSQL_FORMS(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** ALTER TABLE ... RENAME INDEX a TO b (MySQL's form; PostgreSQL uses ALTER INDEX, DB2 RENAME INDEX). */
    ALTER_RENAME_INDEX(since(Engine.MYSQL, "5.7"), since(Engine.MARIADB, "10.5")),
    /** More than one action in one ALTER TABLE statement, separated by commas. */
    ALTER_MULTIPLE_ACTIONS(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.DB2)),
    /** Index names are scoped to their table, so two tables may each have an index called {@code idx_deleted}. */
    INDEX_NAME_PER_TABLE(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** Adding a NOT NULL column without a default to a table that has rows (filled with the type's implicit default). */
    ADD_NOT_NULL_COLUMN_WITHOUT_DEFAULT_TO_FILLED_TABLE(all(Engine.MYSQL), all(Engine.MARIADB)),
    // --- identifiers, types, indexes, syntax ---
    /** CREATE INDEX ... WHERE predicate (partial index). */
    PARTIAL_INDEX(all(Engine.POSTGRESQL), all(Engine.SQLITE)),
    /** An index key part that is an expression, e.g. lower(email) (MySQL: functional key parts from 8.0.13). */
    EXPRESSION_INDEX(since(Engine.MYSQL, "8.0.13"), all(Engine.POSTGRESQL), all(Engine.SQLITE), all(Engine.DB2)),
    /** A column prefix length in an index key part, e.g. name(20). */
    INDEX_PREFIX_LENGTH(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** Backtick-quoted identifiers. */
    BACKTICK_IDENTIFIERS(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.SQLITE)),
    /** MySQL table options after CREATE TABLE's column list: ENGINE=, DEFAULT CHARSET=, COLLATE=, AUTO_INCREMENT=. */
    MYSQL_TABLE_OPTIONS(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** TRUNCATE [TABLE] t. */
    TRUNCATE_TABLE(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.DB2)),
    /** TRUNCATE without Db2's IMMEDIATE keyword. */
    TRUNCATE_WITHOUT_IMMEDIATE(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL)),
    /** INSERT ... ON DUPLICATE KEY UPDATE. */
    UPSERT_ON_DUPLICATE_KEY(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** INSERT ... ON CONFLICT (PostgreSQL 9.5, SQLite 3.24). */
    UPSERT_ON_CONFLICT(all(Engine.POSTGRESQL), all(Engine.SQLITE)),
    /** MERGE INTO. */
    MERGE_STATEMENT(since(Engine.POSTGRESQL, "15"), all(Engine.DB2)),
    /** REPLACE INTO t ... (delete-then-insert on a key clash). */
    REPLACE_INTO(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.SQLITE)),
    /** INSERT OR REPLACE / INSERT OR IGNORE (SQLite's conflict clauses). */
    INSERT_OR_CONFLICT_CLAUSE(all(Engine.SQLITE)),
    /** INSERT IGNORE. */
    INSERT_IGNORE(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** The AUTO_INCREMENT column attribute. */
    AUTO_INCREMENT_ATTRIBUTE(all(Engine.MYSQL), all(Engine.MARIADB)),
    /** SQLite's AUTOINCREMENT after INTEGER PRIMARY KEY. */
    AUTOINCREMENT_KEYWORD(all(Engine.SQLITE)),
    /** SERIAL / BIGSERIAL / SMALLSERIAL as an auto-numbered column (MySQL/MariaDB: SERIAL = BIGINT UNSIGNED AUTO_INCREMENT). */
    SERIAL_TYPE(all(Engine.POSTGRESQL), all(Engine.MYSQL), all(Engine.MARIADB)),
    /** BIGSERIAL / SMALLSERIAL. */
    SERIAL_SIZED_TYPES(all(Engine.POSTGRESQL)),
    /** GENERATED ALWAYS / BY DEFAULT AS IDENTITY. */
    IDENTITY_COLUMN(all(Engine.POSTGRESQL), all(Engine.DB2)),
    // --- IF [NOT] EXISTS clauses, BOOLEAN columns ---
    /** CREATE TABLE IF NOT EXISTS (Db2: none in 11.1; counted from 11.5, see if-not-exists-support). */
    CREATE_TABLE_IF_NOT_EXISTS(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE),
            since(Engine.DB2, "11.5")),
    /** DROP TABLE IF EXISTS (Db2: from 11.5). */
    DROP_TABLE_IF_EXISTS(all(Engine.MYSQL), all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE),
            since(Engine.DB2, "11.5")),
    /** CREATE INDEX IF NOT EXISTS (not in MySQL 8.4). */
    CREATE_INDEX_IF_NOT_EXISTS(all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE),
            since(Engine.DB2, "11.5")),
    /** DROP INDEX IF EXISTS (not in MySQL 8.4). */
    DROP_INDEX_IF_EXISTS(all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE), since(Engine.DB2, "11.5")),
    /** ALTER TABLE ... ADD [COLUMN] IF NOT EXISTS. */
    ADD_COLUMN_IF_NOT_EXISTS(all(Engine.MARIADB), all(Engine.POSTGRESQL)),
    /** ALTER TABLE ... DROP [COLUMN] IF EXISTS. */
    DROP_COLUMN_IF_EXISTS(all(Engine.MARIADB), all(Engine.POSTGRESQL)),
    // --- defaults ---
    /** A parenthesised expression as a column default, DEFAULT (expr) (MySQL: from 8.0.13). */
    DEFAULT_PARENTHESISED_EXPRESSION(since(Engine.MYSQL, "8.0.13"), all(Engine.MARIADB), all(Engine.POSTGRESQL),
            all(Engine.SQLITE)),
    /** A function call written without surrounding parentheses as a column default, DEFAULT f(). */
    DEFAULT_BARE_FUNCTION_CALL(all(Engine.MARIADB), all(Engine.POSTGRESQL)),
    /** A literal DEFAULT on a TEXT/BLOB/JSON column (MySQL: none; from 8.0.13 only an (expr) default). */
    LOB_LITERAL_DEFAULT(all(Engine.MARIADB), all(Engine.POSTGRESQL), all(Engine.SQLITE));

    private final Map<Engine, Range> support = new EnumMap<>(Engine.class);

    Feature(Range... ranges) {
        for (Range r : ranges) {
            support.put(r.engine, r);
        }
    }

    public boolean supportedBy(Target target) {
        Range r = support.get(target.engine());
        return r != null && r.contains(target.version());
    }

    /** A short human description of where the feature is available, e.g. {@code sqlite >= 3.35}. */
    public String describe(Engine engine) {
        Range r = support.get(engine);
        if (r == null) {
            return engine.id() + ": never";
        }
        if (r.since == null && r.before == null) {
            return engine.id() + ": all versions";
        }
        return engine.id() + (r.since != null ? " >= " + r.since : "") + (r.before != null ? " < " + r.before : "");
    }

    private record Range(Engine engine, Version since, Version before) {
        boolean contains(Version v) {
            return (since == null || v.atLeast(since)) && (before == null || !v.atLeast(before));
        }
    }

    private static Range all(Engine e) {
        return new Range(e, null, null);
    }

    private static Range since(Engine e, String version) {
        return new Range(e, Version.parse(version), null);
    }

    private static Range before(Engine e, String version) {
        return new Range(e, null, Version.parse(version));
    }

}
