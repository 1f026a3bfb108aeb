package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.source.Location;
import io.github.dialectic.source.Script;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlFlavor;
import io.github.dialectic.source.SqlScript;
import io.github.dialectic.source.SqlStatement;

import java.nio.file.Path;
import java.util.List;

/**
 * The live schema as a script for the linter: the DDL that would create it ({@link LiveDdl}), whose findings point at
 * the live object ({@code db (public.instances.uuid)}), not at a position in generated text.
 */
final class LiveSchemaScript implements Script {

    /** The source name findings on the live schema carry. */
    static final String SOURCE = "db";

    private final LiveDdl ddl;
    /** The generated DDL, split as any SQL file; this script only locates findings differently. */
    private final SqlScript sql;

    LiveSchemaScript(LiveCatalog catalog) {
        this.ddl = LiveDdl.of(catalog);
        this.sql = new SqlScript(SourceFile.of(Path.of(SOURCE), ddl.text()).withFlavor(catalog.engine()
                == Engine.POSTGRESQL ? SqlFlavor.POSTGRESQL : SqlFlavor.GENERIC)); // LiveDdl double-quotes identifiers
    }

    @Override
    public SourceFile file() {
        return sql.file();
    }

    @Override
    public List<SqlStatement> statements() {
        return sql.statements();
    }

    @Override
    public Location locate(int start, int end) {
        return new Location.Element(SOURCE, ddl.elementAt(start));
    }
}
