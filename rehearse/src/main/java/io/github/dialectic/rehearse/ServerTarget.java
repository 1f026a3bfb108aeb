package io.github.dialectic.rehearse;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveConnections;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * A server the user points at with {@code --jdbc}. The database the URL names is only used to connect: each scratch
 * is a new database (MySQL, MariaDB, PostgreSQL) or schema (Db2) named {@code dialectic_rehearse_<random>}, dropped
 * on close, on failure and, through a shutdown hook, on Ctrl-C. The password never reaches a message.
 */
final class ServerTarget implements RehearsalTarget {

    private final String url;
    private final String user;
    private final String password;
    private final Engine engine;

    private ServerTarget(String url, String user, String password, Engine engine) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.engine = engine;
    }

    static ServerTarget connect(String url, String user, String password) throws RehearsalException {
        ServerTarget probe = new ServerTarget(url, user, password, null);
        try (Connection c = probe.open(url)) {
            Engine engine = LiveConnections.engine(c);
            if (engine == Engine.SQLITE) {
                throw new RehearsalException("rehearse makes its own SQLite database: use --engine sqlite, not --jdbc "
                        + probe.redacted());
            }
            return new ServerTarget(url, user, password, engine);
        } catch (SQLException e) {
            throw new RehearsalException("cannot connect to " + probe.redacted() + ": " + probe.redact(e.getMessage()), e);
        }
    }

    private Connection open(String target) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return LiveConnections.connect(target, properties);
    }

    String redacted() {
        return LiveConnections.redact(url);
    }

    private String redact(String message) {
        String m = LiveConnections.redact(message);
        return password == null || password.isEmpty() ? m : m.replace(password, "***");
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public String label() {
        return engine.id();
    }

    @Override
    public Scratch create() throws RehearsalException {
        String name = ScratchNames.next();
        try (Connection admin = open(url); Statement s = admin.createStatement()) {
            s.execute(engine == Engine.DB2 ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new RehearsalException(engine.id() + ": the user of " + redacted() + " cannot create a "
                    + (engine == Engine.DB2 ? "schema" : "database") + " (" + redact(e.getMessage()) + "); rehearse "
                    + "never runs migrations in an existing database: give a user who may create one", e);
        }
        ServerScratch scratch = new ServerScratch(name);
        try {
            scratch.connect();
        } catch (SQLException e) {
            scratch.close();
            throw new RehearsalException(engine.id() + ": cannot open the scratch database " + name + ": "
                    + redact(e.getMessage()), e);
        }
        return scratch;
    }

    @Override
    public void close() {
    }

    /** The URL with its database replaced by {@code name} (PostgreSQL connects to one database for good). */
    static String withDatabase(String url, String name) {
        return url.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + name);
    }

    private final class ServerScratch extends ConnectedScratch {
        private final String name;
        private final Thread hook;

        ServerScratch(String name) {
            super(engine, List.of(engine == Engine.POSTGRESQL ? "public" : name));
            this.name = name;
            this.hook = new Thread(this::endAndDrop, "dialectic-rehearse-drop-" + name);
            Runtime.getRuntime().addShutdownHook(hook);
        }

        void connect() throws SQLException {
            Connection c = open(engine == Engine.POSTGRESQL ? withDatabase(url, name) : url);
            try (Statement s = c.createStatement()) {
                switch (engine) {
                    case MARIADB, MYSQL -> c.setCatalog(name);
                    case DB2 -> s.execute("SET SCHEMA " + name);
                    default -> {
                    }
                }
                connected(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }

        @Override
        void drop() {
            try (Connection admin = open(url); Statement s = admin.createStatement()) {
                switch (engine) {
                    case MARIADB, MYSQL -> s.execute("DROP DATABASE IF EXISTS " + name);
                    case POSTGRESQL -> s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    // Db2 drops a schema with its objects through this procedure (Db2 11.5 documentation,
                    // "ADMIN_DROP_SCHEMA procedure"); DROP SCHEMA alone needs an empty schema
                    case DB2 -> s.execute("CALL SYSPROC.ADMIN_DROP_SCHEMA('" + name.toUpperCase(java.util.Locale.ROOT)
                            + "', NULL, 'SYSTOOLS', 'DIALECTIC_DROP_ERRORS')");
                    default -> {
                    }
                }
            } catch (SQLException e) {
                System.err.println("dialectic: could not drop the scratch " + (engine == Engine.DB2 ? "schema " : "database ")
                        + name + " on " + redacted() + " (" + redact(e.getMessage()) + "): drop it by hand");
            }
        }

        @Override
        public void close() {
            super.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook ran or runs, and finds it dropped
            }
        }
    }
}
