package io.github.dialectic.live;

import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.live.LiveCatalog.Key;
import io.github.dialectic.live.LiveCatalog.LiveCheck;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveForeignKey;
import io.github.dialectic.live.LiveCatalog.LiveIndex;
import io.github.dialectic.live.LiveCatalog.LiveTable;
import io.github.dialectic.schema.SchemaBuilder;
import io.github.dialectic.schema.SchemaSource;

import java.util.List;
import java.util.regex.Pattern;

/** The live schema as the replay's starting point: pending migrations are checked against what the database has. */
public final class LiveSchemaSource implements SchemaSource {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    private final LiveCatalog catalog;

    public LiveSchemaSource(LiveCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void describe(SchemaBuilder builder) {
        for (LiveTable t : catalog.tables()) {
            SchemaBuilder.TableBuilder table = builder.table(new QualifiedName(
                    t.schema() == null ? null : name(t.schema()), name(t.name())));
            for (LiveColumn c : t.columns()) {
                table.column(name(c.name()), SchemaBuilder.type(c.typeSql()), c.nullable(), c.defaultValue(),
                        c.autoIncrement());
            }
            if (t.primaryKey() != null) {
                table.primaryKey(keyName(t.primaryKey()), names(t.primaryKey().columns()));
            }
            for (Key u : t.uniqueConstraints()) {
                table.unique(keyName(u), names(u.columns()));
            }
            for (LiveIndex i : t.indexes()) {
                table.indexOnParts(name(i.name()), i.unique(), i.parts(), i.where());
            }
            for (LiveForeignKey fk : t.foreignKeys()) {
                table.foreignKey(fk.name() == null ? null : name(fk.name()), names(fk.columns()),
                        new QualifiedName(fk.parentSchema() == null ? null : name(fk.parentSchema()), name(fk.parentTable())),
                        names(fk.parentColumns()), fk.onDelete(), fk.onUpdate());
            }
            for (LiveCheck ck : t.checks()) {
                table.check(ck.name() == null ? null : name(ck.name()), ck.expression());
            }
        }
    }

    private static Name keyName(Key key) {
        return key.name() == null ? null : name(key.name());
    }

    /**
     * A catalog name as a migration would have written it: plain lower-case names unquoted (they fold and meet any
     * spelling), others quoted (their case is part of the name).
     */
    static Name name(String text) {
        return new Name(text, !PLAIN.matcher(text).matches());
    }

    private static List<Name> names(List<String> texts) {
        return texts.stream().map(LiveSchemaSource::name).toList();
    }
}
