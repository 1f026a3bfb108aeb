package io.github.dialectic.liquibase;

import io.github.dialectic.engine.Target;
import io.github.dialectic.source.SourceException;
import liquibase.LabelExpression;
import liquibase.Contexts;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.DatabaseList;
import liquibase.database.OfflineConnection;
import liquibase.exception.ValidationErrors;
import liquibase.logging.core.NoOpLogService;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.precondition.Precondition;
import liquibase.precondition.PreconditionLogic;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.ui.LoggerUIService;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Has Liquibase read a changelog for one target engine and produce, offline, the SQL it would run there: the
 * changesets its dbms, context and label filters let through, in order, each with its changes' SQL (modifySql applied)
 * or Liquibase's own reason for refusing a change. Changesets of formatted SQL changelogs are listed without SQL: their
 * text is linted as written.
 *
 * <p>Liquibase's database short names are the engines' ids ({@code mysql}, {@code mariadb}, {@code postgresql},
 * {@code sqlite}, {@code db2}); the database version comes from the target. The offline connection keeps its change
 * history in a CSV file; each run gets a fresh one in a temporary folder that is deleted afterwards.
 */
final class LiquibaseGeneration implements AutoCloseable {

    /** What Liquibase made of one change for the target: its SQL statements, or why it refused. */
    sealed interface Piece permits GeneratedSql, Refused {
        String change();
    }

    /** The SQL of one change, statement by statement, as Liquibase would send it. */
    record GeneratedSql(String change, List<String> statements) implements Piece {
    }

    /**
     * A change Liquibase did not produce SQL for: {@code validation} when its validation refused it for the engine
     * (the update fails there), else generation failed offline (e.g. it needs to read the live database).
     * Formatted SQL changesets have their pieces too, for when their text cannot be found in the file.
     */
    record Refused(String change, String message, boolean validation) implements Piece {
    }

    /** A changeset the filters let through for the target, in application order. */
    record ChangeSetRun(Path file, String logicalPath, String id, String author, String preconditions,
                        boolean formattedSql, List<Piece> pieces) {
        String name() {
            return id + "::" + author;
        }
    }

    /** The changelog as the target sees it: its changesets, and the changelog-level preconditions (by file). */
    record Generated(List<ChangeSetRun> changeSets, Map<Path, String> changelogPreconditions) {
    }

    private final Path changelog;
    private final Path given; // as the user named it, for messages
    private final ChangelogOptions options;
    private final ResourceAccessor resources;
    private final Path historyDir;
    private boolean validated; // the XML was checked against Liquibase's XSD for one target: the same for all

    LiquibaseGeneration(Path changelog, ChangelogOptions options) throws SourceException {
        this.changelog = changelog.toAbsolutePath().normalize();
        this.given = changelog;
        this.options = options;
        List<ResourceAccessor> roots = new ArrayList<>();
        try {
            // the changelog's own folder first (its name is the changelog path Liquibase sees), then the search path
            roots.add(new DirectoryResourceAccessor(this.changelog.getParent()));
            for (Path p : options.searchPath()) {
                Path root = p.toAbsolutePath().normalize();
                if (!root.equals(this.changelog.getParent())) {
                    roots.add(new DirectoryResourceAccessor(root));
                }
            }
        } catch (FileNotFoundException e) {
            throw new SourceException(changelog, 0, "search path folder not found: " + e.getMessage(), e);
        }
        this.resources = new CompositeResourceAccessor(roots);
        try {
            this.historyDir = Files.createTempDirectory("dialectic-liquibase");
        } catch (IOException e) {
            throw new SourceException(changelog, 0, "cannot create a temporary folder for Liquibase: " + e, e);
        }
    }

    /** Liquibase's view of the changelog for {@code target}. */
    Generated generate(Target target) throws SourceException {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        scope.put(Scope.Attr.logService.name(), new NoOpLogService());
        scope.put(Scope.Attr.ui.name(), new LoggerUIService()); // its messages go to the no-op log, not to stdout
        // a file found under two roots of the search path: the first root wins (the changelog's folder), as a warning
        scope.put("liquibase.duplicateFileMode", "WARN");
        scope.put("liquibase.analytics.enabled", Boolean.FALSE); // offline, and no usage data leaves the machine
        // compiling the XSD is most of a parse: once is enough (on a loaded machine 200-400 ms -> 50-120 ms a target)
        scope.put("liquibase.validateXmlChangelogFiles", !validated);
        try {
            Generated generated = Scope.child(scope, () -> generateInScope(target));
            validated = true;
            return generated;
        } catch (SourceException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceException(given, 0, "Liquibase cannot read the changelog: " + message(e), e);
        }
    }

    private Generated generateInScope(Target target) throws Exception {
        String engine = target.engine().id();
        Path history = historyDir.resolve("databasechangelog-" + engine + ".csv");
        Files.deleteIfExists(history); // fresh: nothing counts as already run
        OfflineConnection connection = new OfflineConnection("offline:" + engine + "?version=" + target.version()
                + "&outputLiquibaseSql=none&changeLogFile=" + history, resources);
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(connection);
        ChangeLogParameters parameters = new ChangeLogParameters(database);
        Contexts contexts = new Contexts(options.contexts());
        LabelExpression labels = new LabelExpression(options.labels());
        parameters.setContexts(contexts);
        parameters.setLabels(labels);
        String name = changelog.getFileName().toString();
        DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(name, resources)
                .parse(name, parameters, resources);

        DbmsChangeSetFilter dbms = new DbmsChangeSetFilter(database);
        ContextChangeSetFilter contextFilter = new ContextChangeSetFilter(contexts);
        LabelChangeSetFilter labelFilter = new LabelChangeSetFilter(labels);
        List<ChangeSetRun> runs = new ArrayList<>();
        Map<Path, String> changelogPreconditions = new HashMap<>();
        Map<String, Path> files = new HashMap<>();
        for (ChangeSet cs : log.getChangeSets()) {
            if (cs.isIgnore() || !dbms.accepts(cs).isAccepted() || !contextFilter.accepts(cs).isAccepted()
                    || !labelFilter.accepts(cs).isAccepted()) {
                continue;
            }
            DatabaseChangeLog owner = cs.getChangeLog();
            String logical = owner.getPhysicalFilePath();
            Path file = files.computeIfAbsent(logical, this::physical);
            if (file != null && owner.getPreconditions() != null && !changelogPreconditions.containsKey(file)) {
                String described = describe(owner.getPreconditions());
                if (described != null) {
                    changelogPreconditions.put(file, described);
                }
            }
            boolean formatted = file != null && logical.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")
                    && Changelogs.isFormattedSql(file);
            List<Piece> pieces = pieces(cs, database, contexts, labels);
            runs.add(new ChangeSetRun(file, logical, cs.getId(), cs.getAuthor(), describe(cs.getPreconditions()),
                    formatted, pieces));
        }
        return new Generated(runs, changelogPreconditions);
    }

    /** Each change's SQL for the database, with the changeset's modifySql visitors for it applied. */
    private static List<Piece> pieces(ChangeSet cs, Database database, Contexts contexts, LabelExpression labels) {
        List<SqlVisitor> visitors = new ArrayList<>();
        for (SqlVisitor v : cs.getSqlVisitors()) {
            if ((v.getApplicableDbms() == null || v.getApplicableDbms().isEmpty()
                    || DatabaseList.definitionMatches(v.getApplicableDbms(), database, true))
                    && (v.getContextFilter() == null || v.getContextFilter().matches(contexts))
                    && (v.getLabels() == null || labels.matches(v.getLabels()))) {
                visitors.add(v);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (Change change : cs.getChanges()) {
            String name = ChangeFactory.getInstance().getChangeMetaData(change).getName();
            ValidationErrors errors = change.validate(database);
            if (errors.hasErrors()) {
                pieces.add(new Refused(name, String.join("; ", errors.getErrorMessages()), true));
                continue;
            }
            try {
                List<String> sql = new ArrayList<>();
                for (liquibase.statement.SqlStatement statement : change.generateStatements(database)) {
                    for (Sql s : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                        String text = s.toSql();
                        for (SqlVisitor v : visitors) {
                            text = v.modifySql(text, database);
                        }
                        sql.add(text);
                    }
                }
                pieces.add(new GeneratedSql(name, sql));
            } catch (RuntimeException e) {
                pieces.add(new Refused(name, message(e), false));
            }
        }
        return pieces;
    }

    /** The preconditions of a changeset or changelog in a few words, or null when it has none. */
    private static String describe(PreconditionContainer preconditions) {
        if (preconditions == null || preconditions.getNestedPreconditions().isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        leaves(preconditions, names);
        return names.isEmpty() ? null : String.join(", ", names) + " (onFail " + preconditions.getOnFail() + ")";
    }

    /** The names of the preconditions under {@code logic}, through and/or/not and nested containers. */
    private static void leaves(PreconditionLogic logic, Set<String> names) {
        for (Precondition p : logic.getNestedPreconditions()) {
            if (p instanceof PreconditionLogic nested) {
                leaves(nested, names);
            } else {
                names.add(p.getName());
            }
        }
    }

    /** The file behind a changelog path Liquibase resolved, or null when it is not a plain file. */
    private Path physical(String logicalPath) {
        try {
            Resource r = resources.getExisting(logicalPath);
            URI uri = r.getUri();
            return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first message in the chain of causes (Liquibase's outermost ones name the file). */
    static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().strip();
            }
        }
        return e.getClass().getSimpleName();
    }

    /** Deletes the temporary history files. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(historyDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the folder is under the system's temporary directory
        }
    }
}
