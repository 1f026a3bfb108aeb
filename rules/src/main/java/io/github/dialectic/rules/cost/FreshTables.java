package io.github.dialectic.rules.cost;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.rule.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cost rules stay silent about a table that this very file created and has not put rows into since: rewriting or
 * locking an empty table costs nothing.
 */
final class FreshTables {

    /** Statement kinds that cannot put rows into a table. */
    private static final Set<String> NO_ROWS = Set.of("SELECT", "PRAGMA", "CREATE VIEW", "CREATE FUNCTION",
            "CREATE PROCEDURE", "CREATE TRIGGER", "CREATE SEQUENCE", "COMMENT", "GRANT", "REVOKE", "SET");

    private FreshTables() {
    }

    static boolean createdEmptyInThisFile(RuleContext ctx, QualifiedName table) {
        List<Change> changes = ctx.fileChangesSoFar();
        // Walk back from the statement before this one: the latest event that concerns the table decides. Stopping
        // there keeps long files linear in practice (a forward walk per statement was quadratic).
        for (int i = changes.size() - 2; i >= 0; i--) {
            Change c = changes.get(i);
            if (c instanceof Change.CreateTable ct && ct.table().name().sameAs(table.name())) {
                return true;
            } else if (c instanceof Change.RenameTable rt
                    && rt.renames().stream().anyMatch(r -> r.to().name().sameAs(table.name()))) {
                return false; // renamed into place: it may hold rows
            } else if (c instanceof Change.Other o && !NO_ROWS.contains(o.kind().toUpperCase(Locale.ROOT))) {
                return false; // INSERT, UPDATE, COPY, a CALL...: rows may be there now
            }
        }
        return false;
    }
}
