package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.Table;


@RuleInfo(
        id = "fk-name-reused",
        title = "The same foreign key name on two tables",
        category = Category.FOREIGN_KEYS,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A foreign key constraint named like a foreign key of another table: legal where constraint names "
                + "are per table, a clash where they are per database.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 manual, FOREIGN KEY Constraints, Identifiers: the CONSTRAINT symbol "
                                + "must be unique per database; a duplicate fails with ERROR 1826 / errno 121"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED, versions = "<12.1",
                        reference = "Executed on MariaDB 10.11: ERROR 1005 (HY000): Can't create table ... "
                                + "(errno: 121 \"Duplicate key on write or update\"); MariaDB 12.1 Changes & "
                                + "Improvements: foreign key constraint names need no longer be unique per database, "
                                + "only per table")})
public final class ForeignKeyNameReused implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        QualifiedName table = DeclaredForeignKeys.table(change);
        for (ForeignKeyDef fk : DeclaredForeignKeys.of(change)) {
            if (fk.name() == null) {
                continue;
            }
            Table owner = null; // a loop, not a stream: every named foreign key passes here, on the ordered walk
            for (Table t : ctx.schema().tablesWithForeignKey(fk.name())) {
                if (!t.name().name().sameAs(table.name())) {
                    owner = t;
                    break;
                }
            }
            if (owner == null) {
                continue;
            }
            ctx.report(fk.range(), "foreign key name " + fk.name() + " on " + table + " is already used by a foreign "
                            + "key of " + owner.name() + ": MySQL and MariaDB (before 12.1) name foreign keys per database")
                    .fix("Name foreign keys after their table and columns, e.g. fk_" + table.name().text() + "_"
                            + String.join("_", fk.columns().stream().map(n -> n.text()).toList()) + ".")
                    .emit();
        }
    }
}
