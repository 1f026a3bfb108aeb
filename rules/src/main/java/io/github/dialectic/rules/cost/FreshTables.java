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
        boolean created = false;
        for (int i = 0; i < changes.size() - 1; i++) { // the last one is the statement being checked
            Change c = changes.get(i);
            if (c instanceof Change.CreateTable ct && ct.table().name().sameAs(table.name())) {
                created = true;
            } else if (c instanceof Change.RenameTable rt && rt.to().name().sameAs(table.name())) {
                created = false;
            } else if (created && c instanceof Change.Other o && !NO_ROWS.contains(o.kind().toUpperCase(Locale.ROOT))) {
                created = false; // INSERT, UPDATE, COPY, a CALL...: rows may be there now
            }
        }
        return created;
    }
}
