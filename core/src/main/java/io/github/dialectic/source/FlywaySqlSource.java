package io.github.dialectic.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Flyway SQL migrations: the {@code .sql} files under the given files and directories, in the order Flyway applies
 * them ({@link MigrationLocator}), each read as strict UTF-8 and split into statements. Given a {@link FlywayConfig},
 * files are named as it says and its placeholders are replaced before splitting ({@link PlaceholderScript}).
 */
public final class FlywaySqlSource implements StatementSource {

    private final List<Path> inputs;
    private final SqlFlavor flavor;
    private final FlywayConfig config;
    private final boolean located; // inputs are MigrationLocator.locate's result already

    /** {@code flavor}: the SQL flavour of every file, or null to detect it file by file. */
    public FlywaySqlSource(List<Path> inputs, SqlFlavor flavor) {
        this(inputs, flavor, null);
    }

    /** Files named and placeholders replaced as {@code config} says (null: Flyway's default names, nothing replaced). */
    public FlywaySqlSource(List<Path> inputs, SqlFlavor flavor, FlywayConfig config) {
        this(inputs, flavor, config, false);
    }

    private FlywaySqlSource(List<Path> inputs, SqlFlavor flavor, FlywayConfig config, boolean located) {
        this.inputs = List.copyOf(inputs);
        this.flavor = flavor;
        this.config = config;
        this.located = located;
    }

    /**
     * The files {@link MigrationLocator#locate(List)} returned, read in that order as they are: a caller that located
     * them already (the command line, to look for Liquibase formatted SQL among them) spares the second walk of the
     * folders, a stat of every file and the sorting (1,000 files: about 20 ms of a cold start).
     */
    public static FlywaySqlSource located(List<Path> files, SqlFlavor flavor) {
        return new FlywaySqlSource(files, flavor, null, true);
    }

    /**
     * How Flyway runs a script: as its own {@code <script>.conf} says ({@code executeInTransaction=true|false}), else
     * as the configuration's {@code executeInTransaction} (false: never) or Flyway's detection decides.
     */
    static ScriptTransaction transaction(Path script, FlywayConfig config) throws SourceException {
        Path conf = script.resolveSibling(script.getFileName() + ".conf");
        if (java.nio.file.Files.isRegularFile(conf)) {
            java.util.Properties p = new java.util.Properties();
            try (java.io.Reader r = java.nio.file.Files.newBufferedReader(conf)) {
                p.load(r);
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new SourceException(conf, 0, "cannot read: " + e.getMessage(), e);
            }
            String value = p.getProperty("executeInTransaction");
            if (value != null) {
                String v = value.trim();
                if (v.equalsIgnoreCase("true")) {
                    return new ScriptTransaction(ScriptTransaction.Mode.ALWAYS, config.mixed(),
                            "executeInTransaction=true in " + conf.getFileName());
                } else if (v.equalsIgnoreCase("false")) {
                    return new ScriptTransaction(ScriptTransaction.Mode.NEVER, config.mixed(),
                            "executeInTransaction=false in " + conf.getFileName());
                }
                throw new SourceException(conf, FlywayConfigFiles.lineOf(conf, "executeInTransaction"),
                        "executeInTransaction must be true or false, not '" + v + "'");
            }
        }
        if (!config.executeInTransaction()) {
            return new ScriptTransaction(ScriptTransaction.Mode.NEVER, config.mixed(), "executeInTransaction=false");
        }
        return new ScriptTransaction(ScriptTransaction.Mode.FLYWAY, config.mixed(), config.mixed() ? "mixed=true"
                : "Flyway's default");
    }

    /** Reads the files in parallel; the first bad file in migration order is the one reported. */
    @Override
    public List<Script> scripts() throws SourceException {
        List<Path> paths = located ? inputs
                : config == null ? MigrationLocator.locate(inputs) : MigrationLocator.locate(inputs, config);
        Object[] read = new Object[paths.size()];
        IntStream.range(0, paths.size()).parallel().forEach(i -> {
            try {
                SourceFile f = SourceFile.read(paths.get(i));
                SourceFile file = flavor == null ? f : f.withFlavor(flavor);
                read[i] = config == null ? new SqlScript(file) : PlaceholderScript.of(file, config,
                        transaction(paths.get(i), config));
            } catch (SourceException e) {
                read[i] = e;
            }
        });
        List<Script> scripts = new ArrayList<>(paths.size());
        for (Object o : read) {
            if (o instanceof SourceException e) {
                throw e;
            }
            scripts.add((Script) o);
        }
        return scripts;
    }
}
