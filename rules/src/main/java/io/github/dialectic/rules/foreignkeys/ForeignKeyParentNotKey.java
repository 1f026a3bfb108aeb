package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.schema.Key;
import io.github.dialectic.schema.Names;
import io.github.dialectic.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "fk-parent-not-key",
        title = "Foreign key whose parent columns are not a PRIMARY KEY or UNIQUE constraint",
        category = Category.FOREIGN_KEYS,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A foreign key referencing columns that are covered only by a unique index, a non-unique index, "
                + "or nothing, instead of a declared PRIMARY KEY or UNIQUE constraint.",
        effects = {
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "SQL0573N, SQLSTATE 42890: a column list specified in the references clause does "
                                + "not identify a unique constraint of the parent table (Db2 11.5 message reference)"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "ERROR 42830: there is no unique constraint matching given keys for referenced "
                                + "table (when no unique index covers the columns either)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED, versions = ">=8.4",
                        reference = "ERROR 6125: Failed to add the foreign key constraint. Missing unique key "
                                + "(restrict_fk_on_non_standard_key=ON by default from 8.4)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.DIFFERENT, versions = "<8.4",
                        reference = "MySQL 8.0 manual, FOREIGN KEY constraints: a non-unique parent key is a "
                                + "non-standard extension"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "MariaDB accepts any index whose leftmost columns are the parent columns"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.DIFFERENT,
                        reference = "SQLite foreign keys, section 3: 'foreign key mismatch' is raised at DML time, "
                                + "not at CREATE TABLE")})
public final class ForeignKeyParentNotKey implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        for (ForeignKeyDef fk : change.foreignKeysAdded()) {
            if (change instanceof Change.CreateTable ct && fk.parentTable().name().sameAs(ct.table().name())) {
                checkSelfReference(ctx, ct, fk); // checked against the table being created
            } else {
                checkAgainst(ctx, ctx.schema().table(fk.parentTable()), fk);
            }
        }
    }

    private void checkSelfReference(RuleContext ctx, Change.CreateTable ct, ForeignKeyDef fk) {
        List<Name> parentCols = fk.parentColumns();
        boolean key = false;
        for (ColumnDef c : ct.columns()) {
            if ((c.primaryKey() || c.unique()) && parentCols.size() == 1 && parentCols.get(0).sameAs(c.name())) {
                key = true;
            }
        }
        for (ConstraintDef k : ct.constraints()) {
            if ((k instanceof PrimaryKeyDef || k instanceof UniqueDef)
                    && (parentCols.isEmpty() ? k instanceof PrimaryKeyDef : Names.sameSet(k.columns(), parentCols))) {
                key = true;
            }
        }
        if (!key && !parentCols.isEmpty()) {
            RuleContext.FindingBuilder finding = ctx.report(fk.range(), "foreign key on " + ct.table() + " ("
                            + Names.join(fk.columns()) + ") references " + ct.table() + " (" + Names.join(parentCols)
                            + "), which is not a PRIMARY KEY or UNIQUE constraint")
                    .fix(fixFor(ctx, ct.table().toString(), parentCols));
            DeclaredForeignKeys.ignoredInline(ctx, fk, finding, Profiles.engines(ctx.profiles()));
            finding.emit();
        }
    }

    private void checkAgainst(RuleContext ctx, Optional<Table> parentTable, ForeignKeyDef fk) {
        if (parentTable.isEmpty() || !parentTable.get().complete()) {
            return; // the parent predates the migrations we were given: nothing to conclude
        }
        Table parent = parentTable.get();
        List<Name> cols = fk.parentColumns();
        if (cols.isEmpty()) {
            Optional<Key> pk = parent.primaryKey();
            if (pk.isPresent()) {
                return;
            }
            ctx.report(fk.range(), "foreign key references " + parent.name() + " without columns, but "
                            + parent.name() + " has no PRIMARY KEY")
                    .fix("Name the parent columns and declare them PRIMARY KEY or UNIQUE.")
                    .emit();
            return;
        }
        if (parent.hasKeyConstraintOn(cols)) {
            return;
        }
        String what;
        RuleContext.FindingBuilder finding;
        Engine[] affected = Profiles.engines(ctx.profiles());
        String where = parent.name() + " (" + Names.join(cols) + ")";
        if (parent.hasUniqueIndexOn(cols)) {
            what = "is covered by a unique index, not a PRIMARY KEY or UNIQUE constraint";
            affected = Profiles.lacking(ctx, Feature.FK_PARENT_UNIQUE_INDEX);
            finding = ctx.report(fk.range(), "foreign key references " + where + ", which " + what).only(affected);
        } else if (parent.hasIndexWithLeftmost(cols)) {
            what = "is covered only by a non-unique index";
            finding = ctx.report(fk.range(), "foreign key references " + where + ", which " + what);
        } else {
            what = "has no unique key or index";
            finding = ctx.report(fk.range(), "foreign key references " + where + ", which " + what);
            // An engine that takes a non-unique parent index (InnoDB) still needs at least an index: it refuses.
            for (EngineProfile p : ctx.profiles()) {
                if (p.supports(Feature.FK_PARENT_NON_UNIQUE_INDEX)) {
                    finding.effect(p.engine(), Effect.REJECTED);
                }
            }
        }
        DeclaredForeignKeys.ignoredInline(ctx, fk, finding, affected);
        finding.fix(fixFor(ctx, parent.name().toString(), cols)).emit();
    }

    /** The key to declare, in the form each target has (SQLite adds no constraint to a table: a unique index). */
    private static String fixFor(RuleContext ctx, String table, List<Name> cols) {
        String name = "uq_" + table.replace('.', '_') + "_" + cols.get(0);
        List<EngineProfile> constraint = ctx.profiles().stream()
                .filter(p -> p.supports(Feature.ALTER_ADD_KEY_CONSTRAINT)).toList();
        List<EngineProfile> index = ctx.profiles().stream()
                .filter(p -> !p.supports(Feature.ALTER_ADD_KEY_CONSTRAINT)).toList();
        List<String> forms = new ArrayList<>();
        if (!constraint.isEmpty()) {
            forms.add(Profiles.names(constraint, ", ") + ": ALTER TABLE " + table + " ADD CONSTRAINT " + name
                    + " UNIQUE (" + Names.join(cols) + ") (its columns NOT NULL for Db2)");
        }
        if (!index.isEmpty()) {
            forms.add(Profiles.names(index, ", ") + ": CREATE UNIQUE INDEX " + name + " ON " + table + " ("
                    + Names.join(cols) + ")");
        }
        return "Declare the parent columns as a key; " + String.join("; ", forms)
                + "; or reference the primary key instead.";
    }
}
