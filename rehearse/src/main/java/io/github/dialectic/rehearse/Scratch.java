package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;

import java.sql.Connection;
import java.util.List;

/**
 * A database made for one rehearsal and gone after it: a SQLite file, a database in the embedded PostgreSQL cluster,
 * or a throwaway database or schema on a server. Closing it drops it.
 */
public interface Scratch extends AutoCloseable {

    Engine engine();

    /** The engine's product version, as its driver reports it. */
    String productVersion();

    /** A writable connection in auto-commit mode whose current schema is the scratch one. */
    Connection connection();

    /** The schema the scratch tables are in, for the catalog reader (empty: the connection's current one). */
    List<String> schemas();

    @Override
    void close();
}
