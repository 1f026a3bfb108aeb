package io.github.dialectic.rehearse;

import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.live.LiveCatalog;
import io.github.dialectic.live.LiveCatalog.Key;
import io.github.dialectic.live.LiveCatalog.LiveCheck;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveForeignKey;
import io.github.dialectic.live.LiveCatalog.LiveIndex;
import io.github.dialectic.live.LiveCatalog.LiveTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What one step changed in the schema: two catalogs read back from the engine, compared object by object. */
public final class SchemaDiff {

    /** One difference: {@code kind} added, removed or changed; {@code object} table, column, index...; a summary. */
    public record Change(Kind kind, String object, String table, String name, String detail) {
        @Override
        public String toString() {
            return kind.sign + " " + object + " " + (object.equals("table") || object.equals("primary key") ? table : table + "." + name)
                    + (detail.isEmpty() ? "" : " " + detail);
        }
    }

    public enum Kind {
        ADDED("+"), REMOVED("-"), CHANGED("~");

        final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private SchemaDiff() {
    }

    public static List<Change> between(LiveCatalog before, LiveCatalog after) {
        List<Change> changes = new ArrayList<>();
        Map<String, LiveTable> old = byName(before.tables(), LiveTable::name);
        Map<String, LiveTable> now = byName(after.tables(), LiveTable::name);
        for (LiveTable t : now.values()) {
            LiveTable was = old.get(t.name());
            if (was == null) {
                changes.add(new Change(Kind.ADDED, "table", t.name(), t.name(), "(" + t.columns().stream()
                        .map(SchemaDiff::column).collect(Collectors.joining(", ")) + ")"));
                compare(t.name(), empty(t.name()), t, changes, false);
            } else {
                compare(t.name(), was, t, changes, true);
            }
        }
        for (LiveTable t : old.values()) {
            if (!now.containsKey(t.name())) {
                changes.add(new Change(Kind.REMOVED, "table", t.name(), t.name(), ""));
            }
        }
        return changes;
    }

    private static LiveTable empty(String name) {
        return new LiveTable(null, name, List.of(), null, List.of(), List.of(), List.of(), List.of());
    }

    private static void compare(String table, LiveTable was, LiveTable now, List<Change> out, boolean columns) {
        if (columns) {
            diff(table, "column", byName(was.columns(), LiveColumn::name), byName(now.columns(), LiveColumn::name),
                    c -> column(c).substring(c.name().length() + 1), out);
        }
        Map<String, Key> pkWas = was.primaryKey() == null ? Map.of() : Map.of("primary key", was.primaryKey());
        Map<String, Key> pkNow = now.primaryKey() == null ? Map.of() : Map.of("primary key", now.primaryKey());
        diff(table, "primary key", pkWas, pkNow, k -> "(" + String.join(", ", k.columns()) + ")", out);
        diff(table, "unique", byName(was.uniqueConstraints(), SchemaDiff::keyName),
                byName(now.uniqueConstraints(), SchemaDiff::keyName), k -> "(" + String.join(", ", k.columns()) + ")", out);
        diff(table, "index", byName(was.indexes(), LiveIndex::name), byName(now.indexes(), LiveIndex::name),
                SchemaDiff::index, out);
        diff(table, "foreign key", byName(was.foreignKeys(), SchemaDiff::fkName),
                byName(now.foreignKeys(), SchemaDiff::fkName), SchemaDiff::foreignKey, out);
        diff(table, "check", byName(was.checks(), c -> c.name() == null ? c.expression() : c.name()),
                byName(now.checks(), c -> c.name() == null ? c.expression() : c.name()), LiveCheck::expression, out);
    }

    private static <T> void diff(String table, String object, Map<String, T> was, Map<String, T> now,
                                 Function<T, String> show, List<Change> out) {
        for (Map.Entry<String, T> e : now.entrySet()) {
            T old = was.get(e.getKey());
            if (old == null) {
                out.add(new Change(Kind.ADDED, object, table, e.getKey(), show.apply(e.getValue())));
            } else if (!show.apply(old).equals(show.apply(e.getValue()))) {
                out.add(new Change(Kind.CHANGED, object, table, e.getKey(),
                        show.apply(old) + " -> " + show.apply(e.getValue())));
            }
        }
        for (Map.Entry<String, T> e : was.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                out.add(new Change(Kind.REMOVED, object, table, e.getKey(), ""));
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(name.apply(item), item);
        }
        return map;
    }

    private static String keyName(Key key) {
        return key.name() != null ? key.name() : "(" + String.join(", ", key.columns()) + ")";
    }

    private static String fkName(LiveForeignKey fk) {
        return fk.name() != null ? fk.name() : "(" + String.join(", ", fk.columns()) + ")";
    }

    /** A column as DDL would show it: {@code uuid VARCHAR(36) NOT NULL DEFAULT 'x'}. */
    static String column(LiveColumn c) {
        return (c.name() + " " + c.typeSql()).strip() + (c.nullable() ? "" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue())
                + (c.autoIncrement() ? " AUTO_INCREMENT" : "") + (c.generated() ? " GENERATED" : "");
    }

    static String index(LiveIndex i) {
        return (i.unique() ? "UNIQUE " : "") + "(" + i.parts().stream().map(SchemaDiff::part)
                .collect(Collectors.joining(", ")) + ")" + (i.where() == null ? "" : " WHERE " + i.where());
    }

    private static String part(KeyPart p) {
        String text = p.column() != null ? p.column().text() : p.expression();
        return text + (p.prefixLength() == null ? "" : "(" + p.prefixLength() + ")") + (p.descending() ? " DESC" : "");
    }

    static String foreignKey(LiveForeignKey fk) {
        return "(" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.parentTable() + " ("
                + String.join(", ", fk.parentColumns()) + ")"
                + action(" ON DELETE ", fk.onDelete()) + action(" ON UPDATE ", fk.onUpdate());
    }

    /** An action other than the default, which engines report as NO ACTION, RESTRICT or nothing alike. */
    private static String action(String clause, ReferentialAction action) {
        return action == null || action == ReferentialAction.NONE || action == ReferentialAction.NO_ACTION
                || action == ReferentialAction.RESTRICT ? "" : clause + action.sql();
    }

    /** The table as {@code --show} prints it. */
    public static String describe(LiveTable t) {
        StringBuilder out = new StringBuilder("table " + t.name() + "\n");
        for (LiveColumn c : t.columns()) {
            out.append("  column ").append(column(c)).append('\n');
        }
        if (t.primaryKey() != null) {
            out.append("  primary key (").append(String.join(", ", t.primaryKey().columns())).append(")\n");
        }
        for (Key u : t.uniqueConstraints()) {
            out.append("  unique ").append(Objects.requireNonNullElse(u.name(), "")).append(" (")
                    .append(String.join(", ", u.columns())).append(")\n");
        }
        for (LiveIndex i : t.indexes()) {
            out.append("  index ").append(i.name()).append(' ').append(index(i)).append('\n');
        }
        for (LiveForeignKey fk : t.foreignKeys()) {
            out.append("  foreign key ").append(Objects.requireNonNullElse(fk.name(), "")).append(' ')
                    .append(foreignKey(fk)).append('\n');
        }
        for (LiveCheck c : t.checks()) {
            out.append("  check ").append(Objects.requireNonNullElse(c.name(), "")).append(" (")
                    .append(c.expression()).append(")\n");
        }
        return out.toString();
    }
}
