package io.github.dialectic.rules.alter;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.UniqueDef;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the engine capability table which targets lack the feature each ALTER TABLE action needs; the claims below
 * summarise that table.
 */
@RuleInfo(
        id = "alter-form-unsupported",
        title = "ALTER TABLE form an engine cannot run",
        category = Category.ALTER_TABLE,
        severity = Severity.ERROR,
        summary = "An ALTER TABLE action that a targeted engine (at its version) has no syntax for: SQLite's small "
                + "ALTER subset, MySQL's MODIFY/CHANGE elsewhere, PostgreSQL's ALTER COLUMN TYPE / SET NOT NULL on "
                + "MySQL, several actions in one statement on SQLite, actions separated by commas on Db2 and "
                + "without commas elsewhere.",
        effects = {
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "SQLite ALTER TABLE documentation: only RENAME TABLE, RENAME COLUMN (3.25.0), "
                                + "ADD COLUMN, DROP COLUMN (3.35.0); 'syntax error' otherwise"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 ALTER TABLE syntax: no ALTER COLUMN ... TYPE / SET NOT NULL"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "MariaDB ALTER TABLE syntax: no ALTER COLUMN ... TYPE / SET NOT NULL, no DROP CHECK "
                                + "(ERROR 1064, seen on 10.11: a check is dropped with DROP CONSTRAINT)"),
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "PostgreSQL ALTER TABLE: no MODIFY, CHANGE, DROP FOREIGN KEY or RENAME INDEX"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 ALTER TABLE syntax: several clauses follow one another without commas "
                                + "(the diagram's repetition has no separator), and it has DROP PRIMARY KEY and DROP "
                                + "FOREIGN KEY / UNIQUE / CHECK / CONSTRAINT name; a comma between clauses or an "
                                + "unknown form fails with SQL0104N, SQLSTATE 42601")})
public final class AlterFormUnsupported implements Rule {

    @Override
    public void check(Change change, RuleContext ctx) {
        if (!(change instanceof Change.AlterTable at)) {
            return;
        }
        if (at.actions().size() > 1) {
            List<Target> lacking = ctx.lacking(Feature.ALTER_MULTIPLE_ACTIONS);
            if (!lacking.isEmpty()) {
                ctx.report(at.actions().get(1).range(), "ALTER TABLE " + at.table() + " has " + at.actions().size()
                                + " actions; " + names(lacking) + " runs one action per ALTER TABLE")
                        .only(engines(lacking))
                        .fix("Split it into one ALTER TABLE statement per action.")
                        .emit();
            }
        }
        separators(at, ctx, Change.AlterTable.Separator.Kind.NONE, Feature.ALTER_CLAUSES_WITHOUT_COMMAS);
        separators(at, ctx, Change.AlterTable.Separator.Kind.COMMA, Feature.ALTER_CLAUSES_WITH_COMMAS);
        for (AlterAction a : at.actions()) {
            Feature feature = featureFor(a);
            if (a instanceof AlterAction.AlterColumnType && !spellsSetDataType(ctx, a)) {
                feature = Feature.ALTER_COLUMN_TYPE_SHORT_FORM;
            }
            if (a instanceof AlterAction.RenameTo && !spells(ctx, a, "RENAME TO ")) {
                feature = Feature.ALTER_RENAME_TABLE_WITHOUT_TO; // MySQL's RENAME t2 / RENAME AS t2
            }
            boolean columnList = a instanceof AlterAction.AddColumn && opensColumnList(ctx, a);
            if (columnList) {
                feature = Feature.ALTER_ADD_COLUMN_LIST; // MySQL's ADD [COLUMN] (a INT, b INT)
            }
            if (feature == null) {
                continue;
            }
            List<Target> lacking = ctx.lacking(feature);
            if (lacking.isEmpty()) {
                continue;
            }
            ctx.report(a.range(), "ALTER TABLE " + at.table() + ": " + (columnList ? "ADD (column list)"
                            : feature == Feature.ALTER_RENAME_TABLE_WITHOUT_TO ? "RENAME without TO (MySQL's form)" : describe(a))
                            + " is not supported by "
                            + names(lacking))
                    .only(engines(lacking))
                    .fix(columnList ? "Write one ADD COLUMN per column" + (lacking.stream().anyMatch(t ->
                            !EngineProfile.of(t).supports(Feature.ALTER_MULTIPLE_ACTIONS))
                            ? ", one ALTER TABLE per column where several actions are refused." : ".")
                            : fixFor(a, at.table().toString(), lacking))
                    .emit();
        }
    }

    /**
     * Reports the first place where two actions are joined by {@code kind} (a comma, or nothing as in Db2's form) for
     * the targets that take several actions in one ALTER TABLE but not joined that way; the engines that take one
     * action only have the finding above.
     */
    private static void separators(Change.AlterTable at, RuleContext ctx, Change.AlterTable.Separator.Kind kind,
                                   Feature joinedThatWay) {
        for (int i = 0; i < at.separators().size(); i++) {
            Change.AlterTable.Separator separator = at.separators().get(i);
            if (separator.kind() != kind) {
                continue;
            }
            List<Target> lacking = new ArrayList<>(ctx.lacking(joinedThatWay));
            lacking.removeIf(t -> !EngineProfile.of(t).supports(Feature.ALTER_MULTIPLE_ACTIONS));
            if (lacking.isEmpty()) {
                return;
            }
            boolean comma = kind == Change.AlterTable.Separator.Kind.COMMA;
            ctx.report(comma ? separator.range() : at.actions().get(i + 1).range(), "ALTER TABLE " + at.table()
                            + (comma ? " separates its actions with commas, not understood by " + names(lacking)
                            + " (it lists the clauses one after the other, without commas)"
                            : " lists its actions without commas (Db2's form), not understood by " + names(lacking)))
                    .only(engines(lacking))
                    .fix(comma ? "Write one ALTER TABLE statement per action (portable), or for Db2 list the clauses "
                            + "one after the other without commas."
                            : "Separate the actions with commas (or write one ALTER TABLE per action).")
                    .emit();
            return;
        }
    }

    /** Whether the action is written ALTER COLUMN c SET DATA TYPE t (the form PostgreSQL and Db2 share). */
    private static boolean spellsSetDataType(RuleContext ctx, AlterAction a) {
        return spells(ctx, a, " SET DATA TYPE ");
    }

    /** Whether the added column is the first of MySQL's parenthesised list (the token before it is the '('). */
    private static boolean opensColumnList(RuleContext ctx, AlterAction a) {
        Token before = tokenBefore(ctx, a);
        return before != null && before.isPunct(ctx.fileText(), "(");
    }

    private static Token tokenBefore(RuleContext ctx, AlterAction a) {
        List<Token> before = Tokens.within(ctx, new SourceRange(ctx.statementRange().start(), a.range().start()));
        return before.isEmpty() ? null : before.get(before.size() - 1);
    }

    /**
     * Whether the action's text, upper-cased with each run of white space (a regular expression's \\s) made one
     * space, contains {@code words}; by hand, not by regular expression: it runs on every action of these kinds.
     */
    private static boolean spells(RuleContext ctx, AlterAction a, String words) {
        String upper = ctx.fileText().subSequence(a.range().start(), a.range().end()).toString()
                .toUpperCase(java.util.Locale.ROOT);
        StringBuilder normalised = new StringBuilder(upper.length());
        boolean space = false;
        for (int k = 0; k < upper.length(); k++) {
            char c = upper.charAt(k);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!white) {
                normalised.append(c);
            } else if (!space) {
                normalised.append(' ');
            }
            space = white;
        }
        return normalised.indexOf(words) >= 0;
    }

    static Feature featureFor(AlterAction a) {
        if (a instanceof AlterAction.AddColumn) {
            return Feature.ALTER_ADD_COLUMN;
        } else if (a instanceof AlterAction.DropColumn) {
            return Feature.ALTER_DROP_COLUMN;
        } else if (a instanceof AlterAction.RenameColumn) {
            return Feature.ALTER_RENAME_COLUMN;
        } else if (a instanceof AlterAction.RenameTo) {
            return Feature.ALTER_RENAME_TABLE;
        } else if (a instanceof AlterAction.ModifyColumn) {
            return Feature.ALTER_MODIFY_COLUMN;
        } else if (a instanceof AlterAction.AlterColumnType) {
            return Feature.ALTER_COLUMN_TYPE;
        } else if (a instanceof AlterAction.SetNotNull || a instanceof AlterAction.DropNotNull) {
            return Feature.ALTER_COLUMN_NULLABILITY;
        } else if (a instanceof AlterAction.SetDefault || a instanceof AlterAction.DropDefault) {
            return Feature.ALTER_COLUMN_DEFAULT;
        } else if (a instanceof AlterAction.AddConstraint add) {
            return add.constraint() instanceof CheckDef ? Feature.ALTER_ADD_CHECK
                    : add.constraint() instanceof IndexDef ? Feature.ALTER_DROP_MYSQL_FORMS
                    : Feature.ALTER_ADD_KEY_CONSTRAINT;
        } else if (a instanceof AlterAction.DropConstraint dc) {
            return switch (dc.kind()) {
                case CONSTRAINT -> Feature.ALTER_DROP_CONSTRAINT;
                case PRIMARY_KEY -> Feature.ALTER_DROP_PRIMARY_KEY;
                case FOREIGN_KEY -> Feature.ALTER_DROP_FOREIGN_KEY;
                case CHECK -> Feature.ALTER_DROP_CHECK;
                case INDEX -> Feature.ALTER_DROP_MYSQL_FORMS;
            };
        } else if (a instanceof AlterAction.RenameIndex) {
            return Feature.ALTER_RENAME_INDEX;
        }
        return null;
    }

    private static String describe(AlterAction a) {
        if (a instanceof AlterAction.AddConstraint add) {
            ConstraintDef c = add.constraint();
            return "ADD " + (c instanceof PrimaryKeyDef ? "PRIMARY KEY" : c instanceof UniqueDef ? "UNIQUE"
                    : c instanceof ForeignKeyDef ? "FOREIGN KEY" : c instanceof CheckDef ? "CHECK" : "INDEX");
        }
        if (a instanceof AlterAction.DropConstraint dc) {
            return switch (dc.kind()) {
                case CONSTRAINT -> "DROP CONSTRAINT";
                case PRIMARY_KEY -> "DROP PRIMARY KEY";
                case FOREIGN_KEY -> "DROP FOREIGN KEY";
                case INDEX -> "DROP INDEX inside ALTER TABLE";
                case CHECK -> "DROP CHECK";
            };
        }
        String name = a.getClass().getSimpleName();
        return switch (name) {
            case "AddColumn" -> "ADD COLUMN";
            case "DropColumn" -> "DROP COLUMN";
            case "RenameColumn" -> "RENAME COLUMN";
            case "RenameTo" -> "RENAME TO";
            case "ModifyColumn" -> "MODIFY/CHANGE COLUMN";
            case "AlterColumnType" -> "ALTER COLUMN ... TYPE (without SET DATA)";
            case "SetNotNull" -> "ALTER COLUMN ... SET NOT NULL";
            case "DropNotNull" -> "ALTER COLUMN ... DROP NOT NULL";
            case "SetDefault" -> "ALTER COLUMN ... SET DEFAULT";
            case "DropDefault" -> "ALTER COLUMN ... DROP DEFAULT";
            case "RenameIndex" -> "RENAME INDEX";
            default -> name;
        };
    }

    /** What to write instead, said per lacking engine: the form its profile has, else a table rebuild. */
    private static String fixFor(AlterAction a, String table, List<Target> lacking) {
        Map<String, List<Target>> byAdvice = new LinkedHashMap<>();
        for (Target t : lacking) {
            byAdvice.computeIfAbsent(alternative(a, table, EngineProfile.of(t)), k -> new ArrayList<>()).add(t);
        }
        List<String> parts = new ArrayList<>();
        byAdvice.forEach((advice, targets) -> parts.add(Ddl.names(targets) + ": " + advice));
        return String.join("; ", parts) + ".";
    }

    private static final String REBUILD = "rebuild the table (create the new table, copy the rows, drop the old one, "
            + "rename the new one: SQLite's documented 12-step procedure)";

    private static String alternative(AlterAction a, String table, EngineProfile p) {
        if (a instanceof AlterAction.ModifyColumn) {
            return p.supports(Feature.ALTER_COLUMN_TYPE)
                    ? "ALTER COLUMN ... " + (p.supports(Feature.ALTER_COLUMN_TYPE_SHORT_FORM) ? "TYPE" : "SET DATA TYPE")
                    + " / SET NOT NULL / SET DEFAULT, one action per change"
                    : REBUILD;
        }
        if (a instanceof AlterAction.AlterColumnType && p.supports(Feature.ALTER_COLUMN_TYPE)) {
            return "ALTER COLUMN ... SET DATA TYPE";
        }
        if (a instanceof AlterAction.AlterColumnType || a instanceof AlterAction.SetNotNull
                || a instanceof AlterAction.DropNotNull || a instanceof AlterAction.SetDefault
                || a instanceof AlterAction.DropDefault) {
            return p.supports(Feature.ALTER_MODIFY_COLUMN) ? "restate the whole column with MODIFY COLUMN" : REBUILD;
        }
        if (a instanceof AlterAction.RenameIndex ri) {
            // the engines with a RENAME TABLE statement (Db2) have RENAME INDEX too; those with several ALTER TABLE
            // actions but no RENAME INDEX inside ALTER TABLE (PostgreSQL) rename with ALTER INDEX
            return p.supports(Feature.RENAME_TABLE_STATEMENT) ? "RENAME INDEX " + ri.from() + " TO " + ri.to()
                    : p.supports(Feature.ALTER_MULTIPLE_ACTIONS) ? "ALTER INDEX " + ri.from() + " RENAME TO " + ri.to()
                    : "drop the index and create it again under the new name";
        }
        if (a instanceof AlterAction.RenameTo to && p.supports(Feature.RENAME_TABLE_STATEMENT)) {
            return "RENAME TABLE " + table + " TO " + to.newName();
        }
        if (a instanceof AlterAction.RenameTo to && p.supports(Feature.ALTER_RENAME_TABLE)) {
            return "ALTER TABLE " + table + " RENAME TO " + to.newName();
        }
        if (a instanceof AlterAction.DropConstraint && p.supports(Feature.ALTER_DROP_CONSTRAINT)) {
            return "ALTER TABLE " + table + " DROP CONSTRAINT name";
        }
        if (a instanceof AlterAction.DropConstraint dc && dc.kind() == AlterAction.DropConstraint.Kind.CONSTRAINT
                && p.supports(Feature.ALTER_DROP_FOREIGN_KEY)) {
            return "DROP FOREIGN KEY name, DROP INDEX name (a unique key) or, from MySQL 8.0.16, DROP CHECK name";
        }
        if (a instanceof AlterAction.AddConstraint add && add.constraint() instanceof IndexDef) {
            return "CREATE INDEX name ON " + table + " (...)";
        }
        if (a instanceof AlterAction.RenameColumn && p.supports(Feature.ALTER_MODIFY_COLUMN)) {
            return "CHANGE old_name new_name followed by the whole column definition";
        }
        if (p.supports(Feature.ALTER_MULTIPLE_ACTIONS)) {
            return "use the engine's own ALTER TABLE form, or re-create the table";
        }
        return REBUILD;
    }

    // loops, not streams: every finding of this rule passes here, most of them cold
    private static String names(List<Target> targets) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < targets.size(); k++) {
            out.append(k == 0 ? "" : ", ").append(targets.get(k));
        }
        return out.toString();
    }

    private static Engine[] engines(List<Target> targets) {
        Engine[] out = new Engine[targets.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = targets.get(k).engine();
        }
        return out;
    }
}
