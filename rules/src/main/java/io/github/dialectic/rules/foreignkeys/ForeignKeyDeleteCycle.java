package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.schema.ForeignKey;
import io.github.dialectic.schema.Names;
import io.github.dialectic.schema.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "fk-delete-cycle",
        title = "Foreign-key delete rules Db2 refuses (delete-connected cycles, self-references)",
        category = Category.FOREIGN_KEYS,
        severity = Severity.ERROR,
        reads = Reads.SCHEMA,
        summary = "A foreign key whose ON DELETE rule makes a table delete-connected to itself through a cycle of "
                + "tables, or clashes with a self-referencing foreign key of the same table: Db2 rejects it "
                + "(SQLSTATE 42915); the other engines accept it.",
        effects = @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                reference = "Db2 11.5 LUW messages SQL0632N (reason 01: a self-referencing SET NULL relationship "
                        + "exists; 02: the relationship closes a cycle whose other delete rules are CASCADE), SQL0633N "
                        + "(01: self-references must share one delete rule; 02: a self-reference of a table that is a "
                        + "CASCADE dependent must be CASCADE), SQL0634N (01: no CASCADE while a non-CASCADE "
                        + "self-reference exists; 02: CASCADE closing a cycle that makes a table delete-connected to "
                        + "itself), all SQLSTATE 42915. Not executed here (no Db2 server)"))
public final class ForeignKeyDeleteCycle implements Rule {

    /** One parent -> child relationship, as deletes travel: deleting a parent row acts on the child. */
    private record Edge(String child, String parent, ReferentialAction onDelete, ForeignKeyDef declared) {
        boolean self() {
            return child.equals(parent);
        }

        boolean cascade() {
            return onDelete == ReferentialAction.CASCADE;
        }
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        QualifiedName table = DeclaredForeignKeys.table(change);
        List<ForeignKeyDef> added = change.foreignKeysAdded();
        if (table == null || added.isEmpty()) {
            return;
        }
        List<Edge> edges = new ArrayList<>();
        for (Table t : ctx.schema().tables()) {
            if (change instanceof Change.CreateTable && t.name().key().equals(table.key())) {
                continue; // CREATE TABLE replaces whatever the replay knew under that name
            }
            for (ForeignKey fk : t.foreignKeys()) {
                edges.add(new Edge(t.name().key(), fk.parentTable().key(), normal(fk.onDelete()), null));
            }
        }
        for (ForeignKeyDef fk : added) {
            Edge e = new Edge(table.key(), fk.parentTable().key(), normal(fk.onDelete()), fk);
            String problem = problem(e, edges, table, fk.parentTable());
            edges.add(e);
            if (problem == null) {
                continue;
            }
            String what = "foreign key (" + Names.join(fk.columns()) + ") of " + table + " -> " + fk.parentTable()
                    + " ON DELETE " + (fk.onDelete() == ReferentialAction.NONE ? "NO ACTION (default)" : fk.onDelete().sql());
            ctx.report(fk.onDeleteRange() != null ? fk.onDeleteRange() : fk.range(), what + ": " + problem)
                    .fix("Break the cycle or align the delete rules: make one relationship in every cycle of tables "
                            + "ON DELETE NO ACTION/RESTRICT besides the one closing it (Db2 wants two non-CASCADE rules in "
                            + "a cycle), give all self-references of a table one delete rule (CASCADE if the table is a "
                            + "CASCADE dependent), and do the remaining clean-up in the application or a trigger.")
                    .emit();
        }
    }

    private static String problem(Edge e, List<Edge> edges, QualifiedName table, QualifiedName parent) {
        if (e.self()) {
            for (Edge other : edges) {
                if (other.self() && other.child().equals(e.child())) {
                    if (other.onDelete() == ReferentialAction.SET_NULL) {
                        return "Db2 rejects it, SQL0632N reason 01 (SQLSTATE 42915): " + table
                                + " already has a self-referencing foreign key ON DELETE SET NULL";
                    }
                    if (other.onDelete() != e.onDelete()) {
                        return "Db2 rejects it, SQL0633N reason 01 (SQLSTATE 42915): another self-referencing foreign "
                                + "key of " + table + " is ON DELETE " + other.onDelete().sql()
                                + ", and all must share one delete rule";
                    }
                }
            }
            if (!e.cascade()) {
                for (Edge other : edges) {
                    if (!other.self() && other.child().equals(e.child()) && other.cascade()) {
                        return "Db2 rejects it, SQL0633N reason 02 (SQLSTATE 42915): " + table + " is an ON DELETE "
                                + "CASCADE dependent of " + other.parent() + ", so its self-reference must be CASCADE too";
                    }
                }
            }
            return null;
        }
        if (e.cascade()) {
            for (Edge other : edges) {
                if (other.self() && other.child().equals(e.child()) && !other.cascade()) {
                    return "Db2 rejects it, SQL0634N reason 01 (SQLSTATE 42915): " + table + " has a self-referencing "
                            + "foreign key ON DELETE " + other.onDelete().sql() + ", so it cannot be a CASCADE dependent";
                }
            }
        }
        // e closes the cycle: deletes cascade from the child back to the parent
        if (reaches(edges, e.child(), e.parent())) {
            return cycleMessage(e, table, parent);
        }
        // e, a CASCADE, lies inside a cycle closed by another relationship f (parent y -> child x)
        if (e.cascade()) {
            Set<String> fromChild = cascadeReach(edges, e.child());
            for (Edge f : edges) {
                if (!f.self() && fromChild.contains(f.parent()) && reaches(edges, f.child(), e.parent())) {
                    return cycleMessage(e, table, parent);
                }
            }
        }
        return null;
    }

    private static String cycleMessage(Edge e, QualifiedName table, QualifiedName parent) {
        return "Db2 rejects it, " + (e.cascade() ? "SQL0634N" : "SQL0632N") + " reason 02 (SQLSTATE 42915): with it, "
                + table + " and " + parent + " form a cycle in which deletes cascade from a table back to itself "
                + "(a cycle needs at least two relationships that are not CASCADE)";
    }

    /** Whether CASCADE relationships (other than self-references) carry a delete from {@code from} to {@code to}, or they are equal. */
    private static boolean reaches(List<Edge> edges, String from, String to) {
        return cascadeReach(edges, from).contains(to);
    }

    private static Set<String> cascadeReach(List<Edge> edges, String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        seen.add(from);
        todo.add(from);
        while (!todo.isEmpty()) {
            String t = todo.poll();
            for (Edge e : edges) {
                if (e.cascade() && !e.self() && e.parent().equals(t) && seen.add(e.child())) {
                    todo.add(e.child());
                }
            }
        }
        return seen;
    }

    private static ReferentialAction normal(ReferentialAction a) {
        return a == ReferentialAction.NONE ? ReferentialAction.NO_ACTION : a;
    }
}
