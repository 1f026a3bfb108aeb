package io.github.dialectic.engine;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one engine is like from one version until the next profile of the same engine: its features, reserved words,
 * identifier limits and folding, type names, numeric limits and the functions its DEFAULT clause knows. Profiles are
 * data, defined in {@link EngineProfiles}; rules read them instead of keeping engine tables of their own.
 */
public final class EngineProfile {

    /** How an engine folds an unquoted identifier before comparing it with a quoted one. */
    public enum Folding {
        /** {@code Foo} means {@code "foo"} (PostgreSQL). */
        LOWER,
        /** {@code Foo} means {@code "FOO"} (Db2, the SQL standard). */
        UPPER,
        /** Names are compared as written or ignoring case, never by folding one spelling into another. */
        NONE
    }

    /** What the engine does with DEFAULT 'now' (or 'today', ...) on a date/time column. */
    public enum NowLiteralDefault {
        /** Converts the string once, at CREATE time, and keeps that fixed value as the default (PostgreSQL). */
        CONVERTED_ONCE,
        /** Keeps the string itself as the default (SQLite). */
        STORED_AS_TEXT,
        /** Refuses it as an invalid default value (MySQL, MariaDB: ERROR 1067). */
        INVALID_DEFAULT,
        /** Refuses it as no valid constant of the column's type (Db2). */
        NOT_A_CONSTANT
    }

    /**
     * A length limit counted in bytes (UTF-8) or characters, and whether the engine truncates what is longer (rather
     * than refusing it).
     */
    public record LengthLimit(int max, boolean inBytes, boolean truncates) {
        /** How long {@code name} is in this limit's unit. */
        public int lengthOf(String name) {
            if (!inBytes) {
                return name.codePointCount(0, name.length());
            }
            for (int k = 0; k < name.length(); k++) {
                if (name.charAt(k) >= 0x80) {
                    return name.getBytes(StandardCharsets.UTF_8).length;
                }
            }
            return name.length(); // ASCII, nearly every name: one byte a character, no copy to count them
        }

        public boolean exceededBy(String name) {
            // a name of at most max/3 UTF-16 characters is within any limit (3 UTF-8 bytes a character at most):
            // asked of every name of every statement, for every engine
            return name.length() * (inBytes ? 3 : 1) > max && lengthOf(name) > max;
        }

        /** e.g. {@code 64 characters}. */
        public String describe() {
            return max + (inBytes ? " bytes" : " characters");
        }
    }

    private final Engine engine;
    private final Version since;
    private final Set<Feature> features;
    private final Set<String> reservedWords;
    private final LengthLimit identifierLimit;
    private final Folding folding;
    private final Set<String> typeNames;
    private final Set<String> everyTypeName;
    private final int maxDecimalPrecision;
    private final int maxColumns;
    private final LengthLimit varcharLimit;
    private final LengthLimit charLimit;
    private final Set<String> defaultFunctions;
    private final Set<String> keywordsNotFunctions;
    private final Set<String> bareTimestampDefaults;
    private final NowLiteralDefault nowLiteralDefault;
    private final Set<String> volatileFunctions;
    private final int maxIndexKeyBytes;
    private final Map<String, Integer> fixedKeyBytes;
    private final Map<String, Integer> bytesPerCharacter;
    private final String defaultCharset;
    private final Set<String> keyPrefixRequiredTypes;
    private final Set<String> typesTooLongForKey;
    private final Set<String> unindexableTypes;
    private final Set<String> typesWithoutLiteralDefault;
    private final Set<String> rejectedConstructs;
    private final Set<String> refusedInTransaction;
    private final Set<String> keywords;

    private EngineProfile(Builder b) {
        this.engine = b.engine;
        this.since = b.since;
        this.features = Set.copyOf(b.features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(b.features));
        this.reservedWords = b.reservedWords.done();
        this.identifierLimit = b.identifierLimit;
        this.folding = b.folding;
        this.typeNames = b.typeNames.done();
        this.everyTypeName = b.everyTypeName.done();
        this.maxDecimalPrecision = b.maxDecimalPrecision;
        this.maxColumns = b.maxColumns;
        this.varcharLimit = b.varcharLimit;
        this.charLimit = b.charLimit;
        this.defaultFunctions = b.defaultFunctions.done();
        this.keywordsNotFunctions = b.keywordsNotFunctions.done();
        this.bareTimestampDefaults = b.bareTimestampDefaults.done();
        this.nowLiteralDefault = b.nowLiteralDefault;
        this.volatileFunctions = b.volatileFunctions.done();
        this.maxIndexKeyBytes = b.maxIndexKeyBytes;
        this.fixedKeyBytes = Map.copyOf(b.fixedKeyBytes);
        this.bytesPerCharacter = Map.copyOf(b.bytesPerCharacter);
        this.defaultCharset = b.defaultCharset;
        this.keyPrefixRequiredTypes = b.keyPrefixRequiredTypes.done();
        this.typesTooLongForKey = b.typesTooLongForKey.done();
        this.unindexableTypes = b.unindexableTypes.done();
        this.typesWithoutLiteralDefault = b.typesWithoutLiteralDefault.done();
        this.rejectedConstructs = b.rejectedConstructs.done();
        this.refusedInTransaction = b.refusedInTransaction.done();
        this.keywords = b.keywords.done();
    }

    /** The profile of a target: its engine at its version. */
    public static EngineProfile of(Target target) {
        return EngineProfiles.of(target);
    }

    public Engine engine() {
        return engine;
    }

    /** The first version this profile describes; it holds until the engine's next profile. */
    Version since() {
        return since;
    }

    public boolean supports(Feature feature) {
        ProfileReads.read(engine, feature);
        return features.contains(feature);
    }

    /** Whether {@code word} (any case) cannot be used as an unquoted table, column or index name. */
    public boolean reserves(String word) {
        ProfileReads.read(engine, "reserves");
        return reservedWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The longest table, column, index or constraint name, or null when the engine sets no practical limit. */
    public LengthLimit identifierLimit() {
        ProfileReads.read(engine, "identifierLimit");
        return identifierLimit;
    }

    public Folding folding() {
        ProfileReads.read(engine, "folding");
        return folding;
    }

    /**
     * Whether the engine accepts a type name that not every engine has (TINYINT, BYTEA, CLOB, ...), upper case as
     * {@code DataType.name()} spells it. Type names every engine has (INTEGER, VARCHAR, DECIMAL, ...) are not listed.
     */
    public boolean knowsType(String upperCaseName) {
        ProfileReads.read(engine, "knowsType");
        return typeNames.contains(upperCaseName);
    }

    /**
     * Whether the engine has no type of this one-word name, upper case as {@code DataType.name()} spells it: known
     * only for an engine whose profile lists every type name it takes, one without user-defined types (MySQL,
     * MariaDB); false for the others, which may have a type of any name.
     */
    public boolean lacksType(String upperCaseName) {
        ProfileReads.read(engine, "lacksType");
        return !everyTypeName.isEmpty() && !everyTypeName.contains(upperCaseName);
    }

    /** The largest DECIMAL/NUMERIC precision, or 0 for no limit worth checking. */
    public int maxDecimalPrecision() {
        ProfileReads.read(engine, "maxDecimalPrecision");
        return maxDecimalPrecision;
    }

    /** The most columns a table may have (MySQL/MariaDB: InnoDB's limit), or 0 for no limit checked. */
    public int maxColumns() {
        return maxColumns;
    }

    /** The longest VARCHAR(n), in characters (MySQL: with utf8mb4) or bytes (Db2); null for no limit checked. */
    public LengthLimit varcharLimit() {
        ProfileReads.read(engine, "varcharLimit");
        return varcharLimit;
    }

    /** The longest CHAR(n), in characters; null for no limit checked. */
    public LengthLimit charLimit() {
        ProfileReads.read(engine, "charLimit");
        return charLimit;
    }

    /** Whether a DEFAULT may call the built-in function {@code lowerCaseName} (no parentheses in the name). */
    public boolean hasDefaultFunction(String lowerCaseName) {
        ProfileReads.read(engine, "hasDefaultFunction");
        return defaultFunctions.contains(lowerCaseName);
    }

    /** Whether {@code lowerCaseName} is a keyword here, so that writing it as a call, {@code name()}, is a syntax error. */
    public boolean keywordNotFunction(String lowerCaseName) {
        ProfileReads.read(engine, "keywordNotFunction");
        return keywordsNotFunctions.contains(lowerCaseName);
    }

    /**
     * The functions an engine that wants expression defaults in parentheses takes without them on a DATETIME/TIMESTAMP
     * column (MySQL: CURRENT_TIMESTAMP and its synonyms); empty for the others.
     */
    public Set<String> bareTimestampDefaults() {
        ProfileReads.read(engine, "bareTimestampDefaults");
        return bareTimestampDefaults;
    }

    public NowLiteralDefault nowLiteralDefault() {
        ProfileReads.read(engine, "nowLiteralDefault");
        return nowLiteralDefault;
    }

    /**
     * Whether the function ({@code lowerCaseName}) gives each row its own value, so that ADD COLUMN with it as the
     * default writes every existing row (PostgreSQL: volatile functions); false where that is not claimed.
     */
    public boolean volatileFunction(String lowerCaseName) {
        ProfileReads.read(engine, "volatileFunction");
        return volatileFunctions.contains(lowerCaseName);
    }

    /** The longest index key in bytes (InnoDB: 3072), or 0 when no limit is checked. */
    public int maxIndexKeyBytes() {
        ProfileReads.read(engine, "maxIndexKeyBytes");
        return maxIndexKeyBytes;
    }

    /**
     * The bytes a key part of this fixed-size type (upper case, as {@code DataType.name()}) takes in an index key
     * (InnoDB: INT 4, DATETIME 5), or 0 when the profile does not know it (the key length is then a lower bound).
     */
    public int fixedKeyBytes(String upperCaseType) {
        ProfileReads.read(engine, "fixedKeyBytes");
        return fixedKeyBytes.getOrDefault(upperCaseType, 0);
    }

    /**
     * The most bytes one character takes in an index key in this character set ({@code null}: the engine's default
     * set), as the engine reserves them (InnoDB: utf8mb4 4, latin1 1); an unknown set counts as the widest.
     */
    public int bytesPerCharacter(String charset) {
        ProfileReads.read(engine, "bytesPerCharacter");
        Integer bytes = bytesPerCharacter.get(charset == null ? defaultCharset : charset.toLowerCase(java.util.Locale.ROOT));
        return bytes != null ? bytes : bytesPerCharacter.values().stream().mapToInt(Integer::intValue).max().orElse(4);
    }

    /** Whether a key part of this type (upper case, as {@code DataType.name()}) needs a prefix length (MySQL's LOBs). */
    public boolean keyPrefixRequired(String upperCaseType) {
        ProfileReads.read(engine, "keyPrefixRequired");
        return keyPrefixRequiredTypes.contains(upperCaseType);
    }

    /**
     * Whether a key part of this type without a prefix length is longer than the key limit, so that the engine treats
     * the key as over-long (MariaDB: TEXT and BLOB, but not TINYTEXT or TINYBLOB, which fit).
     */
    public boolean typeTooLongForKey(String upperCaseType) {
        ProfileReads.read(engine, "typeTooLongForKey");
        return typesTooLongForKey.contains(upperCaseType);
    }

    /** Whether no index or key may contain a column of this type (Db2: LOBs). */
    public boolean unindexableType(String upperCaseType) {
        ProfileReads.read(engine, "unindexableType");
        return unindexableTypes.contains(upperCaseType);
    }

    /** Whether a column of this type refuses a literal DEFAULT (MySQL: BLOB, TEXT, JSON, GEOMETRY). */
    public boolean refusesLiteralDefault(String upperCaseType) {
        ProfileReads.read(engine, "refusesLiteralDefault");
        return typesWithoutLiteralDefault.contains(upperCaseType);
    }

    /**
     * Whether {@code upperCaseWord} is one of the engine's keywords, reserved or not (listed only where a rule needs
     * the whole list: SQLite's 147, which its parser may read as syntax wherever they stand).
     */
    public boolean isKeyword(String upperCaseWord) {
        ProfileReads.read(engine, "isKeyword");
        return keywords.contains(upperCaseWord);
    }

    /** Whether this engine refuses the statement kind or clause (see {@link Constructs}). */
    public boolean rejects(Constructs.Construct construct) {
        ProfileReads.read(engine, "rejects");
        return rejectedConstructs.contains(construct.id());
    }

    /** Whether this engine refuses the statement inside a transaction block (see {@link Constructs#inTransaction}). */
    public boolean refusesInTransaction(Constructs.Construct construct) {
        ProfileReads.read(engine, "refusesInTransaction");
        return refusedInTransaction.contains(construct.id());
    }

    @Override
    public String toString() {
        return engine.id() + " >= " + since;
    }

    /**
     * The entries this profile holds data for: the features it supports, and each accessor whose value is set (a
     * non-empty table, a limit, a folding, a behaviour). What {@code ProfileEntriesReadTest} expects rules to read.
     */
    Set<String> entriesWithData() {
        Set<String> entries = new java.util.TreeSet<>();
        features.forEach(f -> entries.add(f.name()));
        entries.add("folding");
        addIf(entries, "reserves", !reservedWords.isEmpty());
        addIf(entries, "identifierLimit", identifierLimit != null);
        addIf(entries, "knowsType", !typeNames.isEmpty());
        addIf(entries, "lacksType", !everyTypeName.isEmpty());
        addIf(entries, "maxDecimalPrecision", maxDecimalPrecision > 0);
        addIf(entries, "varcharLimit", varcharLimit != null);
        addIf(entries, "charLimit", charLimit != null);
        addIf(entries, "hasDefaultFunction", !defaultFunctions.isEmpty());
        addIf(entries, "keywordNotFunction", !keywordsNotFunctions.isEmpty());
        addIf(entries, "bareTimestampDefaults", !bareTimestampDefaults.isEmpty());
        addIf(entries, "nowLiteralDefault", nowLiteralDefault != null);
        addIf(entries, "volatileFunction", !volatileFunctions.isEmpty());
        addIf(entries, "maxIndexKeyBytes", maxIndexKeyBytes > 0);
        addIf(entries, "fixedKeyBytes", !fixedKeyBytes.isEmpty());
        addIf(entries, "bytesPerCharacter", !bytesPerCharacter.isEmpty());
        addIf(entries, "keyPrefixRequired", !keyPrefixRequiredTypes.isEmpty());
        addIf(entries, "typeTooLongForKey", !typesTooLongForKey.isEmpty());
        addIf(entries, "unindexableType", !unindexableTypes.isEmpty());
        addIf(entries, "refusesLiteralDefault", !typesWithoutLiteralDefault.isEmpty());
        addIf(entries, "rejects", !rejectedConstructs.isEmpty());
        addIf(entries, "refusesInTransaction", !refusedInTransaction.isEmpty());
        addIf(entries, "isKeyword", !keywords.isEmpty());
        return entries;
    }

    private static void addIf(Set<String> entries, String entry, boolean hasData) {
        if (hasData) {
            entries.add(entry);
        }
    }

    Set<String> rejectedConstructs() {
        return rejectedConstructs;
    }

    Set<Feature> features() {
        return features;
    }

    Set<String> typeNames() {
        return typeNames;
    }

    Set<String> defaultFunctions() {
        return defaultFunctions;
    }

    /** A profile under construction: a copy of an earlier one with the differences applied. */

    /**
     * A set of a profile being built: the base profile's own (immutable, shared) until a step changes it. Each of the
     * thirty-odd steps of the families used to copy every set of the profile before it twice (into the builder, then
     * into the new profile), most of them unchanged: a few thousand hash insertions in every cold start-up.
     */
    private static final class Draft<T> {
        private Set<T> shared;
        private Set<T> own;

        Draft() {
            this(Set.of());
        }

        Draft(Set<T> shared) {
            this.shared = shared;
        }

        /** The set to change: a copy of the shared one, made on the first change. */
        Set<T> edit() {
            if (own == null) {
                own = new LinkedHashSet<>(shared);
                shared = null;
            }
            return own;
        }

        /** The profile's set: the shared one when no step changed it. */
        Set<T> done() {
            return own == null ? shared : Set.copyOf(own);
        }
    }

    static final class Builder {
        private Engine engine;
        private Version since;
        private final Set<Feature> features = EnumSet.noneOf(Feature.class);
        private Draft<String> reservedWords = new Draft<>();
        private LengthLimit identifierLimit;
        private Folding folding = Folding.NONE;
        private Draft<String> typeNames = new Draft<>();
        private Draft<String> everyTypeName = new Draft<>();
        private int maxDecimalPrecision;
        private int maxColumns;
        private LengthLimit varcharLimit;
        private LengthLimit charLimit;
        private Draft<String> defaultFunctions = new Draft<>();
        private Draft<String> keywordsNotFunctions = new Draft<>();
        private Draft<String> bareTimestampDefaults = new Draft<>();
        private NowLiteralDefault nowLiteralDefault;
        private Draft<String> volatileFunctions = new Draft<>();
        private int maxIndexKeyBytes;
        private final Map<String, Integer> fixedKeyBytes = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> bytesPerCharacter = new java.util.LinkedHashMap<>();
        private String defaultCharset;
        private Draft<String> keyPrefixRequiredTypes = new Draft<>();
        private Draft<String> typesTooLongForKey = new Draft<>();
        private Draft<String> unindexableTypes = new Draft<>();
        private Draft<String> typesWithoutLiteralDefault = new Draft<>();
        private Draft<String> rejectedConstructs = new Draft<>();
        private Draft<String> refusedInTransaction = new Draft<>();
        private Draft<String> keywords = new Draft<>();

        Builder(Engine engine, Version since) {
            this.engine = engine;
            this.since = since;
        }

        /** A builder starting from {@code base}, for {@code engine} from {@code since}. */
        static Builder copyOf(EngineProfile base, Engine engine, Version since) {
            Builder b = new Builder(engine, since);
            b.features.addAll(base.features);
            b.reservedWords = new Draft<>(base.reservedWords);
            b.identifierLimit = base.identifierLimit;
            b.folding = base.folding;
            b.typeNames = new Draft<>(base.typeNames);
            b.everyTypeName = new Draft<>(base.everyTypeName);
            b.maxDecimalPrecision = base.maxDecimalPrecision;
            b.maxColumns = base.maxColumns;
            b.varcharLimit = base.varcharLimit;
            b.charLimit = base.charLimit;
            b.defaultFunctions = new Draft<>(base.defaultFunctions);
            b.keywordsNotFunctions = new Draft<>(base.keywordsNotFunctions);
            b.bareTimestampDefaults = new Draft<>(base.bareTimestampDefaults);
            b.nowLiteralDefault = base.nowLiteralDefault;
            b.volatileFunctions = new Draft<>(base.volatileFunctions);
            b.maxIndexKeyBytes = base.maxIndexKeyBytes;
            b.fixedKeyBytes.putAll(base.fixedKeyBytes);
            b.bytesPerCharacter.putAll(base.bytesPerCharacter);
            b.defaultCharset = base.defaultCharset;
            b.keyPrefixRequiredTypes = new Draft<>(base.keyPrefixRequiredTypes);
            b.typesTooLongForKey = new Draft<>(base.typesTooLongForKey);
            b.unindexableTypes = new Draft<>(base.unindexableTypes);
            b.typesWithoutLiteralDefault = new Draft<>(base.typesWithoutLiteralDefault);
            b.rejectedConstructs = new Draft<>(base.rejectedConstructs);
            b.refusedInTransaction = new Draft<>(base.refusedInTransaction);
            b.keywords = new Draft<>(base.keywords);
            return b;
        }

        Builder add(Feature... added) {
            features.addAll(Set.of(added));
            return this;
        }

        Builder remove(Feature... removed) {
            features.removeAll(Set.of(removed));
            return this;
        }

        /** Reserves the space-separated lower-case {@code words}. */
        Builder reserve(String words) {
            reservedWords.edit().addAll(words(words));
            return this;
        }

        Builder identifiers(LengthLimit limit, Folding folding) {
            this.identifierLimit = limit;
            this.folding = folding;
            return this;
        }

        /** Adds the space-separated upper-case type names. */
        Builder types(String names) {
            typeNames.edit().addAll(words(names));
            return this;
        }

        /** Adds the space-separated upper-case one-word type names to the list of every type the engine has. */
        Builder everyType(String names) {
            everyTypeName.edit().addAll(words(names));
            return this;
        }

        Builder maxDecimalPrecision(int max) {
            this.maxDecimalPrecision = max;
            return this;
        }

        Builder maxColumns(int max) {
            this.maxColumns = max;
            return this;
        }

        Builder varcharLimit(LengthLimit limit) {
            this.varcharLimit = limit;
            return this;
        }

        Builder charLimit(LengthLimit limit) {
            this.charLimit = limit;
            return this;
        }

        /** Adds the space-separated lower-case function names. */
        Builder defaultFunctions(String names) {
            defaultFunctions.edit().addAll(words(names));
            return this;
        }

        /** Adds lower-case names that are keywords, not functions, here (written with "()" they are an error). */
        Builder keywordsNotFunctions(String names) {
            keywordsNotFunctions.edit().addAll(words(names));
            return this;
        }

        /** Sets the lower-case functions a DEFAULT may call without parentheses on a DATETIME/TIMESTAMP column. */
        Builder bareTimestampDefaults(String names) {
            bareTimestampDefaults.edit().clear();
            bareTimestampDefaults.edit().addAll(words(names));
            return this;
        }

        Builder nowLiteralDefault(NowLiteralDefault what) {
            this.nowLiteralDefault = what;
            return this;
        }

        /** Adds the space-separated lower-case names of functions that give each row its own value. */
        Builder volatileFunctions(String names) {
            volatileFunctions.edit().addAll(words(names));
            return this;
        }

        Builder maxIndexKeyBytes(int max) {
            this.maxIndexKeyBytes = max;
            return this;
        }

        /** Adds key sizes of fixed-size types, as space-separated {@code TYPE=bytes} pairs (upper-case types). */
        Builder fixedKeyBytes(String pairs) {
            pairs(pairs, fixedKeyBytes);
            return this;
        }

        /** Sets the default character set and adds bytes per character, as space-separated {@code charset=bytes} pairs. */
        Builder bytesPerCharacter(String defaultCharset, String pairs) {
            this.defaultCharset = defaultCharset;
            pairs(pairs, bytesPerCharacter);
            return this;
        }

        private static void pairs(String list, Map<String, Integer> into) {
            for (String pair : words(list)) {
                int eq = pair.indexOf('=');
                into.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
            }
        }

        /** Sets the space-separated upper-case types a key part needs a prefix length for (empty: none). */
        Builder keyPrefixRequiredTypes(String names) {
            keyPrefixRequiredTypes.edit().clear();
            keyPrefixRequiredTypes.edit().addAll(words(names));
            return this;
        }

        /** Adds the space-separated upper-case types whose whole value is longer than an index key. */
        Builder typesTooLongForKey(String names) {
            typesTooLongForKey.edit().addAll(words(names));
            return this;
        }

        /** Adds the comma-separated upper-case types no index may contain (names may have spaces). */
        Builder unindexableTypes(String commaSeparated) {
            for (String name : commaSeparated.split(",")) {
                unindexableTypes.edit().add(name.trim());
            }
            return this;
        }

        /** Adds the space-separated upper-case keywords (see {@link EngineProfile#isKeyword}). */
        Builder keywords(String words) {
            keywords.edit().addAll(words(words));
            return this;
        }

        /** Adds the space-separated ids of constructs (see {@link Constructs}) this engine refuses. */
        Builder rejects(String ids) {
            for (String id : words(ids)) {
                Constructs.all().get(id); // fails on an unknown id
                rejectedConstructs.edit().add(id);
            }
            return this;
        }

        /** Adds the space-separated ids of statements (see {@link Constructs#inTransaction}) refused in a transaction. */
        Builder refusesInTransaction(String ids) {
            for (String id : words(ids)) {
                Constructs.inTransaction().get(id); // fails on an unknown id
                refusedInTransaction.edit().add(id);
            }
            return this;
        }

        /** Sets the space-separated upper-case types that take no literal DEFAULT (empty: none). */
        Builder typesWithoutLiteralDefault(String names) {
            typesWithoutLiteralDefault.edit().clear();
            typesWithoutLiteralDefault.edit().addAll(words(names));
            return this;
        }

        /** Removes constructs this version accepts that the one before refused. */
        Builder accepts(String ids) {
            for (String id : words(ids)) {
                if (!rejectedConstructs.edit().remove(id)) {
                    throw new IllegalStateException(engine.id() + " " + since + " accepts '" + id
                            + "', which the profile before did not reject");
                }
            }
            return this;
        }

        /**
         * {@code list.trim().split("\\s+")} by hand: a regular expression compiled on each of the profiles' hundred-odd
         * lists cost every start-up a few milliseconds of cold regex code.
         */
        static String[] splitOnWhiteSpace(String list) {
            java.util.List<String> out = new java.util.ArrayList<>();
            String text = list.trim();
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                    if (i > from) {
                        out.add(text.substring(from, i));
                    }
                    from = i + 1;
                }
            }
            return out.toArray(new String[0]);
        }

        EngineProfile build() {
            return new EngineProfile(this);
        }

        private static Collection<String> words(String list) {
            return list.isBlank() ? Set.of() : Set.of(splitOnWhiteSpace(list));
        }
    }
}
