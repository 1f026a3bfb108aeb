package io.github.dialectic.change;

/**
 * A constraint's timing clause as written in CREATE TABLE or ALTER TABLE: {@code [NOT] DEFERRABLE [INITIALLY
 * DEFERRED|IMMEDIATE]} or {@code INITIALLY DEFERRED|IMMEDIATE} alone. {@code owner} is the constraint it belongs to,
 * {@code startsWithDeferrable} whether it begins with [NOT] DEFERRABLE (SQLite's grammar wants that order),
 * {@code range} the clause's words.
 */
public record DeferrableClause(Owner owner, boolean startsWithDeferrable, SourceRange range) {

    /** The kind of constraint that carries the clause; {@code OTHER} for an index, EXCLUDE or ALTER CONSTRAINT. */
    public enum Owner {
        FOREIGN_KEY("foreign key"), UNIQUE("UNIQUE constraint"), PRIMARY_KEY("PRIMARY KEY constraint"),
        CHECK("CHECK constraint"), OTHER("constraint");

        private final String description;

        Owner(String description) {
            this.description = description;
        }

        /** How a message names it: "foreign key", "UNIQUE constraint", ... */
        public String description() {
            return description;
        }
    }
}
