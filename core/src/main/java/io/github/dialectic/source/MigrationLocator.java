package io.github.dialectic.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds migration files and orders them the way Flyway applies them, because schema replay must see
 * the changes in the order the database will.
 *
 * <p>Inputs are files (taken whatever their name) or directories (searched recursively for
 * {@code *.sql}, suffix case-sensitive). The order is:
 * <ol>
 * <li>versioned migrations {@code V<version>__<description>.sql}, by version: parts separated by
 *     {@code .} or {@code _} compare numerically, missing parts count as zero (so {@code V1} and
 *     {@code V1.0} compare equal and are then ordered by file name);</li>
 * <li>repeatable migrations {@code R__<description>.sql}, by description;</li>
 * <li>every other file, by file name in natural order ({@code 2_x.sql} before {@code 10_x.sql}).</li>
 * </ol>
 * Undo migrations {@code U<version>__*.sql} are left out entirely: Flyway never runs them on migrate.
 * Two versioned files with the same version (written the same up to leading zeros and the choice of
 * separator) are an error, as in Flyway. Unlike Flyway, {@code V1} next to {@code V1.0} is accepted.
 * The same file reached twice (given twice, or both directly and through its directory) is listed
 * once. Ties at every level are broken by the full path, so the result is deterministic.
 */
public final class MigrationLocator {

    /** How migration files are named: Flyway's prefixes, separator and suffixes, as patterns. */
    private record Naming(Pattern versioned, Pattern undo, Pattern repeatable, List<String> suffixes) {
        static Naming of(FlywayConfig c) {
            String suffixes = c.suffixes().stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
            String sep = Pattern.quote(c.separator());
            return new Naming(
                    Pattern.compile(Pattern.quote(c.sqlMigrationPrefix()) + "(\\d+(?:[._]\\d+)*)" + sep + "(.*)(?:"
                            + suffixes + ")"),
                    Pattern.compile(Pattern.quote(c.undoPrefix()) + "\\d+(?:[._]\\d+)*" + sep + ".*(?:" + suffixes + ")"),
                    Pattern.compile(Pattern.quote(c.repeatablePrefix()) + sep + "(.*)(?:" + suffixes + ")"),
                    c.suffixes());
        }

        boolean wanted(String name) {
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Naming FLYWAY_DEFAULT = Naming.of(FlywayConfig.defaults());

    private MigrationLocator() {
    }

    /** The migrations under the inputs, named as Flyway names them by default ({@code V1__x.sql}, {@code R__x.sql}). */
    public static List<Path> locate(List<Path> inputs) throws SourceException {
        return locate(inputs, FLYWAY_DEFAULT);
    }

    /**
     * The migrations under the inputs, named as {@code naming}'s prefixes, separator and suffixes say; directories
     * are searched for files with one of its suffixes.
     */
    public static List<Path> locate(List<Path> inputs, FlywayConfig naming) throws SourceException {
        return locate(inputs, Naming.of(naming));
    }

    /**
     * As {@link #locate(List)}, with the folders among the inputs that are keys of {@code walked} already walked:
     * each maps to what {@link #files} found there, asked for at least every {@code *.sql} name (a front end that
     * walks a folder for Liquibase's main changelogs takes the SQL files in the same walk).
     */
    public static List<Path> locate(List<Path> inputs, Map<Path, SortedMap<Path, Object>> walked)
            throws SourceException {
        return locate(inputs, FLYWAY_DEFAULT, walked);
    }

    private static List<Path> locate(List<Path> inputs, Naming naming) throws SourceException {
        return locate(inputs, naming, Map.of());
    }

    private static List<Path> locate(List<Path> inputs, Naming naming, Map<Path, SortedMap<Path, Object>> walked)
            throws SourceException {
        Pattern versionedPattern = naming.versioned();
        Pattern undoPattern = naming.undo();
        Pattern repeatablePattern = naming.repeatable();
        Map<Object, Path> files = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new SourceException(input, 0, "no such file or directory");
            }
            if (Files.isDirectory(input)) {
                SortedMap<Path, Object> prior = walked.get(input);
                if (prior != null) {
                    prior.forEach((p, id) -> {
                        if (naming.wanted(p.getFileName().toString())) {
                            files.putIfAbsent(id, p);
                        }
                    });
                    continue;
                }
                SortedMap<Path, Object> found; // path -> identity, in path order
                try {
                    found = files(input, naming::wanted);
                } catch (IOException | UncheckedIOException e) {
                    throw new SourceException(input, 0, "cannot list directory: " + e.getMessage(), e);
                }
                found.forEach((p, id) -> files.putIfAbsent(id, p));
            } else {
                files.putIfAbsent(identity(input), input);
            }
        }

        List<Migration> versioned = new ArrayList<>();
        List<Migration> repeatable = new ArrayList<>();
        List<Migration> other = new ArrayList<>();
        for (Path p : files.values()) {
            String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            Matcher m = versionedPattern.matcher(name);
            if (m.matches()) {
                versioned.add(new Migration(p, name, parseVersion(m.group(1)), m.group(2)));
            } else if (undoPattern.matcher(name).matches()) {
                continue;
            } else if ((m = repeatablePattern.matcher(name)).matches()) {
                repeatable.add(new Migration(p, name, null, m.group(1)));
            } else {
                other.add(new Migration(p, name, null, name));
            }
        }

        Map<List<BigInteger>, Migration> byVersion = new HashMap<>();
        for (Migration v : versioned) {
            Migration previous = byVersion.putIfAbsent(v.version, v);
            if (previous != null) {
                Path[] pair = {previous.path, v.path};
                Arrays.sort(pair, Comparator.comparing(Path::toString));
                throw new SourceException(pair[1], 0, "duplicate migration version " + versionText(v.version)
                        + " (also in " + pair[0] + ")");
            }
        }

        Comparator<Migration> byPath = Comparator.comparing(x -> x.path.toString(), MigrationLocator::compareNatural);
        versioned.sort(Comparator.<Migration, List<BigInteger>>comparing(x -> x.version, MigrationLocator::compareVersions)
                .thenComparing(x -> x.name, MigrationLocator::compareNatural)
                .thenComparing(byPath));
        repeatable.sort(Comparator.<Migration, String>comparing(x -> x.description)
                .thenComparing(x -> x.name, MigrationLocator::compareNatural)
                .thenComparing(byPath));
        other.sort(Comparator.<Migration, String>comparing(x -> x.name, MigrationLocator::compareNatural)
                .thenComparing(byPath));

        List<Path> result = new ArrayList<>(files.size());
        versioned.forEach(x -> result.add(x.path));
        repeatable.forEach(x -> result.add(x.path));
        other.forEach(x -> result.add(x.path));
        return result;
    }

    private record Migration(Path path, String name, List<BigInteger> version, String description) {
    }

    /**
     * The files under {@code root} whose name is wanted, in path order, each with an identity that is the same
     * however the file is reached (the file key, device and inode, where the file system has one; else the real
     * path). Symbolic links are followed, to folders as to files, {@code root} included, and the paths keep the
     * links' names. A link back to a folder being walked (an ancestor of the link, or the folder itself) is not
     * entered: every file there is found through that folder. A link to nothing is listed, so that reading it says
     * what is wrong, rather than a migration going missing without a word. Errors are those of
     * {@link Files#walkFileTree}: an unreadable root as its IOException, anything below it wrapped in an
     * UncheckedIOException.
     */
    public static SortedMap<Path, Object> files(Path root, Predicate<String> wantedName) throws IOException {
        SortedMap<Path, Object> found = new TreeMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path name = file.getFileName();
                if (name == null || !wantedName.test(name.toString())) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    found.put(file, attrs.fileKey() != null ? attrs.fileKey() : identity(file));
                } else if (attrs.isSymbolicLink()) { // followed, it led nowhere
                    found.put(file, file.toAbsolutePath().normalize());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    return FileVisitResult.CONTINUE;
                }
                if (file.equals(root)) {
                    throw e;
                }
                throw new UncheckedIOException(e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    throw new UncheckedIOException(e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** As in {@link #files}, for a file given by path, so that {@code dir/./a.sql} and a link to it count as one. */
    private static Object identity(Path p) {
        try {
            Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            return key != null ? key : p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * The numeric parts of a version the naming pattern matched (digit runs separated by single dots or underscores).
     * Cut by hand, not by {@code split("[._]")}, which compiles a regular expression per file (1,000 files: 1,000
     * patterns); a part that fits a long is not parsed as a BigInteger.
     */
    static List<BigInteger> parseVersion(String v) {
        List<BigInteger> parts = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i == v.length() || v.charAt(i) == '.' || v.charAt(i) == '_') {
                String part = v.substring(start, i);
                parts.add(part.length() <= 18 ? BigInteger.valueOf(Long.parseLong(part)) : new BigInteger(part));
                start = i + 1;
            }
        }
        return List.copyOf(parts);
    }

    private static String versionText(List<BigInteger> version) {
        StringBuilder sb = new StringBuilder();
        for (BigInteger part : version) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Compares digit runs by numeric value and everything else char by char; total and consistent with equals. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = i;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int si = i;
                while (si < ei - 1 && a.charAt(si) == '0') {
                    si++;
                }
                int sj = j;
                while (sj < ej - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                int c = Integer.compare(ei - si, ej - sj);
                for (int k = 0; c == 0 && k < ei - si; k++) {
                    c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                }
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
