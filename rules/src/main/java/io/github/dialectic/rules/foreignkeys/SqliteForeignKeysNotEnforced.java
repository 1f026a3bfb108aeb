package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.AlterAction;
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
import io.github.dialectic.schema.Names;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reported once per file, at the first foreign key SQLite would accept (ALTER TABLE ... ADD CONSTRAINT FOREIGN KEY
 * is rejected there, which alter-form-unsupported reports), unless the file turns enforcement on first.
 */
@RuleInfo(
        id = "sqlite-fk-not-enforced",
        title = "Foreign keys SQLite does not enforce by default",
        category = Category.FOREIGN_KEYS,
        severity = Severity.WARNING,
        reads = Reads.FILE_HISTORY,
        summary = "A foreign key on SQLite, where foreign keys are only enforced on connections that ran "
                + "PRAGMA foreign_keys = ON (reported once per file).",
        effects = @EngineEffect(engine = Engine.SQLITE, effect = Effect.DIFFERENT,
                reference = "SQLite, Foreign Key Support, section 2: foreign key constraints are disabled by default "
                        + "and must be enabled for each database connection with PRAGMA foreign_keys = ON"))
public final class SqliteForeignKeysNotEnforced implements Rule {

    private static final Pattern PRAGMA_ON = Pattern.compile(
            "(?im)^\\s*PRAGMA\\s+(?:\\w+\\.)?foreign_keys\\s*=\\s*(?:ON|1|TRUE|YES)\\b");

    @Override
    public void check(Change change, RuleContext ctx) {
        List<ForeignKeyDef> fks = enforceable(change);
        if (fks.isEmpty()) {
            return;
        }
        List<Change> sofar = ctx.fileChangesSoFar();
        for (int i = 0; i < sofar.size() - 1; i++) {
            if (!enforceable(sofar.get(i)).isEmpty()) {
                return; // already reported in this file
            }
        }
        CharSequence before = ctx.fileText().subSequence(0, ctx.statementRange().start());
        if (PRAGMA_ON.matcher(before).find()) {
            return;
        }
        ForeignKeyDef fk = fks.get(0);
        QualifiedName table = DeclaredForeignKeys.table(change);
        ctx.report(fk.range(), "foreign key " + table + " (" + Names.join(fk.columns()) + ") -> " + fk.parentTable()
                        + " is not enforced by SQLite unless the connection runs PRAGMA foreign_keys = ON: orphan rows "
                        + "are accepted and ON DELETE actions do not run")
                .fix("Run PRAGMA foreign_keys = ON on every connection (outside a transaction), e.g. the JDBC "
                        + "property foreign_keys=true of sqlite-jdbc; check existing data with PRAGMA foreign_key_check.")
                .emit();
    }

    /** Foreign keys SQLite accepts in this change: CREATE TABLE and ALTER TABLE ... ADD COLUMN ... REFERENCES. */
    private static List<ForeignKeyDef> enforceable(Change change) {
        if (change instanceof Change.AlterTable at) {
            return at.actions().stream()
                    .filter(a -> a instanceof AlterAction.AddColumn add && add.column().references() != null)
                    .map(a -> ((AlterAction.AddColumn) a).column())
                    .map(c -> c.references().withColumns(List.of(c.name())))
                    .toList();
        }
        return DeclaredForeignKeys.of(change);
    }
}
