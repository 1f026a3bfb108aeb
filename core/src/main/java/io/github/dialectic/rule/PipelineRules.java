package io.github.dialectic.rule;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;

import java.util.List;

/**
 * Findings the pipeline itself produces: statements it could not parse, suppressions that name unknown rules or
 * suppress nothing, rules that ran out of time, and quotes or comments never closed. They have ids, severities and doc
 * pages like any rule; only the last makes claims about engines.
 */
public final class PipelineRules {
    public static final String UNPARSED_STATEMENT = "unparsed-statement";
    public static final String UNKNOWN_SUPPRESSION = "unknown-suppression";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";
    /** What to do about an unused suppression, wherever it is found (the lint, a rehearsal's cross-check). */
    public static final String UNUSED_SUPPRESSION_FIX = "Remove the comment, or move it next to the statement.";
    public static final String RULE_TIME_LIMIT = "rule-time-limit";
    public static final String UNTERMINATED_QUOTE_OR_COMMENT = "unterminated-quote-or-comment";
    /** A Liquibase changeset's preconditions, which a lint without a database cannot evaluate (dialectic-liquibase). */
    public static final String LIQUIBASE_PRECONDITION_SKIPPED = "liquibase-precondition-skipped";
    /** A change Liquibase refuses for an engine, or cannot turn into SQL offline (dialectic-liquibase). */
    public static final String LIQUIBASE_CHANGE_REFUSED = "liquibase-change-refused";
    public static final String VENDOR_SET_DRIFT = "vendor-set-drift";
    /** A statement a rehearsal's engine refused that no rule said it rejects (dialectic-rehearse). */
    public static final String ENGINE_REJECTED = "engine-rejected";
    /** A statement a rule said an engine rejects, which a rehearsal on that engine ran (dialectic-rehearse). */
    public static final String ENGINE_ACCEPTED = "engine-accepted";

    /**
     * Whether only a rehearsal reports findings of this rule: a plain lint neither reports a suppression of it as
     * unused nor can it; the rehearsal's cross-check applies and checks those suppressions.
     */
    public static boolean fromRehearsal(String id) {
        return ENGINE_REJECTED.equals(id) || ENGINE_ACCEPTED.equals(id);
    }

    static final List<RuleDescriptor> DESCRIPTORS = List.of(
            new RuleDescriptor(UNPARSED_STATEMENT, "Statement Dialectic could not parse", Category.PIPELINE,
                    Severity.INFO, "A statement neither JSqlParser nor Dialectic's DDL reader understood; no rule "
                    + "checked it, and the schema replay did not see what it changes.", List.of()),
            new RuleDescriptor(UNKNOWN_SUPPRESSION, "Suppression names an unknown rule", Category.PIPELINE,
                    Severity.WARNING, "A dialectic:ignore comment names a rule id that does not exist "
                    + "(a typo suppresses nothing).", List.of()),
            new RuleDescriptor(UNUSED_SUPPRESSION, "Suppression suppressed nothing", Category.PIPELINE,
                    Severity.WARNING, "A dialectic:ignore comment matched no finding: the problem is gone or the "
                    + "comment is not next to the statement it means.", List.of()),
            new RuleDescriptor(VENDOR_SET_DRIFT, "Engines' migration folders create different tables or columns",
                    Category.PIPELINE, Severity.WARNING, "With a migration folder per engine (Spring Boot's "
                    + "db/migration/{vendor}), a table or column exists after one engine's migrations but not after "
                    + "another's: the application meets a different schema on each engine.", List.of()),
            new RuleDescriptor(RULE_TIME_LIMIT, "Rule ran past its time limit on a statement", Category.PIPELINE,
                    Severity.WARNING, "A rule took longer than its bound on one statement (5 s by default): it was "
                    + "stopped there, so its check of that statement may be incomplete; the run went on.", List.of()),
            new RuleDescriptor(UNTERMINATED_QUOTE_OR_COMMENT, "String, quoted identifier, dollar quote or comment "
                    + "never closed", Category.PIPELINE, Severity.ERROR, "A string, quoted identifier, dollar quote or "
                    + "block comment whose closing delimiter never comes: it takes the rest of the file along. Reported "
                    + "at its opening; the statement holding it is not analysed.", List.of(
                    rejected(Engine.POSTGRESQL, "Verified on PostgreSQL 15: ERROR 42601 unterminated quoted string / "
                            + "quoted identifier / dollar-quoted string / /* comment at or near ..."),
                    rejected(Engine.MARIADB, "Verified on MariaDB 10.11: ERROR 1064 (42000) You have an error in your "
                            + "SQL syntax ... near ''abc' (strings, identifiers and /* comments alike)"),
                    rejected(Engine.MYSQL, "MySQL 8.4 Reference Manual, 11.1.1 String Literals and 11.7 Comments; "
                            + "ER_PARSE_ERROR 1064 as MariaDB gives (not executed here: no MySQL server)"),
                    rejected(Engine.SQLITE, "Verified on SQLite 3.54: unrecognized token: \"'abc\" (strings, quoted "
                            + "identifiers); an unclosed /* comment is accepted and ends the input (different)"),
                    rejected(Engine.DB2, "Db2 11.5 SQL0010N: the string constant beginning with ... does not have an "
                            + "ending string delimiter, SQLSTATE 42603; an unclosed comment: SQL0104N, SQLSTATE 42601 "
                            + "(not executed here)"))),
            new RuleDescriptor(LIQUIBASE_PRECONDITION_SKIPPED, "Liquibase preconditions not evaluated",
                    Category.PIPELINE, Severity.INFO, "A changeset (or changelog) has preconditions; without a database "
                    + "they cannot be evaluated, so its changes were linted as if they hold.", List.of()),
            new RuleDescriptor(LIQUIBASE_CHANGE_REFUSED, "Liquibase refuses a change for an engine", Category.PIPELINE,
                    Severity.ERROR, "Liquibase's validation refuses a change for a target engine (e.g. "
                    + "addUniqueConstraint on SQLite), so the update fails there; or Liquibase cannot generate its SQL "
                    + "offline (a warning: the change was not checked for that engine).", List.of()),
            new RuleDescriptor(ENGINE_REJECTED, "An engine rejected a statement no rule flagged", Category.PIPELINE,
                    Severity.ERROR, "Rehearsed on a real engine, this statement failed, and no rule reported that the "
                    + "engine rejects it: the engine's own message says why. A gap in Dialectic's rules, found by your "
                    + "migrations.", List.of()),
            new RuleDescriptor(ENGINE_ACCEPTED, "An engine accepted a statement a rule said it rejects",
                    Category.PIPELINE, Severity.WARNING, "Rehearsed on a real engine, this statement ran, although a "
                    + "rule reported that the engine rejects it: a false alarm of that rule for the engine's version.",
                    List.of()));

    private static Claim rejected(Engine engine, String reference) {
        return new Claim(engine, Effect.REJECTED, "", reference);
    }

    private PipelineRules() {
    }
}
