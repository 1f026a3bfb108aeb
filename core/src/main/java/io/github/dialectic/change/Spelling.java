package io.github.dialectic.change;

/**
 * A dialect-specific form the reader accepts on a column, recorded where it was written ({@link Spelled}) so that rules
 * decide from the model instead of re-reading the text. Every constant is examined by a rule
 * ({@code DialectSpellingsTest}): a form the reader takes silently is a portability problem no one reports. Generated columns' forms are in {@link Generated}.
 */
public enum Spelling {
    /** Db2's {@code WITH DEFAULT [value]}, for DEFAULT. */
    WITH_DEFAULT,
    /** MySQL's and MariaDB's {@code AUTO_INCREMENT} attribute. */
    AUTO_INCREMENT,
    /** SQLite's {@code AUTOINCREMENT} after INTEGER PRIMARY KEY. */
    AUTOINCREMENT,
    /** A bare {@code IDENTITY} or {@code IDENTITY(seed, step)} attribute (SQL Server's form). */
    IDENTITY,
    /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(options)]}. */
    GENERATED_AS_IDENTITY,
    /** MySQL's {@code ON UPDATE CURRENT_TIMESTAMP} (or another expression) attribute. */
    ON_UPDATE,
    /** {@code CHARACTER SET name} or {@code CHARSET name} on a column (MySQL, MariaDB). */
    CHARACTER_SET,
    /** MySQL's {@code BINARY} after a character type: the binary (_bin) collation of its character set. */
    BINARY_COLLATION,
    /** {@code COMMENT 'text'} on a column (MySQL, MariaDB). */
    COMMENT,
    /** {@code INVISIBLE} (MySQL 8.0.23, MariaDB). */
    INVISIBLE,
    /** {@code VISIBLE} (MySQL 8.0.23; not MariaDB). */
    VISIBLE,
    /** Db2's {@code IMPLICITLY HIDDEN} (and a bare {@code HIDDEN}). */
    HIDDEN,
    /** MySQL's and MariaDB's {@code FIRST} / {@code AFTER col} column position. */
    COLUMN_POSITION,
    /** SQLite's {@code ON CONFLICT ...} after a column constraint. */
    ON_CONFLICT,
    /** MySQL's {@code COLUMN_FORMAT FIXED|DYNAMIC|DEFAULT}. */
    COLUMN_FORMAT,
    /** {@code STORAGE DISK|MEMORY} (MySQL) or {@code STORAGE PLAIN|EXTERNAL|...} (PostgreSQL 16). */
    STORAGE,
    /** PostgreSQL's (14) {@code COMPRESSION method}. */
    COMPRESSION,
    /** Db2's {@code INLINE LENGTH n} on a LOB column. */
    INLINE_LENGTH,
    /** SQLite's {@code PRIMARY KEY ASC|DESC} on a column. */
    PRIMARY_KEY_ORDER,
    /** MySQL's {@code KEY} alone as a column attribute, meaning PRIMARY KEY. */
    KEY_AS_PRIMARY_KEY
}
