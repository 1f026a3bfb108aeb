package io.github.dialectic.rules.constraints;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.DeferrableClause;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;

/**
 * Reads the timing clauses the reader records on CREATE and ALTER TABLE ({@link DeferrableClause}): SQLite's verdict
 * depends on which constraint carries the clause and on whether DEFERRABLE precedes INITIALLY.
 */
@RuleInfo(
        id = "deferrable-constraint",
        title = "DEFERRABLE / INITIALLY DEFERRED constraint",
        category = Category.CONSTRAINTS_AND_DEFAULTS,
        severity = Severity.ERROR,
        summary = "A constraint with [NOT] DEFERRABLE or INITIALLY DEFERRED/IMMEDIATE: PostgreSQL syntax that MySQL, "
                + "MariaDB and Db2 reject, and SQLite accepts only on foreign keys.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 manual, CREATE TABLE: no DEFERRABLE in the grammar; 'MySQL does not "
                                + "support deferred constraint checking' (FOREIGN KEY Constraints); ERROR 1064"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Executed on MariaDB 10.11: ERROR 1064 (42000) near 'deferrable', 'not "
                                + "deferrable' and 'initially deferred'"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite CREATE TABLE syntax: the deferrable clause belongs to foreign-key-clause "
                                + "only, and INITIALLY must follow [NOT] DEFERRABLE; executed on 3.54: 'near "
                                + "\"deferrable\": syntax error' on UNIQUE"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE, constraint-attributes: only [NOT] ENFORCED, [NOT] TRUSTED, "
                                + "ENABLE/DISABLE QUERY OPTIMIZATION; DEFERRABLE is a syntax error, SQL0104N, SQLSTATE "
                                + "42601")})
public final class DeferrableConstraint implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (DeferrableClause clause : change.deferrableClauses()) {
            boolean foreignKey = clause.owner() == DeferrableClause.Owner.FOREIGN_KEY;
            boolean sqliteAccepts = foreignKey && clause.startsWithDeferrable();
            SourceRange range = clause.range();
            String written = ctx.fileText().subSequence(range.start(), range.end()).toString().replaceAll("\\s+", " ");
            RuleContext.FindingBuilder f = ctx.report(range, written + " on a " + clause.owner().description()
                            + ": MySQL, MariaDB and Db2 have no deferrable constraints" + (sqliteAccepts ? ""
                            : "; SQLite accepts the clause only on a foreign key, starting with [NOT] DEFERRABLE"))
                    .fix("Drop the clause and order the statements so that every row is valid when written (insert "
                            + "parents first, delete children first); keep DEFERRABLE in a PostgreSQL-only migration "
                            + "if you need it.");
            if (sqliteAccepts) {
                f.only(Ddl.engines(ctx.lacking(Feature.DEFERRABLE_FOREIGN_KEYS)));
            }
            f.emit();
        }
    }
}
