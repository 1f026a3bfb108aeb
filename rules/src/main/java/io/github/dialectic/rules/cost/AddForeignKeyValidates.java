package io.github.dialectic.rules.cost;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;

@RuleInfo(
        id = "add-foreign-key-validates",
        title = "ADD FOREIGN KEY on an existing table checks every row under a lock",
        category = Category.COST,
        severity = Severity.WARNING,
        reads = Reads.FILE_HISTORY,
        summary = "ALTER TABLE ... ADD FOREIGN KEY without NOT VALID: PostgreSQL scans the child table while holding "
                + "SHARE ROW EXCLUSIVE locks on both tables; MySQL/MariaDB copy the table unless foreign_key_checks=0.",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.COSTLY,
                        reference = "PostgreSQL 15 ALTER TABLE ADD table_constraint [NOT VALID]; run here: "
                                + "ShareRowExclusiveLock on child and parent for the whole validation"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.COSTLY,
                        reference = "MySQL 8.4 Online DDL, foreign key operations: 'The INPLACE algorithm is "
                                + "supported when foreign_key_checks is disabled. Otherwise, only the COPY algorithm "
                                + "is supported'"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.COSTLY,
                        reference = "Run on MariaDB 10.11: ADD FOREIGN KEY ..., ALGORITHM=INPLACE fails with ERROR "
                                + "1846 'Adding foreign keys needs foreign_key_checks=OFF'")})
public final class AddForeignKeyValidates implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at) || at.foreignKeysAdded().isEmpty()
                || FreshTables.createdEmptyInThisFile(ctx, at.table())) {
            return;
        }
        for (AlterAction a : at.actions()) {
            if (!(a instanceof AlterAction.AddConstraint ac) || !(ac.constraint() instanceof ForeignKeyDef fk)) {
                continue;
            }
            String name = fk.name() == null ? "fk" : fk.name().toString();
            var finding = ctx.report(fk.range(), "adding foreign key " + (fk.name() == null ? "" : fk.name() + " ")
                            + "from " + at.table() + " to " + fk.parentTable() + " checks every existing row: "
                            + (ac.notValid() ? "MySQL/MariaDB copy the table"
                            : "PostgreSQL blocks writes to both tables while it scans, MySQL/MariaDB copy the table"))
                    .fix("PostgreSQL: ADD CONSTRAINT " + name + " FOREIGN KEY ... NOT VALID, then in a later "
                            + "statement ALTER TABLE " + at.table() + " VALIDATE CONSTRAINT " + name + " on PostgreSQL "
                            + "(which does not block writes). MySQL/MariaDB: SET foreign_key_checks = 0 around the ALTER (rows are "
                            + "then not checked: check them yourself) or use an online schema-change tool.");
            if (ac.notValid()) {
                finding.only(Ddl.engines(ctx.lacking(Feature.FK_NOT_VALID)));
            }
            finding.emit();
        }
    }
}
