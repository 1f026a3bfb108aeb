package io.github.dialectic.rules.types;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@RuleInfo(
        id = "column-count-limit",
        title = "Table with more columns than an engine allows",
        category = Category.TYPES,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A CREATE TABLE, or an ALTER TABLE adding columns, that leaves a table with more columns than a "
                + "targeted engine allows (PostgreSQL 1600, MySQL/MariaDB with InnoDB 1017, SQLite 2000, Db2 1012).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Executed on PostgreSQL 15: 1601 columns, ERROR 54011 tables can have at most "
                                + "1600 columns"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Executed on MariaDB 10.11 (InnoDB): 1018 columns, ERROR 1005 errno 185 \"Too "
                                + "many columns\"; 4096: ERROR 1117"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 manual, Limits on Table Column Count: 4096 per table, InnoDB 1017; "
                                + "ERROR 1117 Too many columns (not executed here)"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Executed on SQLite 3.54: 2001 columns, 'too many columns on t' "
                                + "(SQLITE_MAX_COLUMN, 2000 by default)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL and XML limits: 1012 columns in a table; SQL0680N, SQLSTATE 54011 "
                                + "(not executed here)")})
public final class ColumnCountLimit implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.CreateTable || change instanceof Change.AlterTable)) {
            return; // most statements: spared the profiles' questions
        }
        // counted first, the profiles sorted and the ranges listed only past the smallest limit: every table
        // statement passes here, on the ordered walk, and none of a usual history comes near a limit
        QualifiedName name;
        int before;
        int added;
        Table table = null;
        if (change instanceof Change.CreateTable ct) {
            name = ct.table();
            before = 0;
            added = ct.columns().size();
        } else {
            Change.AlterTable at = (Change.AlterTable) change;
            name = at.table();
            table = ctx.schema().table(at.table()).orElse(null);
            if (table == null || !table.complete()) {
                return; // a table the migrations did not create: its column count is unknown
            }
            before = table.columnCount();
            added = 0;
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add && table.column(add.column().name()).isEmpty()) {
                    added++;
                } else if (a instanceof AlterAction.DropColumn) {
                    before--;
                }
            }
        }
        if (added == 0) {
            return; // nothing added here: reported where the columns were added
        }
        List<EngineProfile> limited = null;
        for (EngineProfile p : ctx.profiles()) {
            if (p.maxColumns() > 0 && before + added > p.maxColumns()) {
                limited = new ArrayList<>();
                break;
            }
        }
        if (limited == null) {
            return;
        }
        for (EngineProfile p : ctx.profiles()) {
            if (p.maxColumns() > 0) {
                limited.add(p);
            }
        }
        limited.sort(Comparator.comparingInt(EngineProfile::maxColumns));
        List<SourceRange> ranges = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                ranges.add(c.range());
            }
        } else {
            for (AlterAction a : ((Change.AlterTable) change).actions()) {
                if (a instanceof AlterAction.AddColumn add && table.column(add.column().name()).isEmpty()) {
                    ranges.add(a.range());
                }
            }
        }
        report(ctx, name, before, ranges, limited);
    }

    /** {@code existing} columns plus {@code added} ones; reported at the first column past the smallest limit exceeded. */
    private static void report(RuleContext ctx, QualifiedName table, int existing, List<SourceRange> added,
                               List<EngineProfile> limited) {
        int total = existing + added.size();
        if (added.isEmpty()) {
            return; // nothing added here: reported where the columns were added
        }
        List<EngineProfile> exceeded = limited.stream().filter(p -> total > p.maxColumns()).toList();
        if (exceeded.isEmpty()) {
            return;
        }
        int firstTooMany = Math.max(0, exceeded.get(0).maxColumns() - existing);
        List<String> limits = exceeded.stream().map(p -> p.engine().displayName() + " " + p.maxColumns()).toList();
        ctx.report(added.get(Math.min(firstTooMany, added.size() - 1)), "table " + table + " has " + total
                        + " columns; at most: " + String.join(", ", limits))
                .only(Profiles.engines(exceeded))
                .fix("Split the table in two with a one-to-one key (rarely used columns in the second), or store "
                        + "sparse attributes as rows or in a JSON column.")
                .emit();
    }
}
