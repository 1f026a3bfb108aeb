package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.ReferentialAction;
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
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.schema.Names;

@RuleInfo(
        id = "fk-set-default",
        title = "ON DELETE / ON UPDATE SET DEFAULT in a foreign key",
        category = Category.FOREIGN_KEYS,
        severity = Severity.ERROR,
        summary = "A foreign key whose ON DELETE or ON UPDATE action is SET DEFAULT.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 manual, FOREIGN KEY Constraints, Referential Actions: SET DEFAULT is "
                                + "recognized by the parser, but InnoDB rejects table definitions containing ON DELETE "
                                + "SET DEFAULT or ON UPDATE SET DEFAULT"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "Executed on MariaDB 10.11: accepted, stored as RESTRICT "
                                + "(information_schema.REFERENTIAL_CONSTRAINTS.DELETE_RULE = 'RESTRICT'); deleting a "
                                + "referenced parent row fails with ERROR 1451 instead of setting the default"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE, references-clause: ON DELETE {NO ACTION | RESTRICT | "
                                + "CASCADE | SET NULL}; SET DEFAULT is a syntax error, SQL0104N, SQLSTATE 42601")})
public final class ForeignKeySetDefault implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        QualifiedName table = DeclaredForeignKeys.table(change);
        for (ForeignKeyDef fk : DeclaredForeignKeys.of(change)) {
            if (fk.onDelete() == ReferentialAction.SET_DEFAULT) {
                RuleContext.FindingBuilder f = report(ctx, table, fk, "ON DELETE", fk.onDeleteRange(),
                        "MySQL/InnoDB and Db2 refuse it");
                DeclaredForeignKeys.ignoredInline(ctx, fk, f, Profiles.engines(ctx.profiles()));
                f.emit();
            }
            if (fk.onUpdate() == ReferentialAction.SET_DEFAULT) {
                // An engine with no ON UPDATE action but NO ACTION/RESTRICT (Db2): fk-on-update-action reports that.
                Engine[] affected = Profiles.supporting(ctx, Feature.FK_ON_UPDATE_ACTIONS);
                RuleContext.FindingBuilder f = report(ctx, table, fk, "ON UPDATE", fk.onUpdateRange(),
                        "MySQL/InnoDB refuses it").only(affected);
                DeclaredForeignKeys.ignoredInline(ctx, fk, f, affected);
                f.emit();
            }
        }
    }

    private static RuleContext.FindingBuilder report(RuleContext ctx, QualifiedName table, ForeignKeyDef fk,
                                                     String clause, SourceRange range, String refused) {
        return ctx.report(range != null ? range : fk.range(), "foreign key " + table + " (" + Names.join(fk.columns())
                        + ") -> " + fk.parentTable() + " uses " + clause + " SET DEFAULT: MariaDB keeps it as RESTRICT, "
                        + refused + (fk.inline() ? " (MySQL before 9.0 ignores an inline REFERENCES: no foreign key "
                        + "at all)" : ""))
                .fix("Use " + clause + " SET NULL (with a nullable column) or NO ACTION, and set the default value "
                        + "in the application or in the statement that deletes the parent.");
    }
}
