package io.github.dialectic.live;

import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.live.LiveCatalog.Key;
import io.github.dialectic.live.LiveCatalog.LiveCheck;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveForeignKey;
import io.github.dialectic.live.LiveCatalog.LiveIndex;
import io.github.dialectic.live.LiveCatalog.LiveTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The live schema written out as the DDL that would create it, so that the rules read a live table exactly as they
 * read one a migration creates; every piece of the text remembers the live object it stands for
 * ({@code schema.table.column}), which is where a finding on it points. Tables come parents first (a foreign key is
 * declared in its table, and its parent is already there for the rules to look at); a cycle of foreign keys is closed
 * with ALTER TABLE at the end. Identifiers that need quotes get standard double quotes, whatever the engine: the text
 * is read as generic SQL.
 */
final class LiveDdl {

    /** The text from {@code start} to {@code end} (end exclusive) stands for {@code element}. */
    record Segment(int start, int end, String element) {
    }

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private final String quote;

    private LiveDdl(String quote) {
        this.quote = quote;
    }

    String text() {
        return text.toString();
    }

    /** The innermost object at {@code offset}: a column or constraint within its table's statement. */
    String elementAt(int offset) {
        Segment best = null;
        for (Segment s : segments) {
            if (s.start() <= offset && offset < s.end() && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best == null ? "" : best.element();
    }

    static LiveDdl of(LiveCatalog catalog) {
        LiveDdl ddl = new LiveDdl("\"");
        Map<LiveForeignKey, LiveTable> deferred = new LinkedHashMap<>();
        Set<String> written = new HashSet<>();
        for (LiveTable t : parentsFirst(catalog.tables())) {
            List<LiveForeignKey> inline = new ArrayList<>();
            for (LiveForeignKey fk : t.foreignKeys()) {
                if (written.contains(key(fk.parentTable())) || fk.parentTable().equalsIgnoreCase(t.name())) {
                    inline.add(fk);
                } else {
                    deferred.put(fk, t);
                }
            }
            ddl.createTable(t, inline);
            written.add(key(t.name()));
            for (LiveIndex i : t.indexes()) {
                ddl.createIndex(t, i);
            }
        }
        deferred.forEach((fk, t) -> ddl.addForeignKey(t, fk));
        return ddl;
    }

    private void createTable(LiveTable t, List<LiveForeignKey> foreignKeys) {
        int start = text.length();
        String table = t.qualifiedName();
        text.append("CREATE TABLE ").append(name(t)).append(" (\n");
        List<Runnable> parts = new ArrayList<>();
        for (LiveColumn c : t.columns()) {
            parts.add(() -> {
                int s = text.length();
                text.append("  ").append(id(c.name())).append(' ').append(c.typeSql());
                if (c.defaultValue() != null) {
                    text.append(" DEFAULT ").append(c.defaultValue());
                }
                if (!c.nullable()) {
                    text.append(" NOT NULL");
                }
                segments.add(new Segment(s, text.length(), table + "." + c.name()));
            });
        }
        if (t.primaryKey() != null) {
            parts.add(() -> key(table, "PRIMARY KEY", t.primaryKey()));
        }
        for (Key u : t.uniqueConstraints()) {
            parts.add(() -> key(table, "UNIQUE", u));
        }
        for (LiveCheck ck : t.checks()) {
            parts.add(() -> {
                int s = text.length();
                text.append("  ").append(constraintName(ck.name())).append("CHECK (").append(ck.expression()).append(')');
                segments.add(new Segment(s, text.length(), table + "." + (ck.name() == null ? "check" : ck.name())));
            });
        }
        for (LiveForeignKey fk : foreignKeys) {
            parts.add(() -> {
                int s = text.length();
                text.append("  ");
                foreignKey(fk);
                segments.add(new Segment(s, text.length(), table + "." + fk.name()));
            });
        }
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).run();
            text.append(i + 1 < parts.size() ? ",\n" : "\n");
        }
        text.append(");\n");
        segments.add(new Segment(start, text.length(), table));
    }

    private void key(String table, String kind, Key key) {
        int s = text.length();
        text.append("  ").append(constraintName(key.name())).append(kind).append(" (").append(ids(key.columns())).append(')');
        segments.add(new Segment(s, text.length(), table + "." + (key.name() == null ? String.join(",", key.columns())
                : key.name())));
    }

    private void foreignKey(LiveForeignKey fk) {
        text.append(constraintName(fk.name())).append("FOREIGN KEY (").append(ids(fk.columns())).append(") REFERENCES ")
                .append(fk.parentSchema() == null ? "" : id(fk.parentSchema()) + ".").append(id(fk.parentTable()))
                .append(" (").append(ids(fk.parentColumns())).append(')');
        if (fk.onDelete().ordinal() > 0) {
            text.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate().ordinal() > 0) {
            text.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
    }

    private void addForeignKey(LiveTable t, LiveForeignKey fk) {
        int s = text.length();
        text.append("ALTER TABLE ").append(name(t)).append(" ADD ");
        foreignKey(fk);
        text.append(";\n");
        segments.add(new Segment(s, text.length(), t.qualifiedName() + "." + fk.name()));
    }

    private void createIndex(LiveTable t, LiveIndex index) {
        int s = text.length();
        text.append("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ").append(id(index.name()))
                .append(" ON ").append(name(t)).append(" (");
        for (int i = 0; i < index.parts().size(); i++) {
            KeyPart p = index.parts().get(i);
            text.append(i == 0 ? "" : ", ").append(p.column() != null ? id(p.column().text()) : "(" + p.expression() + ")");
            if (p.prefixLength() != null) {
                text.append('(').append(p.prefixLength()).append(')');
            }
            if (p.descending()) {
                text.append(" DESC");
            }
        }
        text.append(')');
        if (index.where() != null) {
            text.append(" WHERE ").append(index.where());
        }
        text.append(";\n");
        segments.add(new Segment(s, text.length(), t.qualifiedName() + "." + index.name()));
    }

    /** Tables ordered so that a foreign key's parent comes before it where the keys allow (no cycle). */
    private static List<LiveTable> parentsFirst(List<LiveTable> tables) {
        Map<String, LiveTable> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(key(t.name()), t));
        List<LiveTable> ordered = new ArrayList<>();
        Map<String, Boolean> state = new HashMap<>(); // false: visiting, true: done
        for (LiveTable t : tables) {
            visit(t, byName, state, ordered);
        }
        return ordered;
    }

    private static void visit(LiveTable t, Map<String, LiveTable> byName, Map<String, Boolean> state,
                              List<LiveTable> ordered) {
        if (state.containsKey(key(t.name()))) {
            return; // done, or a cycle (then the key is added later with ALTER TABLE)
        }
        state.put(key(t.name()), false);
        for (LiveForeignKey fk : t.foreignKeys()) {
            LiveTable parent = byName.get(key(fk.parentTable()));
            if (parent != null) {
                visit(parent, byName, state, ordered);
            }
        }
        state.put(key(t.name()), true);
        ordered.add(t);
    }

    private String name(LiveTable t) {
        return (t.schema() == null ? "" : id(t.schema()) + ".") + id(t.name());
    }

    /** MySQL names every primary key PRIMARY: a name nobody wrote, and a reserved word. */
    private String constraintName(String name) {
        return name == null || name.equals("PRIMARY") ? "" : "CONSTRAINT " + id(name) + " ";
    }

    private String ids(List<String> names) {
        return String.join(", ", names.stream().map(this::id).toList());
    }

    /** Plain lower-case names as they are; others quoted, so that the reader keeps their case. */
    private String id(String name) {
        return PLAIN.matcher(name).matches() ? name : quote + name.replace(quote, quote + quote) + quote;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
