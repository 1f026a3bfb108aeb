package io.github.dialectic.rules.nulls;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.schema.Names;

import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "pk-column-declared-null",
        title = "PRIMARY KEY column explicitly declared NULL",
        category = Category.NULLS_AND_UNIQUENESS,
        severity = Severity.ERROR,
        summary = "A column written NULL that belongs to the PRIMARY KEY declared in the same statement.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED, versions = ">=5.7",
                        reference = "MySQL 8.4 manual, CREATE TABLE: ERROR 1171 (42000) All parts of a PRIMARY KEY "
                                + "must be NOT NULL; if you need NULL in a key, use UNIQUE instead (since 5.7.3)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "Executed on MariaDB 10.11: accepted, the column is made NOT NULL "
                                + "(information_schema.COLUMNS.IS_NULLABLE = 'NO'; inserting NULL fails with ERROR 1048)"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.DIFFERENT,
                        reference = "PostgreSQL CREATE TABLE: PRIMARY KEY forces the columns NOT NULL; executed on 15: "
                                + "accepted, is_nullable = 'NO', inserting NULL fails with 23502; on 18.6 the same for "
                                + "a table PRIMARY KEY (...) constraint"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED, versions = ">=18",
                        reference = "Run on PostgreSQL 18.6 (embedded): a column declared NULL with an inline PRIMARY "
                                + "KEY, in CREATE TABLE or ADD COLUMN, fails with 'conflicting NULL/NOT NULL "
                                + "declarations'")})
public final class PrimaryKeyColumnDeclaredNull implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        List<ColumnDef> columns = new ArrayList<>();
        List<Name> pk = new ArrayList<>();
        QualifiedName table;
        if (change instanceof Change.CreateTable ct) {
            table = ct.table();
            columns.addAll(ct.columns());
            for (ConstraintDef k : ct.constraints()) {
                if (k instanceof PrimaryKeyDef p) {
                    pk.addAll(p.columns());
                }
            }
        } else if (change instanceof Change.AlterTable at) {
            table = at.table();
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add) {
                    columns.add(add.column());
                } else if (a instanceof AlterAction.AddConstraint add && add.constraint() instanceof PrimaryKeyDef p) {
                    pk.addAll(p.columns());
                }
            }
        } else {
            return;
        }
        for (ColumnDef c : columns) {
            if (c.nullability() == ColumnDef.Nullability.NULL && (c.primaryKey() || Names.contains(pk, c.name()))) {
                List<EngineProfile> refusing = c.primaryKey() ? ctx.profiles().stream()
                        .filter(p -> p.supports(Feature.INLINE_PRIMARY_KEY_REFUSES_NULL)).toList() : List.of();
                RuleContext.FindingBuilder finding = ctx.report(c.range(), "column " + table + "." + c.name()
                        + " is declared NULL but belongs to the PRIMARY KEY: MySQL refuses it, PostgreSQL and MariaDB "
                        + "silently make it NOT NULL" + (refusing.isEmpty() ? ""
                        : "; written inline, " + Profiles.sentence(refusing) + " at this version refuse"
                        + (refusing.size() == 1 ? "s" : "") + " it outright"));
                // the inline form is refused where the profile says so; a table PRIMARY KEY constraint is not
                for (EngineProfile p : ctx.profiles()) {
                    if (p.supports(Feature.INLINE_PRIMARY_KEY_REFUSES_NULL)) {
                        finding.effect(p.engine(), c.primaryKey() ? Effect.REJECTED : Effect.DIFFERENT);
                    }
                }
                finding.fix("Declare " + c.name() + " NOT NULL; if the column must hold NULL, keep it out of the "
                                + "primary key (a surrogate key plus a UNIQUE constraint or index).")
                        .emit();
            }
        }
    }
}
