package io.github.dialectic.schema;

import io.github.dialectic.change.AlterAction;
import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.IndexDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.PrimaryKeyDef;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.UniqueDef;

import java.util.List;

/**
 * Applies changes to a {@link Schema} in migration order, so that each rule can be shown the schema as it stood just
 * before the statement it checks. Replay follows what the engines that accept a statement do; it never fails: a
 * change to an object we have not seen creates an incomplete placeholder instead.
 */
public final class SchemaReplay {

    private SchemaReplay() {
    }

    public static void apply(Schema schema, Change change) {
        if (change instanceof Change.CreateTable ct) {
            createTable(schema, ct);
        } else if (change instanceof Change.DropTable dt) {
            dt.tables().forEach(schema::drop);
        } else if (change instanceof Change.RenameTable rt) {
            rt.renames().forEach(r -> schema.rename(r.from(), r.to()));
        } else if (change instanceof Change.AlterTable at) {
            alterTable(schema, at);
        } else if (change instanceof Change.CreateIndex ci) {
            Table t = schema.getOrPlaceholder(ci.table());
            t.addIndex(toIndex(ci.index()));
        } else if (change instanceof Change.DropIndex di) {
            dropIndex(schema, di);
        } else if (change instanceof Change.RenameIndex ri) {
            schema.tablesWithIndex(ri.from()).forEach(t -> t.renameIndex(ri.from(), ri.to()));
        }
        // Transaction and Other statements leave the structure alone.
    }

    private static void createTable(Schema schema, Change.CreateTable ct) {
        if (ct.ifNotExists() && schema.table(ct.table()).isPresent()) {
            return;
        }
        Table t = schema.create(ct.table(), true);
        List<Name> pkColumns = ct.constraints().stream()
                .filter(c -> c instanceof PrimaryKeyDef).flatMap(c -> c.columns().stream()).toList();
        for (ColumnDef def : ct.columns()) {
            addColumn(t, def, pkColumns);
        }
        for (ConstraintDef c : ct.constraints()) {
            addConstraint(t, c);
        }
        ct.options().forEach(t::addOption);
        t.setDefaults(ct.defaultCharacterSet(), ct.defaultCollation());
    }

    private static void addColumn(Table t, ColumnDef def, List<Name> pkColumns) {
        boolean inPrimaryKey = def.primaryKey() || Names.contains(pkColumns, def.name());
        boolean nullable = def.nullability() != ColumnDef.Nullability.NOT_NULL && !inPrimaryKey;
        t.putColumn(new Column(def.name(), def.type(), nullable, def.defaultValue(), def.autoIncrement()));
        if (def.primaryKey()) {
            t.setPrimaryKey(new Key(null, List.of(def.name())));
        }
        if (def.unique()) {
            t.addUnique(new Key(null, List.of(def.name())));
        }
        if (def.references() != null) {
            addConstraint(t, def.references().withColumns(List.of(def.name())));
        }
    }

    private static void addConstraint(Table t, ConstraintDef c) {
        if (c instanceof PrimaryKeyDef pk) {
            t.setPrimaryKey(new Key(pk.name(), pk.columns()));
            for (Name col : pk.columns()) {
                t.column(col).ifPresent(column -> column.setNullable(false));
            }
        } else if (c instanceof UniqueDef u) {
            t.addUnique(new Key(u.name(), u.columns()));
        } else if (c instanceof ForeignKeyDef fk) {
            t.addForeignKey(new ForeignKey(fk.name(), fk.columns(), fk.parentTable(), fk.parentColumns(),
                    fk.onDelete(), fk.onUpdate(), fk.inline()));
        } else if (c instanceof CheckDef ck) {
            t.addCheck(new Check(ck.name(), ck.condition()));
        } else if (c instanceof IndexDef ix) {
            t.addIndex(toIndex(ix));
        }
    }

    private static Index toIndex(IndexDef def) {
        return new Index(def.name(), def.unique(), def.parts(), def.where());
    }

    private static void alterTable(Schema schema, Change.AlterTable at) {
        QualifiedName tableName = at.table();
        for (AlterAction action : at.actions()) {
            Table t = schema.getOrPlaceholder(tableName);
            if (action instanceof AlterAction.AddColumn ac) {
                if (!(ac.ifNotExists() && t.column(ac.column().name()).isPresent())) {
                    addColumn(t, ac.column(), List.of());
                }
            } else if (action instanceof AlterAction.DropColumn dc) {
                t.removeColumn(dc.column());
            } else if (action instanceof AlterAction.RenameColumn rc) {
                t.renameColumn(rc.from(), rc.to());
                for (Table other : schema.tablesReferencing(tableName.key())) {
                    other.renameParentColumn(tableName, rc.from(), rc.to());
                }
            } else if (action instanceof AlterAction.ModifyColumn mc) {
                // MySQL semantics: the new definition replaces the old one entirely.
                if (!mc.from().sameAs(mc.column().name())) {
                    t.renameColumn(mc.from(), mc.column().name());
                    for (Table other : schema.tablesReferencing(tableName.key())) {
                        other.renameParentColumn(tableName, mc.from(), mc.column().name());
                    }
                }
                boolean inPk = t.primaryKey().map(k -> Names.contains(k.columns(), mc.column().name())).orElse(false);
                ColumnDef def = mc.column();
                t.putColumn(new Column(def.name(), def.type(),
                        def.nullability() != ColumnDef.Nullability.NOT_NULL && !inPk && !def.primaryKey(),
                        def.defaultValue(), def.autoIncrement()));
                if (def.unique()) {
                    t.addUnique(new Key(null, List.of(def.name())));
                }
            } else if (action instanceof AlterAction.AlterColumnType act) {
                t.column(act.column()).ifPresent(c -> c.setType(act.type()));
            } else if (action instanceof AlterAction.SetNotNull sn) {
                t.column(sn.column()).ifPresent(c -> c.setNullable(false));
            } else if (action instanceof AlterAction.DropNotNull dn) {
                t.column(dn.column()).ifPresent(c -> c.setNullable(true));
            } else if (action instanceof AlterAction.SetDefault sd) {
                t.column(sd.column()).ifPresent(c -> c.setDefaultValue(sd.expression()));
            } else if (action instanceof AlterAction.DropDefault dd) {
                t.column(dd.column()).ifPresent(c -> c.setDefaultValue(null));
            } else if (action instanceof AlterAction.AddConstraint ac) {
                addConstraint(t, ac.constraint());
            } else if (action instanceof AlterAction.DropConstraint dc) {
                if (dc.kind() == AlterAction.DropConstraint.Kind.PRIMARY_KEY) {
                    t.dropPrimaryKey();
                } else if (dc.name() != null) {
                    t.dropNamed(dc.name());
                }
            } else if (action instanceof AlterAction.RenameTo rt) {
                schema.rename(tableName, rt.newName());
                tableName = rt.newName();
            } else if (action instanceof AlterAction.TableOptions options) {
                t.addOption(options.text()); // ENGINE=, CONVERT TO CHARACTER SET, COLLATE=, ...
                t.setDefaults(options.characterSet(), options.collation());
            } else if (action instanceof AlterAction.OtherAction other) {
                t.addOption(other.text());
            } else if (action instanceof AlterAction.RenameIndex ri) {
                t.renameIndex(ri.from(), ri.to());
            }
        }
    }

    private static void dropIndex(Schema schema, Change.DropIndex di) {
        if (di.table() != null) {
            schema.table(di.table()).ifPresent(t -> t.dropNamed(di.index()));
            return;
        }
        for (Table t : schema.tablesWithIndex(di.index())) {
            t.dropNamed(di.index());
            return; // outside MySQL the name is unique in the schema: one owner
        }
        // PostgreSQL: a unique constraint's backing index shares its name, but DROP INDEX on it is refused; leave it.
    }
}
