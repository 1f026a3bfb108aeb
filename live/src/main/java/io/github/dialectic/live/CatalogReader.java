package io.github.dialectic.live;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.CheckDef;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.ConstraintDef;
import io.github.dialectic.change.DataType;
import io.github.dialectic.change.IndexDef.KeyPart;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.ReferentialAction;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog.Key;
import io.github.dialectic.live.LiveCatalog.LiveCheck;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import io.github.dialectic.live.LiveCatalog.LiveForeignKey;
import io.github.dialectic.live.LiveCatalog.LiveIndex;
import io.github.dialectic.live.LiveCatalog.LiveTable;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKey;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Index;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.IndexColumnSortSequence;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;
import io.github.dialectic.source.SqlFlavor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a live schema through SchemaCrawler into a {@link LiveCatalog}. SchemaCrawler's own levels either miss what
 * the rules need (at {@code standard} no UNIQUE and no CHECK constraints) or ask the driver table by table (two
 * foreign-key calls, a primary-key call and an index call per table); this reader asks for exactly the parts the
 * rules read, and answers keys, indexes and foreign keys with one data-dictionary query each (resources
 * {@code queries/<engine>/}).
 */
public final class CatalogReader {

    /** SchemaCrawler and its plugins log through java.util.logging at INFO and WARNING; a lint's output is ours. */
    private static final List<Logger> SILENCED = new ArrayList<>();

    static {
        for (String name : List.of("schemacrawler", "us.fatehi", "org.mariadb.jdbc")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.OFF);
            SILENCED.add(logger); // a strong reference: java.util.logging forgets configured loggers otherwise
        }
    }

    private CatalogReader() {
    }

    /** The parts of the catalog the rules read; nothing about routines, privileges, users, views or sequences. */
    static SchemaInfoLevel rulesLevel() {
        return SchemaInfoLevelBuilder.builder().withTag("dialectic")
                .setRetrieveTables(true)
                .setRetrieveTableColumns(true)
                .setRetrievePrimaryKeys(true)
                .setRetrieveIndexes(true)
                .setRetrieveIndexInformation(true)
                .setRetrieveForeignKeys(true)
                .setRetrieveTableConstraints(true)
                .setRetrieveTableConstraintInformation(true)
                .setRetrieveTableConstraintDefinitions(true)
                .setRetrieveTableDefinitionsInformation(true)
                .toOptions();
    }

    /** Reads the tables of {@code schemas} (null or empty: the connection's current schema). */
    public static LiveCatalog read(Connection connection, Engine engine, List<String> schemas) throws SQLException {
        List<String> wanted = schemas == null || schemas.isEmpty() ? List.of(currentSchema(connection, engine)) : schemas;
        Catalog catalog = crawl(connection, engine, wanted, rulesLevel(), true);
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        List<LiveTable> tables = new ArrayList<>();
        for (Table t : catalog.getTables()) {
            if (t.getTableType().isView()) {
                continue;
            }
            tables.add(table(t, engine));
        }
        return new LiveCatalog(engine, connection.getMetaData().getDatabaseProductVersion(), quote, tables);
    }

    /**
     * Crawls at {@code level}; {@code fast} swaps the per-table driver calls for this project's data-dictionary
     * queries (what the bench compares).
     */
    static Catalog crawl(Connection connection, Engine engine, List<String> schemas, SchemaInfoLevel level, boolean fast) {
        DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
        SchemaRetrievalOptions matched = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
        SchemaRetrievalOptionsBuilder retrieval = SchemaRetrievalOptionsBuilder.builder(matched);
        if (fast) {
            InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder(matched.getInformationSchemaViews());
            String schemaList = schemas.stream().map(CatalogReader::literal).collect(Collectors.joining(", "));
            for (InformationSchemaKey key : InformationSchemaKey.values()) {
                String sql = query(engine, key);
                if (sql != null) {
                    views.withSql(key, sql.replace("${schemas}", schemaList));
                }
            }
            retrieval.withInformationSchemaViews(views.toOptions());
            for (SchemaInfoMetadataRetrievalStrategy strategy : List.of(
                    SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy)) {
                retrieval.with(strategy, MetadataRetrievalStrategy.data_dictionary_all);
            }
        }
        String schemaPattern = schemas.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        LimitOptionsBuilder limit = LimitOptionsBuilder.builder().tableTypes("TABLE", "BASE TABLE");
        if (engine != Engine.SQLITE) {
            limit.includeSchemas(new RegularExpressionInclusionRule("(?:[^.]*\\.)?(?:" + schemaPattern + ")"));
        }
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(limit.toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(level).toOptions());
        return new schemacrawler.crawl.SchemaCrawler(source, retrieval.toOptions(), options).crawl();
    }

    static String currentSchema(Connection connection, Engine engine) throws SQLException {
        String schema = engine == Engine.MARIADB || engine == Engine.MYSQL ? connection.getCatalog() : connection.getSchema();
        if (schema == null && engine != Engine.SQLITE) {
            throw new SQLException("the connection names no current schema: give one in the JDBC URL");
        }
        return schema == null ? "main" : schema;
    }

    /**
     * The bundled query for {@code key}: the engine's own, else (MySQL) MariaDB's. MySQL's catalog differs where it
     * matters here in CHECK_CONSTRAINTS only, which has no TABLE_NAME column (MySQL 8.0 Reference Manual, 28.3.5
     * "The INFORMATION_SCHEMA CHECK_CONSTRAINTS Table"); the other queries use columns both document.
     */
    static String query(Engine engine, InformationSchemaKey key) {
        List<String> folders = engine == Engine.MYSQL ? List.of("mysql", "mariadb") : List.of(engine.id());
        for (String folder : folders) {
            try (InputStream in = CatalogReader.class.getResourceAsStream("queries/" + folder + "/" + key.name() + ".sql")) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the bundled query " + key + " for " + engine.id(), e);
            }
        }
        return null;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static LiveTable table(Table t, Engine engine) {
        // SQLite keeps no catalog of checks and reports declared types loosely: its CREATE TABLE text is the truth
        Optional<Change.CreateTable> declared = engine == Engine.SQLITE && t.hasDefinition()
                ? Definitions.read(t.getDefinition(), SqlFlavor.SQLITE, "table " + t.getName())
                .filter(Change.CreateTable.class::isInstance).map(Change.CreateTable.class::cast)
                : Optional.empty();
        List<LiveColumn> columns = new ArrayList<>();
        for (Column c : t.getColumns()) {
            LiveColumn column = CatalogSpellings.column(engine, c);
            Optional<ColumnDef> def = declared.flatMap(ct -> ct.columns().stream()
                    .filter(d -> d.name().text().equalsIgnoreCase(c.getName())).findFirst());
            // a column declared without a type (CREATE TABLE t (x), CREATE TABLE ... AS SELECT) keeps the driver's
            if (def.isPresent() && def.get().type() != null) {
                DataType type = def.get().type();
                column = new LiveColumn(column.name(), CatalogSpellings.typeName(type.name()), type.arguments(),
                        type.unsigned(), column.nullable(), column.defaultValue(), column.autoIncrement(),
                        column.generated());
            }
            columns.add(column);
        }
        Key primaryKey = null;
        Set<String> keyNames = new HashSet<>();
        if (t.hasPrimaryKey()) {
            primaryKey = new Key(t.getPrimaryKey().getName(), names(t.getPrimaryKey().getConstrainedColumns()));
            keyNames.add(t.getPrimaryKey().getName());
        }
        List<Key> uniques = new ArrayList<>();
        List<LiveCheck> checks = new ArrayList<>();
        for (TableConstraint c : t.getTableConstraints()) {
            if (c.getType() == TableConstraintType.unique) {
                List<String> keyColumns = names(c.getConstrainedColumns());
                uniques.add(new Key(declared.map(ct -> declaredUniqueName(ct, keyColumns)).orElse(c.getName()),
                        keyColumns));
                keyNames.add(c.getName());
            } else if (c.getType() == TableConstraintType.check) {
                checks.add(new LiveCheck(c.getName(),
                        CatalogSpellings.expression(CatalogSpellings.portable(engine, c.getDefinition()))));
            }
        }
        declared.ifPresent(ct -> {
            for (ColumnDef d : ct.columns()) {
                if (d.check() != null) {
                    checks.add(new LiveCheck(null, CatalogSpellings.expression(d.check())));
                }
            }
            for (ConstraintDef c : ct.constraints()) {
                if (c instanceof CheckDef ck) {
                    checks.add(new LiveCheck(ck.name() == null ? null : ck.name().text(),
                            CatalogSpellings.expression(ck.expression())));
                }
            }
        });
        List<LiveIndex> indexes = new ArrayList<>();
        for (Index i : t.getIndexes()) {
            if (keyNames.contains(i.getName())) {
                continue; // the backing index of a PRIMARY KEY or UNIQUE constraint is the constraint
            }
            indexes.add(index(i, engine));
        }
        List<LiveForeignKey> fks = new ArrayList<>();
        for (ForeignKey fk : t.getImportedForeignKeys()) {
            List<String> cols = new ArrayList<>();
            List<String> parentCols = new ArrayList<>();
            for (ColumnReference ref : fk.getColumnReferences()) {
                cols.add(ref.getForeignKeyColumn().getName());
                parentCols.add(ref.getPrimaryKeyColumn().getName());
            }
            Table parent = fk.getPrimaryKeyTable();
            fks.add(new LiveForeignKey(fk.getName(), cols, schemaName(parent), parent.getName(), parentCols,
                    action(fk.getDeleteRule()), action(fk.getUpdateRule())));
        }
        return new LiveTable(schemaName(t), t.getName(), columns, primaryKey, uniques, indexes, fks, checks);
    }

    /**
     * An index from its definition where the catalog keeps one (expressions and the predicate are only there), from
     * its columns otherwise.
     */
    private static LiveIndex index(Index i, Engine engine) {
        Optional<Change> definition = i.hasDefinition()
                ? Definitions.read(i.getDefinition(), flavor(engine), "index " + i.getName()) : Optional.empty();
        if (definition.isPresent() && definition.get() instanceof Change.CreateIndex ci) {
            List<KeyPart> parts = ci.index().parts().stream().map(p -> p.expression() == null ? p
                    : new KeyPart(null, CatalogSpellings.portable(engine, p.expression()), p.prefixLength(),
                    p.descending())).toList();
            String where = ci.index().where();
            return new LiveIndex(i.getName(), i.isUnique(), parts,
                    where == null ? null : CatalogSpellings.expression(CatalogSpellings.portable(engine, where)));
        }
        List<KeyPart> parts = new ArrayList<>();
        for (IndexColumn c : i.getColumns()) {
            parts.add(new KeyPart(Name.of(c.getName()), null, null,
                    c.getSortSequence() == IndexColumnSortSequence.descending));
        }
        return new LiveIndex(i.getName(), i.isUnique(), parts, null);
    }

    static SqlFlavor flavor(Engine engine) {
        return switch (engine) {
            case MYSQL, MARIADB -> SqlFlavor.MYSQL;
            case POSTGRESQL -> SqlFlavor.POSTGRESQL;
            case SQLITE -> SqlFlavor.SQLITE;
            case DB2 -> SqlFlavor.DB2;
        };
    }

    /** SQLite names a UNIQUE constraint's index sqlite_autoindex_t_N; the name written is in the CREATE TABLE. */
    private static String declaredUniqueName(Change.CreateTable ct, List<String> columns) {
        for (ConstraintDef c : ct.constraints()) {
            if (c instanceof io.github.dialectic.change.UniqueDef u && u.columns().size() == columns.size()
                    && u.columns().stream().map(Name::text).toList().equals(columns)) {
                return u.name() == null ? null : u.name().text();
            }
        }
        return null; // an inline UNIQUE: no name was written
    }

    private static String schemaName(Table t) {
        String name = t.getSchema().getName();
        return name != null ? name : t.getSchema().getCatalogName();
    }

    private static List<String> names(Collection<? extends TableConstraintColumn> columns) {
        return columns.stream().map(Column::getName).toList();
    }

    private static ReferentialAction action(ForeignKeyUpdateRule rule) {
        return switch (rule) {
            case cascade -> ReferentialAction.CASCADE;
            case restrict -> ReferentialAction.RESTRICT;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            case noAction -> ReferentialAction.NO_ACTION;
            case unknown -> ReferentialAction.NONE;
        };
    }
}
