package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
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
import io.github.dialectic.schema.Column;
import io.github.dialectic.schema.Key;
import io.github.dialectic.schema.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "fk-type-mismatch",
        title = "Foreign key column type differs from the parent column",
        category = Category.FOREIGN_KEYS,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A foreign key column whose type differs from the referenced column: integer size or sign, "
                + "DECIMAL precision, string type or length, or a different type family.",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 manual, FOREIGN KEY Constraints, Conditions and Restrictions: the size "
                                + "and sign of fixed precision types such as INTEGER and DECIMAL must be the same; "
                                + "ERROR 3780 (HY000) otherwise"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Executed on MariaDB 10.11: INT -> BIGINT, SMALLINT -> INT, INT UNSIGNED -> INT, "
                                + "VARCHAR -> INT and DECIMAL -> INT fail with errno 150 \"Foreign key constraint is "
                                + "incorrectly formed\"; DECIMAL precisions, VARCHAR lengths and CHAR/VARCHAR may differ"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Executed on PostgreSQL 15: ERROR 42804 foreign key constraint cannot be "
                                + "implemented, key columns are of incompatible types (numeric and integer, character "
                                + "varying and integer); integers of different sizes are accepted"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 SQL0538N, SQLSTATE 42830: the foreign key does not conform to the "
                                + "description of the parent key (identical data type and length attribute required)")})
public final class ForeignKeyTypeMismatch implements Rule {

    private static final Map<String, Integer> INTEGERS = Map.of("TINYINT", 1, "SMALLINT", 2, "MEDIUMINT", 3,
            "INT", 4, "INTEGER", 4, "BIGINT", 8);

    private enum Family { INTEGER, DECIMAL, STRING }

    @Override
    public void check(Change change, RuleContext ctx) {
        QualifiedName table = DeclaredForeignKeys.table(change);
        List<ForeignKeyDef> fks = table == null ? List.of() : DeclaredForeignKeys.of(change);
        if (fks.isEmpty()) {
            return; // most tables and ALTER TABLEs declare no foreign key: spared the map of their columns
        }
        Map<String, DataType> here = new HashMap<>();
        if (change instanceof Change.CreateTable ct) {
            ct.columns().forEach(c -> here.put(c.name().key(), c.type()));
        } else if (change instanceof Change.AlterTable at) {
            for (AlterAction a : at.actions()) {
                if (a instanceof AlterAction.AddColumn add) {
                    here.put(add.column().name().key(), add.column().type());
                }
            }
        }
        Optional<Table> self = ctx.schema().table(table);
        for (ForeignKeyDef fk : fks) {
            boolean selfRef = fk.parentTable().name().sameAs(table.name());
            Optional<Table> parent = ctx.schema().table(fk.parentTable());
            if (!selfRef && (parent.isEmpty() || !parent.get().complete())) {
                continue;
            }
            List<Name> parentCols = fk.parentColumns();
            if (parentCols.isEmpty()) {
                if (selfRef || parent.get().primaryKey().isEmpty()) {
                    continue;
                }
                parentCols = parent.get().primaryKey().map(Key::columns).orElse(List.of());
            }
            if (parentCols.size() != fk.columns().size()) {
                continue;
            }
            for (int i = 0; i < parentCols.size(); i++) {
                DataType child = typeOf(fk.columns().get(i), here, self);
                DataType parentType = selfRef && here.containsKey(parentCols.get(i).key())
                        ? here.get(parentCols.get(i).key()) : typeOf(parentCols.get(i), Map.of(), parent);
                if (child != null && parentType != null) {
                    compare(ctx, fk, table, fk.columns().get(i), child, parentCols.get(i), parentType);
                }
            }
        }
    }

    private static DataType typeOf(Name col, Map<String, DataType> here, Optional<Table> table) {
        if (here.containsKey(col.key())) {
            return here.get(col.key());
        }
        return table.flatMap(t -> t.column(col)).map(Column::type).orElse(null);
    }

    private static void compare(RuleContext ctx, ForeignKeyDef fk, QualifiedName table, Name childCol, DataType child,
                                Name parentCol, DataType parent) {
        Family cf = family(child);
        Family pf = family(parent);
        if (cf == null || pf == null) {
            return;
        }
        RuleContext.FindingBuilder f;
        String where = table + "." + childCol + " " + child.written() + " references " + fk.parentTable() + "."
                + parentCol + " " + parent.written();
        if (cf != pf) {
            f = ctx.report(fk.range(), "foreign key column " + where + ": the types are not comparable");
        } else if (cf == Family.INTEGER && (isSerial(child) || isSerial(parent))) {
            // SERIAL means another integer on each engine: compare what it is on each target
            List<EngineProfile> differing = ctx.profiles().stream()
                    .filter(p -> !p.supports(Feature.FK_MIXED_INTEGER_TYPES) && p.supports(Feature.SERIAL_TYPE))
                    .filter(p -> !integer(child, p).equals(integer(parent, p))).toList();
            if (differing.isEmpty()) {
                return;
            }
            f = ctx.report(fk.range(), "foreign key column " + where + ": integer size or sign differs on "
                            + Profiles.sentence(differing) + ", where SERIAL is BIGINT UNSIGNED")
                    .only(Profiles.engines(differing));
        } else if (cf == Family.INTEGER) {
            if (INTEGERS.get(child.name()).equals(INTEGERS.get(parent.name())) && child.unsigned() == parent.unsigned()) {
                return;
            }
            f = ctx.report(fk.range(), "foreign key column " + where + ": integer size or sign differs")
                    .only(Profiles.lacking(ctx, Feature.FK_MIXED_INTEGER_TYPES));
        } else if (cf == Family.DECIMAL) {
            if (child.arguments().equals(parent.arguments())) {
                return;
            }
            f = ctx.report(fk.range(), "foreign key column " + where + ": precision or scale differs")
                    .only(Profiles.lacking(ctx, Feature.FK_MIXED_DECIMAL_TYPES));
        } else {
            if (baseString(child).equals(baseString(parent)) && child.length() == parent.length()) {
                return;
            }
            f = ctx.report(fk.range(), "foreign key column " + where + ": string type or length differs")
                    .only(Profiles.lacking(ctx, Feature.FK_MIXED_STRING_TYPES));
        }
        f.fix("Declare " + childCol + " exactly as " + fk.parentTable() + "." + parentCol + " is declared: "
                + parent.written() + ".").emit();
    }

    private static boolean isSerial(DataType t) {
        return t.is("SERIAL", "BIGSERIAL", "SMALLSERIAL");
    }

    /** Size in bytes and sign of an integer type as {@code profile}'s engine reads it ("8u" for BIGINT UNSIGNED). */
    private static String integer(DataType t, EngineProfile profile) {
        if (t.is("SERIAL") && profile.supports(Feature.SERIAL_IS_BIGINT_UNSIGNED)) {
            return "8u";
        }
        int size = t.is("SERIAL") ? 4 : t.is("BIGSERIAL") ? 8 : t.is("SMALLSERIAL") ? 2 : INTEGERS.get(t.name());
        return size + (t.unsigned() ? "u" : "");
    }

    private static Family family(DataType t) {
        if (t == null) {
            return null;
        }
        if (INTEGERS.containsKey(t.name()) || isSerial(t)) {
            return Family.INTEGER;
        }
        if (t.is("DECIMAL", "NUMERIC", "DEC")) {
            return Family.DECIMAL;
        }
        if (t.is("CHAR", "CHARACTER", "VARCHAR", "CHARACTER VARYING")) {
            return Family.STRING;
        }
        return null;
    }

    private static String baseString(DataType t) {
        return t.is("CHAR", "CHARACTER") ? "CHAR" : "VARCHAR";
    }
}
