package io.github.dialectic.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Flyway SQL migrations: the {@code .sql} files under the given files and directories, in the order Flyway applies
 * them ({@link MigrationLocator}), each read as strict UTF-8 and split into statements.
 */
public final class FlywaySqlSource implements StatementSource {

    private final List<Path> inputs;
    private final SqlFlavor flavor;

    /** {@code flavor}: the SQL flavour of every file, or null to detect it file by file. */
    public FlywaySqlSource(List<Path> inputs, SqlFlavor flavor) {
        this.inputs = List.copyOf(inputs);
        this.flavor = flavor;
    }

    /** Reads the files in parallel; the first bad file in migration order is the one reported. */
    @Override
    public List<Script> scripts() throws SourceException {
        List<Path> paths = MigrationLocator.locate(inputs);
        Object[] read = new Object[paths.size()];
        IntStream.range(0, paths.size()).parallel().forEach(i -> {
            try {
                SourceFile f = SourceFile.read(paths.get(i));
                read[i] = new SqlScript(flavor == null ? f : f.withFlavor(flavor));
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
