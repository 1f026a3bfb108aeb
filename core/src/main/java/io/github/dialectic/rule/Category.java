package io.github.dialectic.rule;

/** The topics of the rule catalogue; each rule belongs to one. */
public enum Category {
    NULLS_AND_UNIQUENESS("NULLs and uniqueness"),
    FOREIGN_KEYS("Foreign keys"),
    ALTER_TABLE("ALTER TABLE"),
    TRANSACTIONS("Transactions"),
    IDENTIFIERS("Identifiers"),
    TYPES("Types"),
    INDEXES("Indexes"),
    CONSTRAINTS_AND_DEFAULTS("Constraints and defaults"),
    SYNTAX("Syntax only one engine accepts"),
    COST("Cost: rewrites and locks"),
    PIPELINE("Dialectic itself");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    /** The heading the rule index uses. */
    public String title() {
        return title;
    }
}
