package io.github.dialectic.lint;

import io.github.dialectic.Dialectic;
import io.github.dialectic.parse.ParsedStatement;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlStatement;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A content-addressed cache of what splitting and parsing made of a file: its statements and their change models.
 * Applied migrations never change, so a re-run over the same files skips splitting, lexing and parsing; schema
 * replay, rules and suppressions always run afresh (they depend on targets and rule configuration).
 *
 * <p>An entry is keyed by SHA-256 over the file's text, its SQL flavour, the statement size limit, Dialectic's version
 * and a stamp of the build (size and time of the jar or class directory holding this class), so a changed file, a
 * changed flavour setting or another build of Dialectic never reads an old entry. Entries carry their key and a CRC;
 * an entry that is truncated, corrupt, or names a class outside the change model is ignored and rebuilt. Files with a
 * statement whose parse timed out are not cached (a later run may have more time). Write failures are ignored: the
 * cache is an optimisation, never a reason to fail a lint.
 */
public final class ParseCache {

    private static final int MAGIC = 0x44434331; // "DCC1"
    private static final String CHANGE_PACKAGE = "io.github.dialectic.change.";
    private static final String STAMP = buildStamp();

    private final Path dir;
    private volatile boolean dirReady;

    private ParseCache(Path dir) {
        this.dir = dir;
    }

    public static ParseCache at(Path dir) {
        return new ParseCache(dir);
    }

    /** {@code $XDG_CACHE_HOME/dialectic}, else {@code ~/.cache/dialectic}. */
    public static Path defaultDir() {
        return defaultDir(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
    }

    /**
     * {@code xdgCacheHome/dialectic} when that is an absolute path, else {@code home/.cache/dialectic}: the XDG base
     * directory specification says a relative path there is invalid and to be ignored (taken as it stands, it put a
     * cache into whatever directory a run started in).
     */
    static Path defaultDir(String xdgCacheHome, String home) {
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            return Path.of(xdgCacheHome, "dialectic");
        }
        return Path.of(home, ".cache", "dialectic");
    }

    public Path dir() {
        return dir;
    }

    /** The cached statements of this file, or null (no entry, or an entry that cannot be trusted). */
    List<ParsedStatement> load(SourceFile file) {
        return load(file, key(file));
    }

    /** As {@link #load(SourceFile)}, with the file's {@link #key} already computed. */
    List<ParsedStatement> load(SourceFile file, byte[] key) {
        Path entry = dir.resolve(HexFormat.of().formatHex(key));
        byte[] bytes;
        try {
            if (!Files.isRegularFile(entry)) {
                return null;
            }
            bytes = Files.readAllBytes(entry);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            return decode(bytes, key, file.text());
        } catch (IOException | RuntimeException | ReflectiveOperationException | LinkageError e) {
            return null; // corrupt or foreign: treated as a miss, overwritten by the next store
        }
    }

    /** Stores the statements of this file; best effort. */
    void store(SourceFile file, List<ParsedStatement> parsed) {
        store(file, key(file), parsed);
    }

    /** As {@link #store(SourceFile, List)}, with the file's {@link #key} already computed. */
    void store(SourceFile file, byte[] key, List<ParsedStatement> parsed) {
        if (parserGaveUp(parsed)) {
            return;
        }
        try {
            byte[] bytes = encode(parsed, key);
            if (!dirReady) {
                Files.createDirectories(dir);
                dirReady = true;
            }
            CacheFiles.writeAtomically(dir.resolve(HexFormat.of().formatHex(key)), bytes);
        } catch (IOException | RuntimeException e) {
            // unwritable directory, full disk, a model value the codec does not know: no entry, no harm
        }
    }

    /** Whether JSqlParser ran out of time on one of these statements: a result that another run may not repeat. */
    static boolean parserGaveUp(List<ParsedStatement> parsed) {
        for (ParsedStatement ps : parsed) {
            if (ps.problem() != null && ps.problem().contains("gave up after")) {
                return true;
            }
        }
        return false;
    }

    static byte[] key(SourceFile file) {
        return key(file, contentHash(file));
    }

    /** SHA-256 of the file's text: what the file is, whatever it is read as. */
    static byte[] contentHash(SourceFile file) {
        return CacheFiles.sha256().digest(file.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The entry key: the text's hash, read as this flavour by this build. */
    static byte[] key(SourceFile file, byte[] contentHash) {
        MessageDigest sha = CacheFiles.sha256();
        sha.update(("dialectic-parse-cache\0" + Dialectic.version() + "\0" + STAMP + "\0" + file.flavor() + "\0"
                + StatementAnalyzer.MAX_PARSE_CHARS + "\0").getBytes(StandardCharsets.UTF_8));
        sha.update(contentHash);
        return sha.digest();
    }


    private static String buildStamp() {
        try {
            CodeSource source = ParseCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(p)) {
                p = p.resolve(ParseCache.class.getName().replace('.', '/') + ".class");
            }
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---- format

    private static byte[] encode(List<ParsedStatement> parsed, byte[] key) throws IOException {
        return CacheFiles.seal(MAGIC, key, out -> {
            out.writeInt(parsed.size());
            for (ParsedStatement ps : parsed) {
                SqlStatement st = ps.statement();
                out.writeInt(st.ordinal());
                out.writeInt(st.start());
                out.writeInt(st.end());
                out.writeInt(st.line());
                out.writeInt(st.column());
                out.writeInt(st.endLine());
                out.writeInt(st.endColumn());
                writeValue(out, ps.change());
                writeValue(out, ps.problem());
                out.writeInt(ps.problemOffset());
                writeValue(out, ps.notModelled());
            }
        });
    }

    private static List<ParsedStatement> decode(byte[] bytes, byte[] key, String text)
            throws IOException, ReflectiveOperationException {
        DataInputStream in = CacheFiles.open(bytes, MAGIC, key);
        int count = in.readInt();
        if (count < 0 || count > text.length() + 1) {
            throw new IOException("bad count");
        }
        List<ParsedStatement> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int ordinal = in.readInt();
            int start = in.readInt();
            int end = in.readInt();
            if (ordinal != i || start < 0 || end < start || end > text.length()) {
                throw new IOException("bad statement range");
            }
            SqlStatement st = new SqlStatement(ordinal, start, end, text.substring(start, end), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt());
            Object change = readValue(in, 0);
            Object problem = readValue(in, 0);
            int offset = in.readInt();
            Object notModelled = readValue(in, 0);
            if ((change != null && !(change instanceof io.github.dialectic.change.Change))
                    || (problem != null && !(problem instanceof String)) || !(notModelled instanceof List<?> nm)
                    || (change == null) == (problem == null)) {
                throw new IOException("bad statement");
            }
            List<String> notes = new ArrayList<>();
            for (Object o : nm) {
                notes.add((String) o);
            }
            result.add(new ParsedStatement(st, (io.github.dialectic.change.Change) change, (String) problem, offset,
                    notes));
        }
        if (in.available() != 0) {
            throw new IOException("trailing bytes");
        }
        return result;
    }

    // ---- a small codec for the change model: records and enums of io.github.dialectic.change, strings, boxed
    // ---- integers and booleans, lists. Anything else is refused (encoding) or rejected (decoding).

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte BOOL = 3;
    private static final byte LIST = 4;
    private static final byte RECORD = 5;
    private static final byte ENUM = 6;
    private static final int MAX_DEPTH = 64;

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();
    /** A record class's component accessors, found once (asking the class each time was most of the encoding). */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
            }
            return accessors;
        }
    };

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            CacheFiles.writeString(out, s);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOL);
            out.writeBoolean(b);
        } else if (v instanceof List<?> l) {
            out.writeByte(LIST);
            out.writeInt(l.size());
            for (Object o : l) {
                writeValue(out, o);
            }
        } else if (v instanceof Enum<?> e && e.getDeclaringClass().getName().startsWith(CHANGE_PACKAGE)) {
            out.writeByte(ENUM);
            out.writeUTF(e.getDeclaringClass().getName());
            out.writeUTF(e.name());
        } else if (v instanceof Record r && r.getClass().getName().startsWith(CHANGE_PACKAGE)) {
            out.writeByte(RECORD);
            out.writeUTF(r.getClass().getName());
            Method[] accessors = ACCESSORS.get(r.getClass());
            out.writeInt(accessors.length);
            for (Method accessor : accessors) {
                try {
                    writeValue(out, accessor.invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IOException("cannot read " + accessor, e);
                }
            }
        } else {
            throw new IOException("not cacheable: " + v.getClass().getName());
        }
    }



    private static Object readValue(DataInputStream in, int depth) throws IOException, ReflectiveOperationException {
        if (depth > MAX_DEPTH) {
            throw new IOException("too deep");
        }
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return CacheFiles.readString(in);
            case INT:
                return in.readInt();
            case BOOL:
                return in.readBoolean();
            case LIST: {
                int n = in.readInt();
                if (n < 0 || n > in.available()) {
                    throw new IOException("bad list length");
                }
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(readValue(in, depth + 1));
                }
                return l;
            }
            case ENUM: {
                Class<?> type = modelClass(in.readUTF());
                if (!type.isEnum()) {
                    throw new IOException("not an enum");
                }
                String name = in.readUTF();
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(name)) {
                        return constant;
                    }
                }
                throw new IOException("no constant " + name);
            }
            case RECORD: {
                Class<?> type = modelClass(in.readUTF());
                if (!type.isRecord()) {
                    throw new IOException("not a record");
                }
                Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, ParseCache::canonical);
                int n = in.readInt();
                if (n != constructor.getParameterCount()) {
                    throw new IOException("component count of " + type.getName() + " changed");
                }
                Object[] args = new Object[n];
                for (int i = 0; i < n; i++) {
                    args[i] = readValue(in, depth + 1);
                }
                return constructor.newInstance(args); // wrong types throw IllegalArgumentException: a miss
            }
            default:
                throw new IOException("bad tag " + tag);
        }
    }

    private static final Map<String, Class<?>> MODEL_CLASSES = new ConcurrentHashMap<>();

    private static Class<?> modelClass(String name) throws ClassNotFoundException, IOException {
        Class<?> known = MODEL_CLASSES.get(name);
        if (known != null) {
            return known;
        }
        if (!name.startsWith(CHANGE_PACKAGE)) {
            throw new IOException("class outside the change model: " + name);
        }
        Class<?> type = Class.forName(name, false, ParseCache.class.getClassLoader());
        MODEL_CLASSES.put(name, type);
        return type;
    }

    private static Constructor<?> canonical(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
