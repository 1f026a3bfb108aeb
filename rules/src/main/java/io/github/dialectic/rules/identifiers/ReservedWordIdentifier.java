package io.github.dialectic.rules.identifiers;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RuleInfo(
        id = "reserved-word-identifier",
        title = "Unquoted table or column name that is a reserved word somewhere",
        category = Category.IDENTIFIERS,
        severity = Severity.ERROR,
        summary = "An unquoted table, column or index name that a targeted engine reserves (user on PostgreSQL, "
                + "key, range and rows on MariaDB, groups and window on MySQL 8.0, limit on SQLite ...).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "PostgreSQL Appendix C, SQL Key Words (reserved and 'reserved, can be function "
                                + "or type'): ERROR 42601 syntax error at or near the word"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 Keywords and Reserved Words (words marked R; 8.0 added GROUPS, "
                                + "WINDOW, RANK, ROWS, FUNCTION, SYSTEM, LATERAL, LEAD, LAG ...): ERROR 1064 (42000)"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "MariaDB Reserved Words: ERROR 1064 (42000), seen on 10.11"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite Keywords: the ones the parser cannot fall back on as names give "
                                + "'near \"limit\": syntax error', seen on 3.54")})
public final class ReservedWordIdentifier implements Rule {

    private record Named(String what, Name name, SourceRange range) {
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Named> names = new ArrayList<>();
        if (change instanceof Change.CreateTable ct) {
            names.add(new Named("table", ct.table().name(), ct.nameRange()));
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.RenameColumn rc) {
                    names.add(new Named("column", rc.to(), a.range()));
                } else if (a instanceof AlterAction.RenameTo rt) {
                    names.add(new Named("table", rt.newName().name(), a.range()));
                }
            }
        } else if (change instanceof Change.CreateIndex ci && ci.index().name() != null && ci.index().nameRange() != null) {
            names.add(new Named("index", ci.index().name(), ci.index().nameRange()));
        }
        for (Ddl.DeclaredColumn c : Ddl.columns(change)) {
            ColumnDef col = c.column();
            names.add(new Named("column", col.name(), col.nameRange() != null ? col.nameRange() : col.range()));
        }
        for (Named n : names) {
            if (n.name().quoted()) {
                continue;
            }
            String w = n.name().text().toLowerCase(Locale.ROOT);
            List<EngineProfile> reserving = ctx.profiles().stream().filter(p -> p.reserves(w)).toList();
            if (reserving.isEmpty()) {
                continue;
            }
            ctx.report(n.range(), n.what() + " name " + n.name().text() + " is a reserved word on "
                            + String.join(", ", reserving.stream().map(p -> p.engine().displayName()).toList()))
                    .only(Profiles.engines(reserving))
                    .fix("Rename it (e.g. " + w + "_name, account_user, sort_order), or quote it everywhere it is used, "
                            + "knowing that the quote character differs (\"" + w + "\" vs `" + w + "`).")
                    .emit();
        }
    }
}
