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
import io.github.dialectic.schema.Schema;
import io.github.dialectic.schema.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
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

    /**
     * The relationships a check sees: the schema's, read through its foreign-key index (the children of a table, the
     * foreign keys of one table), less those of the table a CREATE TABLE replaces, plus those the statement added so
     * far. Cycle checks search from the new relationship's child only, never over every table.
     */
    private static final class Graph {
        private final Schema schema;
        private final String replaced;
        private final List<Edge> added = new ArrayList<>();

        Graph(Schema schema, String replaced) {
            this.schema = schema;
            this.replaced = replaced;
        }

        /** The relationships whose child is this table, in the order the table declared them, then the added ones. */
        List<Edge> ofChild(QualifiedName table) {
            String child = table.key();
            List<Edge> edges = new ArrayList<>();
            if (!child.equals(replaced)) {
                schema.table(table).ifPresent(t -> {
                    for (ForeignKey fk : t.foreignKeys()) {
                        edges.add(new Edge(child, fk.parentTable().key(), normal(fk.onDelete()), null));
                    }
                });
            }
            for (Edge e : added) {
                if (e.child().equals(child)) {
                    edges.add(e);
                }
            }
            return edges;
        }

        /** The relationships whose parent is this table. */
        List<Edge> ofParent(String parent) {
            List<Edge> edges = new ArrayList<>();
            for (Table t : schema.tablesReferencing(parent)) {
                String child = t.name().key();
                if (child.equals(replaced)) {
                    continue;
                }
                for (ForeignKey fk : t.foreignKeys()) {
                    if (fk.parentTable().key().equals(parent)) {
                        edges.add(new Edge(child, parent, normal(fk.onDelete()), null));
                    }
                }
            }
            for (Edge e : added) {
                if (e.parent().equals(parent)) {
                    edges.add(e);
                }
            }
            return edges;
        }
    }

    @Override
    public void check(Change change, RuleContext ctx) {
        QualifiedName table = DeclaredForeignKeys.table(change);
        List<ForeignKeyDef> added = change.foreignKeysAdded();
        if (table == null || added.isEmpty()) {
            return;
        }
        // CREATE TABLE replaces whatever the replay knew under that name
        Graph edges = new Graph(ctx.schema(), change instanceof Change.CreateTable ? table.key() : null);
        for (ForeignKeyDef fk : added) {
            Edge e = new Edge(table.key(), fk.parentTable().key(), normal(fk.onDelete()), fk);
            String problem = problem(e, edges, table, fk.parentTable());
            edges.added.add(e);
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

    private static String problem(Edge e, Graph edges, QualifiedName table, QualifiedName parent) {
        List<Edge> ofChild = edges.ofChild(table);
        if (e.self()) {
            for (Edge other : ofChild) {
                if (other.self()) {
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
                for (Edge other : ofChild) {
                    if (!other.self() && other.cascade()) {
                        return "Db2 rejects it, SQL0633N reason 02 (SQLSTATE 42915): " + table + " is an ON DELETE "
                                + "CASCADE dependent of " + other.parent() + ", so its self-reference must be CASCADE too";
                    }
                }
            }
            return null;
        }
        if (e.cascade()) {
            for (Edge other : ofChild) {
                if (other.self() && !other.cascade()) {
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
            for (String y : cascadeReach(edges, e.child())) {
                for (Edge f : edges.ofParent(y)) {
                    if (!f.self() && reaches(edges, f.child(), e.parent())) {
                        return cycleMessage(e, table, parent);
                    }
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
    private static boolean reaches(Graph edges, String from, String to) {
        return cascadeReach(edges, from).contains(to);
    }

    private static Set<String> cascadeReach(Graph edges, String from) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        seen.add(from);
        todo.add(from);
        while (!todo.isEmpty()) {
            String t = todo.poll();
            for (Edge e : edges.ofParent(t)) {
                if (e.cascade() && !e.self() && seen.add(e.child())) {
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
