package io.github.dialectic.rules.identifiers;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Target;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** PostgreSQL 15 reserved and type/function-name key words; each one below was refused as a column name on 15. */
    static final Set<String> POSTGRESQL = words("all analyse analyze any array asc authorization binary both case cast "
            + "check collation column concurrently constraint create cross current_date current_role current_time "
            + "current_timestamp current_user default deferrable desc distinct do else end except false fetch for "
            + "foreign freeze from full grant group having in initially inner intersect into is isnull join lateral "
            + "leading left like limit localtime localtimestamp natural not notnull null offset on only or order "
            + "overlaps placing primary references returning right select session_user similar some table "
            + "tablesample then to trailing true union unique user using variadic verbose when where window with");

    /** MariaDB 10.11 reserved words; each one was refused as a column name on 10.11. */
    static final Set<String> MARIADB = words("accessible add all alter analyze asc before between bigint binary blob "
            + "both by call cascade case change char character check column condition constraint continue create "
            + "cross current_date current_role current_time current_timestamp current_user cursor decimal declare "
            + "default delayed delete desc describe distinct div double drop dual else elseif enclosed escaped "
            + "except exists exit explain false fetch float for force foreign from fulltext group having "
            + "high_priority if ignore in index infile inner insert int integer intersect interval into is iterate "
            + "join key keys kill leading leave left like limit lines load localtime localtimestamp lock long loop "
            + "match maxvalue mod modifies natural not null numeric offset on optimize or order outfile over "
            + "partition precision primary procedure purge range read reads real recursive references regexp "
            + "release rename repeat replace require restrict return returning right rlike row_number rows select "
            + "sensitive separator set show signal smallint spatial sql starting straight_join table terminated "
            + "then trailing trigger true union unique unlock unsigned update usage using values varchar when "
            + "where while with write xor zerofill");

    /** MySQL 5.7 reserved words (documented; no MySQL server here): MariaDB's list without its own additions. */
    static final Set<String> MYSQL_57;

    /** Words MySQL 8.0 added to the reserved list (documented). */
    static final Set<String> MYSQL_80_ADDED = words("cume_dist dense_rank empty except first_value function grouping "
            + "groups json_table lag last_value lateral lead nth_value ntile of over percent_rank rank recursive row "
            + "rows row_number system window cube intersect");

    /** SQLite 3.54 keywords that cannot be names; each one was refused as a column name on 3.54. */
    static final Set<String> SQLITE = words("add all alter autoincrement between case check create default deferrable "
            + "delete distinct drop else escape except exists foreign from group having in index insert intersect "
            + "into is isnull join limit not nothing notnull null on or order primary references returning select "
            + "set table then to transaction union unique update using values when where");

    static {
        Set<String> mysql = new LinkedHashSet<>(MARIADB);
        // Reserved by MariaDB only (MariaDB 10.x additions), or added to MySQL in 8.0.
        mysql.removeAll(words("offset returning current_role over recursive row_number rows except intersect"));
        MYSQL_57 = Set.copyOf(mysql);
    }

    private static Set<String> words(String list) {
        return Set.of(list.split(" "));
    }

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
            List<Engine> engines = new ArrayList<>();
            for (Target t : ctx.targets()) {
                if (reserved(t, w)) {
                    engines.add(t.engine());
                }
            }
            if (engines.isEmpty()) {
                continue;
            }
            ctx.report(n.range(), n.what() + " name " + n.name().text() + " is a reserved word on "
                            + String.join(", ", engines.stream().map(Engine::displayName).toList()))
                    .only(engines.toArray(Engine[]::new))
                    .fix("Rename it (e.g. " + w + "_name, account_user, sort_order), or quote it everywhere it is used, "
                            + "knowing that the quote character differs (\"" + w + "\" vs `" + w + "`).")
                    .emit();
        }
    }

    static boolean reserved(Target t, String word) {
        return switch (t.engine()) {
            case POSTGRESQL -> POSTGRESQL.contains(word);
            case MARIADB -> MARIADB.contains(word);
            case MYSQL -> MYSQL_57.contains(word) || (t.atLeast("8.0") && MYSQL_80_ADDED.contains(word));
            case SQLITE -> SQLITE.contains(word);
            default -> false;
        };
    }
}
