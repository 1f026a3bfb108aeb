package io.github.dialectic.engine;

import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Statement kinds and clauses some engines reject, as data ({@code constructs.txt} beside this class): each has an id,
 * a token pattern and the reason engines give. Which engine and version rejects which construct is said by the
 * engine profiles ({@link EngineProfile#rejects(Construct)}), so MariaDB inherits MySQL's list with its differences.
 *
 * <p>Matching is one hash lookup per word of a statement: patterns are indexed by their rarest required word, and
 * only the few patterns a statement's words trigger, and whose every required element it holds, are tried; a
 * statement is matched once, whichever rules ask ({@link #find}).
 */
public final class Constructs {

    /** Where the data lives, beside this class. */
    static final String RESOURCE = "constructs.txt";

    /**
     * One construct: {@code id}, the pattern as written, the reason, and the rule that already reports it on a
     * statement the parser understood ({@code null}: none does).
     */
    public record Construct(String id, String pattern, String title, String reason, String coveredBy,
                            Element[] elements, boolean anchored) {
        @Override
        public String toString() {
            return id;
        }
    }

    /** Where a construct was found: token indexes, {@code from} inclusive, {@code to} exclusive. */
    public record Match(Construct construct, int from, int to) {
    }

    /** One element of a pattern; {@code either} holds the alternatives of an EITHER (one token each, or the end). */
    record Element(Kind kind, Set<String> words, boolean optional, Set<String> stops, List<Element> either) {
        Element(Kind kind, Set<String> words, boolean optional, Set<String> stops) {
            this(kind, words, optional, stops, List.of());
        }

        boolean accepts(Token t, String upper, CharSequence text) {
            return switch (kind) {
                case WORD -> upper != null && words.contains(upper);
                case PUNCT -> t.kind() == TokenKind.PUNCT && words.contains(t.text(text));
                case ANY -> true;
                case STRING -> t.kind() == TokenKind.STRING && text.charAt(t.start()) != '"';
                case DOUBLE_QUOTED -> (t.kind() == TokenKind.QUOTED_IDENTIFIER || t.kind() == TokenKind.STRING)
                        && text.charAt(t.start()) == '"';
                case BACKTICK -> t.kind() == TokenKind.QUOTED_IDENTIFIER && text.charAt(t.start()) == '`';
                case NUMBER -> t.kind() == TokenKind.NUMBER;
                case HEX -> isHex(t, text);
                case EITHER -> {
                    for (Element e : either) {
                        if (e.kind() != Kind.END && e.accepts(t, upper, text)) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case ATTACHED -> t.kind() == TokenKind.PUNCT && words.contains(t.text(text));
                case NAME, GAP, END, ABSENT, AT -> false; // handled by the matcher
            };
        }
    }

    enum Kind { WORD, PUNCT, ANY, STRING, DOUBLE_QUOTED, BACKTICK, NUMBER, NAME, GAP, END, ABSENT, EITHER, HEX, AT, ATTACHED }

    /** Words nearly every migration statement has: the poorest triggers for a construct. */
    private static final Set<String> COMMON = Set.of("CREATE", "TABLE", "ALTER", "ADD", "COLUMN", "DROP", "INDEX", "ON",
            "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "FROM", "WHERE", "NOT", "NULL", "PRIMARY", "KEY");
    /** Words many statements have: poor triggers, though better than {@link #COMMON}'s. */
    private static final Set<String> FREQUENT = Set.of("UNIQUE", "AND", "OR", "DEFAULT", "IF", "EXISTS", "AS",
            "SELECT", "REFERENCES", "TEMP", "TEMPORARY", "VIEW", "CONSTRAINT", "CHECK", "FOREIGN", "IS", "IN", "BY",
            "WITH", "ONLY", "TO", "OF", "VARCHAR");

    /**
     * Words that hold a statement together, never taken for a name by {@code @name}: so that {@code DROP CONSTRAINT
     * name} is no column "CONSTRAINT" of type NAME.
     */
    private static final Set<String> STRUCTURE = Set.of("COLUMN", "CONSTRAINT", "TO", "TABLE", "INDEX", "KEY", "BY",
            "ON", "AS", "DROP", "RENAME", "EXISTS", "ADD", "ALTER", "MODIFY", "CHANGE", "SET", "TYPE", "FROM", "INTO",
            "REFERENCES", "USING", "WITH", "VALUES", "WHERE", "SELECT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK",
            "DEFAULT", "NOT", "NULL", "COLLATE");
    /**
     * Operators rare enough to trigger a construct, each a token of its own: a statement without one pays nothing for
     * the constructs they key (:: casts, SQLite's ==).
     */
    private static final Set<String> OPERATOR_KEYS = Set.of("::", "==");
    private static final Constructs LOADED = load(); // after the word sets, which it reads

    private final Map<String, Construct> byId;
    /** Each construct once, numbered: a statement marks the ones it tried. */
    private final Construct[] numbered;
    private final Map<Construct, Integer> numbers = new java.util.IdentityHashMap<>(); // no record hashCode: its bootstrap costs a cold start
    /**
     * Each word, punctuation or token class a pattern names, with the constructs it triggers (the required element
     * whose words are rarest in migrations) and its number among the required ones.
     */
    private final Map<String, Key> keys = new HashMap<>();
    /** The number of each single-character punctuation some pattern requires, by character; -1: none does. */
    private final int[] requiredPunct = new int[128];
    /** Per construct, its required elements: each the numbers of its alternatives, one of which must be there. */
    private final int[][][] requirements;
    /** How many words, punctuation and token classes some pattern requires. */
    private int required;

    /**
     * What a statement's token is to the matcher, found by one hash lookup of its upper-case word (or of {@code `},
     * {@code "}, {@code 0x}, {@code ::}, the punctuation, {@link #STRING_TOKEN} ...): the constructs it triggers
     * (those whose rarest required element it is, so that a statement tries only the constructs its words
     * trigger), and its number among what some pattern requires. A triggered construct is matched only if the
     * statement holds every element its pattern requires: a few array reads, where a failed match walks the
     * statement, often from every token.
     */
    private static final class Key {
        int[] triggers;
        int required = -1;
    }

    private Constructs(Map<String, Construct> byId) {
        this.byId = byId;
        this.numbered = byId.values().toArray(Construct[]::new);
        Map<String, List<Integer>> trigger = new HashMap<>();
        for (int n = 0; n < numbered.length; n++) {
            Construct c = numbered[n];
            numbers.put(c, n);
            for (String key : triggerKeys(c)) {
                trigger.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
            if (!c.anchored()) {
                keys(c.elements()[0], c); // fails on a pattern that cannot start a search
            }
        }
        for (Map.Entry<String, List<Integer>> e : trigger.entrySet()) { // loops, not streams: this runs cold, once
            int[] ns = new int[e.getValue().size()];
            for (int k = 0; k < ns.length; k++) {
                ns[k] = e.getValue().get(k);
            }
            key(e.getKey()).triggers = ns;
        }
        java.util.Arrays.fill(requiredPunct, -1);
        this.requirements = new int[numbered.length][][];
        for (int n = 0; n < numbered.length; n++) {
            requirements[n] = requirements(numbered[n]);
        }
    }

    private Key key(String text) {
        Key k = keys.get(text);
        if (k == null) {
            keys.put(text, k = new Key());
        }
        return k;
    }

    /**
     * Token classes a pattern element may require, named as no word or punctuation is; a double-quoted and a
     * backticked token go by their trigger keys.
     */
    private static final String STRING_TOKEN = "@string", NUMBER_TOKEN = "@number";

    /** What the statement must hold for the construct to match: an entry per required element, numbered. */
    private int[][] requirements(Construct c) {
        List<int[]> out = new ArrayList<>();
        for (Element e : c.elements()) {
            if (e.optional()) {
                continue;
            }
            Set<String> alternatives = switch (e.kind()) {
                case WORD, PUNCT, ATTACHED -> e.words();
                case STRING -> Set.of(STRING_TOKEN);
                case NUMBER, HEX -> Set.of(NUMBER_TOKEN);
                case DOUBLE_QUOTED -> Set.of("\"");
                case BACKTICK -> Set.of("`");
                default -> null; // a name, any token, a gap, the end, an absence, alternatives of several kinds
            };
            if (alternatives == null) {
                continue;
            }
            int[] ids = new int[alternatives.size()];
            int k = 0;
            for (String a : alternatives) {
                Key key = key(a);
                if (key.required < 0) {
                    key.required = required++;
                    if (e.kind() != Kind.WORD && a.length() == 1 && a.charAt(0) < 128) {
                        requiredPunct[a.charAt(0)] = key.required;
                    }
                }
                ids[k++] = key.required;
            }
            out.add(ids);
        }
        return out.toArray(new int[0][]);
    }

    /** The key of a token that is no word, or null: see {@link Key}. */
    private Key keyOf(Token t, CharSequence text, boolean[] held) {
        switch (t.kind()) {
            case PUNCT -> {
                if (t.end() - t.start() == 1) {
                    char c = text.charAt(t.start());
                    int n = c < 128 ? requiredPunct[c] : -1;
                    if (n >= 0) {
                        held[n] = true;
                    }
                    return null;
                }
                return keys.get(t.text(text));
            }
            case STRING, QUOTED_IDENTIFIER -> {
                char open = text.charAt(t.start());
                return keys.get(open == '"' ? "\"" : open == '`' ? "`" : t.kind() == TokenKind.STRING ? STRING_TOKEN
                        : null);
            }
            case NUMBER -> {
                Key number = keys.get(NUMBER_TOKEN);
                if (number != null && number.required >= 0) {
                    held[number.required] = true;
                }
                return isHex(t, text) ? keys.get("0x") : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Whether the statement holds one alternative of each element the construct requires. */
    private boolean holdsRequired(int n, boolean[] held) {
        for (int[] alternatives : requirements[n]) {
            boolean any = false;
            for (int id : alternatives) {
                if (held[id]) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The keys of a construct's rarest required element (the words a statement must hold for it to match). */
    private static Set<String> triggerKeys(Construct c) {
        Set<String> best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Element e : c.elements()) {
            if (e.optional()) {
                continue;
            }
            Set<String> keys = switch (e.kind()) {
                case WORD -> e.words();
                case BACKTICK -> Set.of("`");
                case DOUBLE_QUOTED -> Set.of("\"");
                case HEX -> Set.of("0x");
                case PUNCT -> OPERATOR_KEYS.containsAll(e.words()) ? e.words() : null;
                default -> null;
            };
            if (keys == null) {
                continue;
            }
            int score = 0;
            for (String k : keys) {
                score += COMMON.contains(k) ? 1000 : FREQUENT.contains(k) ? 100 : 1;
            }
            if (score <= bestScore) { // ties: the later element, which is the more specific one
                best = keys;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IllegalStateException(RESOURCE + ": construct " + c.id() + " has no required word: " + c.pattern());
        }
        return best;
    }

    private static Set<String> keys(Element e, Construct c) {
        Set<String> keys = switch (e.kind()) {
            case WORD -> e.words();
            case BACKTICK -> Set.of("`");
            case DOUBLE_QUOTED -> Set.of("\"");
            case HEX -> Set.of("0x");
            case PUNCT -> OPERATOR_KEYS.containsAll(e.words()) ? e.words() : null;
            default -> null;
        };
        if (keys == null) {
            throw new IllegalStateException(RESOURCE + ": construct " + c.id()
                    + " must start with a word, a backticked or a double-quoted name, :: or == " + c.pattern());
        }
        return keys;
    }

    /** Every construct in the data file. */
    public static Constructs all() {
        return LOADED;
    }

    public Construct get(String id) {
        Construct c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no construct '" + id + "' in " + RESOURCE);
        }
        return c;
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public List<Construct> list() {
        return List.copyOf(byId.values());
    }

    /**
     * The upper-case text of each WORD token, null for the others: what {@link #find} matches against, computed once
     * per statement and shared by whoever matches.
     */
    public static List<String> upperWords(CharSequence text, List<Token> tokens) {
        String[] words = new String[tokens.size()];
        char[] buffer = new char[32];
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.WORD) {
                int n = t.end() - t.start();
                if (n > buffer.length) {
                    buffer = new char[n];
                }
                boolean ascii = true;
                int hash = 0;
                for (int k = 0; k < n; k++) {
                    char c = text.charAt(t.start() + k);
                    ascii &= c < 0x80;
                    char u = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
                    buffer[k] = u;
                    hash = 31 * hash + u;
                }
                // other scripts go through the full case mapping
                words[i] = ascii ? knownWord(buffer, n, hash) : t.text(text).toUpperCase(Locale.ROOT);
            }
        }
        return new Words(words);
    }

    /**
     * Upper-case words met before, by hash: a lossy cache (a slot holds the last word that hashed to it). A history
     * repeats its keywords and names on every statement; a String per word was 6 % of a lint's allocation, and the
     * words of the statements waiting for the ordered walk were copied by every young collection (issue 12). Racy by
     * design: a String is safely shared through a data race (final fields), and a lost write costs one miss.
     */
    private static final String[] KNOWN_WORDS = new String[4096];

    private static String knownWord(char[] upper, int n, int hash) {
        int slot = (hash ^ hash >>> 12) & (KNOWN_WORDS.length - 1);
        String known = KNOWN_WORDS[slot];
        if (known != null && known.length() == n) {
            int k = 0;
            while (k < n && known.charAt(k) == upper[k]) {
                k++;
            }
            if (k == n) {
                return known;
            }
        }
        String word = new String(upper, 0, n);
        if (n <= 64) { // long words are rare: no slot for them
            KNOWN_WORDS[slot] = word;
        }
        return word;
    }

    /**
     * A statement's upper-case words: a read-only list over an array that the matcher reads directly. It keeps what
     * {@link #find} found in the statement, so that the rules asking about one statement match it once.
     */
    static final class Words extends java.util.AbstractList<String> implements java.util.RandomAccess {
        final String[] array;
        /** What each set of constructs found here; set by whichever thread matches first (immutable, final fields). */
        private volatile Found found;

        Words(String[] array) {
            this.array = array;
        }

        @Override
        public String get(int index) {
            return array[index];
        }

        @Override
        public int size() {
            return array.length;
        }

        /** A copy of the array, not AbstractCollection's walk with an iterator (rules copy the words to read them). */
        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] into) {
            if (into.length < array.length) {
                return (T[]) java.util.Arrays.copyOf(array, array.length, into.getClass());
            }
            System.arraycopy(array, 0, into, 0, array.length);
            if (into.length > array.length) {
                into[array.length] = null;
            }
            return into;
        }
    }

    /** Every match of one set of constructs in a statement, and the next set's ({@link Words#found}). */
    private static final class Found {
        final Constructs by;
        final List<Match> matches;
        final Found next;

        Found(Constructs by, List<Match> matches, Found next) {
            this.by = by;
            this.matches = matches;
            this.next = next;
        }
    }

    /**
     * Every construct found in a statement's significant tokens, each at its first place, in token order: one hash
     * lookup per word (and per backticked, double-quoted or 0x token) finds the few constructs it triggers, and only
     * those are matched. {@code words} are {@link #upperWords} of these tokens.
     */
    public List<Match> find(CharSequence text, List<Token> tokens, List<String> words) {
        return find(text, tokens, words, true);
    }

    /**
     * As {@link #find(CharSequence, List, List)}; without {@code covered}, the constructs another rule reports on a
     * statement the parser understood (their {@code covered-by}) are left out. Found once per statement when
     * {@code words} come from {@link #upperWords}, whoever asks.
     */
    public List<Match> find(CharSequence text, List<Token> tokens, List<String> words, boolean covered) {
        if (!(words instanceof Words w)) {
            return find(text, tokens, words.toArray(new String[0]), covered);
        }
        Found known = w.found;
        Found f = known;
        while (f != null && f.by != this) {
            f = f.next;
        }
        if (f == null) {
            f = new Found(this, find(text, tokens, w.array, true), known);
            w.found = f;
        }
        return covered ? f.matches : withoutCovered(f.matches);
    }

    private static List<Match> withoutCovered(List<Match> matches) {
        List<Match> out = null;
        for (int k = 0; k < matches.size(); k++) {
            if (matches.get(k).construct().coveredBy() != null) {
                if (out == null) {
                    out = new ArrayList<>(matches.subList(0, k));
                }
            } else if (out != null) {
                out.add(matches.get(k));
            }
        }
        return out == null ? matches : List.copyOf(out);
    }

    /**
     * A thread's arrays for {@link #find}, for one set of constructs: made once per thread, cleared per statement
     * (made per statement, they were about a tenth of all a cold lint allocates; issue 12).
     */
    private static final class Scratch {
        final boolean[] held;
        final boolean[] triggered;
        final int[] candidates;

        Scratch(Constructs owner) {
            this.held = new boolean[owner.required];
            this.triggered = new boolean[owner.numbered.length];
            this.candidates = new int[owner.numbered.length];
        }
    }

    /**
     * Per set of constructs, not one per thread for all: the statements' constructs and the in-transaction ones are
     * matched one after the other on each statement, and would make each other's arrays again every time.
     */
    private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();

    private List<Match> find(CharSequence text, List<Token> tokens, String[] words, boolean covered) {
        Scratch scratch = this.scratch.get();
        if (scratch == null) {
            this.scratch.set(scratch = new Scratch(this));
        }
        // one pass: what the statement holds, and the constructs its tokens trigger
        boolean[] held = scratch.held;
        java.util.Arrays.fill(held, false);
        boolean[] triggered = null;
        int[] candidates = null;
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            Key k = word != null ? keys.get(word) : keyOf(tokens.get(i), text, held);
            if (k == null) {
                continue;
            }
            if (k.required >= 0) {
                held[k.required] = true;
            }
            if (k.triggers == null) {
                continue;
            }
            if (triggered == null) {
                triggered = scratch.triggered;
                java.util.Arrays.fill(triggered, false);
                candidates = scratch.candidates;
            }
            for (int n : k.triggers) {
                if (!triggered[n]) {
                    triggered[n] = true;
                    candidates[count++] = n;
                }
            }
        }
        List<Match> found = null;
        for (int c = 0; c < count; c++) {
            int n = candidates[c];
            if (!covered && numbered[n].coveredBy() != null || !holdsRequired(n, held)) {
                continue;
            }
            Match m = first(numbered[n], text, tokens, words);
            if (m != null) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(m);
            }
        }
        if (found == null) {
            return List.of();
        }
        if (found.size() > 1) {
            found.sort(inTokenOrder);
        }
        return List.copyOf(found);
    }

    /** By position, then in the data file's order. */
    private final java.util.Comparator<Match> inTokenOrder = new java.util.Comparator<>() {
        @Override
        public int compare(Match a, Match b) {
            int c = Integer.compare(a.from(), b.from());
            return c != 0 ? c : Integer.compare(numbers.get(a.construct()), numbers.get(b.construct()));
        }
    };

    /**
     * Where a construct first matches in the statement, or null: from its {@code @at} when it has one (an anchored
     * pattern starts at the statement's first word, the offending clause comes later), else from the match's start.
     */
    private static Match first(Construct c, CharSequence text, List<Token> tokens, String[] words) {
        int[] at = {-1};
        if (c.anchored()) {
            int end = match(c.elements(), 0, tokens, words, text, 0, at);
            return end >= 0 ? new Match(c, from(at, 0, end), end) : null;
        }
        Element head = c.elements()[0];
        for (int i = 0; i < tokens.size(); i++) {
            if (head.accepts(tokens.get(i), words[i], text)) {
                int end = match(c.elements(), 0, tokens, words, text, i, at);
                if (end >= 0) {
                    return new Match(c, from(at, i, end), end);
                }
            }
        }
        return null;
    }

    /** The {@code @at} position when it holds a token of the match, else the match's start. */
    private static int from(int[] at, int start, int end) {
        return at[0] >= 0 && at[0] < end ? at[0] : start;
    }

    /**
     * Matches elements[e..] at token i: the token index after the match, or -1; {@code at[0]} is set to where an
     * {@code @at} element stood on the path that matched.
     */
    private static int match(Element[] elements, int e, List<Token> tokens, String[] words, CharSequence text, int i,
                             int[] at) {
        if (e == elements.length) {
            return i;
        }
        Element el = elements[e];
        if (el.kind() == Kind.AT) {
            int end = match(elements, e + 1, tokens, words, text, i, at);
            if (end >= 0) {
                at[0] = i;
            }
            return end;
        }
        if (el.kind() == Kind.END) {
            return i == tokens.size() ? i : -1;
        }
        if (el.kind() == Kind.ABSENT) { // none of the words in the rest of the statement
            for (int k = i; k < tokens.size(); k++) {
                if (words[k] != null && el.words().contains(words[k])) {
                    return -1;
                }
            }
            return match(elements, e + 1, tokens, words, text, i, at);
        }
        if (el.kind() == Kind.EITHER && i == tokens.size()) {
            for (Element a : el.either()) {
                if (a.kind() == Kind.END) {
                    return match(elements, e + 1, tokens, words, text, i, at);
                }
            }
        }
        if (el.kind() == Kind.GAP) {
            boolean level = el.words().contains("level"); // the gap ends at the parenthesis depth it started at
            int depth = 0;
            for (int k = i; k <= tokens.size(); k++) {
                if (depth == 0 || !level) {
                    int end = match(elements, e + 1, tokens, words, text, k, at);
                    if (end >= 0) {
                        return end;
                    }
                }
                if (k == tokens.size() || (words[k] != null && el.stops().contains(words[k]))) {
                    return -1;
                }
                if (level) {
                    Token t = tokens.get(k);
                    if (t.kind() == TokenKind.PUNCT && t.end() - t.start() == 1) {
                        char c = text.charAt(t.start());
                        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                        if (depth < 0) {
                            return -1;
                        }
                    }
                }
            }
            return -1;
        }
        if (el.kind() == Kind.NAME) {
            int k = i;
            String word = k < tokens.size() ? words[k] : null;
            if (k < tokens.size() && isName(tokens.get(k)) && (word == null || !STRUCTURE.contains(word))) {
                k++;
                while (k + 1 < tokens.size() && tokens.get(k).isPunct(text, ".") && isName(tokens.get(k + 1))) {
                    k += 2;
                }
                int end = match(elements, e + 1, tokens, words, text, k, at);
                if (end >= 0) {
                    return end;
                }
            }
            return el.optional() ? match(elements, e + 1, tokens, words, text, i, at) : -1;
        }
        if (i < tokens.size() && el.accepts(tokens.get(i), words[i], text)
                && (el.kind() != Kind.ATTACHED || (i > 0 && tokens.get(i - 1).end() == tokens.get(i).start()))) {
            int end = match(elements, e + 1, tokens, words, text, i + 1, at);
            if (end >= 0) {
                return end;
            }
        }
        return el.optional() ? match(elements, e + 1, tokens, words, text, i, at) : -1;
    }

    /** A 0x... number: MySQL's hexadecimal literal. */
    private static boolean isHex(Token t, CharSequence text) {
        return t.kind() == TokenKind.NUMBER && t.end() - t.start() > 2 && text.charAt(t.start()) == '0'
                && (text.charAt(t.start() + 1) | 0x20) == 'x';
    }

    private static boolean isName(Token t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENTIFIER;
    }

    private static Constructs load() {
        return load(RESOURCE);
    }

    /** Where the statements refused inside a transaction block are, beside this class. */
    static final String IN_TRANSACTION_RESOURCE = "in-transaction.txt";

    private static volatile Constructs inTransaction;

    /**
     * The statements some engines refuse inside a transaction block ({@code in-transaction.txt}); which engine
     * refuses which is said by {@link EngineProfile#refusesInTransaction}.
     */
    public static Constructs inTransaction() {
        Constructs c = inTransaction;
        if (c == null) {
            inTransaction = c = load(IN_TRANSACTION_RESOURCE);
        }
        return c;
    }

    private static Constructs load(String resource) {
        try (InputStream in = Constructs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the data: one construct a line, {@code id | pattern | title | reason [| covered-by rule-id]}; {@code #}
     * starts a comment line. See the file's head for the pattern language.
     */
    static Constructs parse(BufferedReader r, String name) throws IOException {
        Map<String, Construct> byId = new LinkedHashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = fields(t);
            if (f.length < 4 || f.length > 5) {
                throw new IllegalStateException(name + ":" + n + ": expected 'id | pattern | title | reason [| covered-by]'");
            }
            String pattern = f[1];
            boolean anchored = pattern.startsWith("^");
            Element[] elements;
            try {
                elements = elements(anchored ? pattern.substring(1).strip() : pattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ":" + n + ": " + e.getMessage());
            }
            Construct c = new Construct(f[0], pattern, f[2], f[3], f.length == 5 && !f[4].isEmpty() ? f[4] : null,
                    elements, anchored);
            if (byId.put(c.id(), c) != null) {
                throw new IllegalStateException(name + ":" + n + ": construct '" + c.id() + "' is listed twice");
            }
            keys(elements[0], c);
        }
        return new Constructs(byId);
    }

    private static Element[] elements(String pattern) {
        List<Element> out = new ArrayList<>();
        for (String piece : split(pattern, ' ', true)) {
            boolean optional = piece.length() > 1 && piece.endsWith("?");
            String p = optional ? piece.substring(0, piece.length() - 1) : piece;
            if (p.equals("...") || p.equals("..") || p.startsWith("...!") || p.startsWith("..!")) {
                // "..." any tokens; ".." any tokens at the same parenthesis depth; "!A,B" may not cross these words
                int bang = p.indexOf('!');
                Set<String> stops = bang < 0 ? Set.of() : Set.of(p.substring(bang + 1).split(","));
                out.add(new Element(Kind.GAP, p.startsWith("...") ? Set.of() : Set.of("level"), false, stops));
                continue;
            }
            if (p.startsWith("&") && p.length() > 1) { // punctuation written right after the token before it
                out.add(new Element(Kind.ATTACHED, Set.of(p.substring(1)), optional, Set.of()));
                continue;
            }
            if (p.startsWith("!") && p.length() > 1) {
                out.add(new Element(Kind.ABSENT, Set.of(p.substring(1).split("/")), false, Set.of()));
                continue;
            }
            List<Element> alternatives = new ArrayList<>();
            for (String alternative : p.equals("/") ? new String[] {p} : split(p, '/', false)) {
                alternatives.add(single(alternative.isEmpty() ? "/" : alternative, optional));
            }
            Kind first = alternatives.get(0).kind();
            boolean sameKind = first == Kind.WORD || first == Kind.PUNCT;
            Set<String> words = new java.util.HashSet<>();
            for (Element a : alternatives) { // loops, not streams: this runs cold, once
                sameKind &= a.kind() == first;
                words.addAll(a.words());
                if (alternatives.size() > 1 && (a.kind() == Kind.NAME || a.kind() == Kind.AT)) {
                    throw new IllegalArgumentException("@name and @at cannot be alternatives: '" + p + "'");
                }
                if (a.kind() == Kind.AT && optional) {
                    throw new IllegalArgumentException("@at cannot be optional: '" + p + "'");
                }
            }
            if (alternatives.size() == 1) { // most elements: the one alternative's set as it is, not a copy of a copy
                out.add(new Element(first, alternatives.get(0).words(), optional, Set.of()));
            } else if (sameKind) {
                out.add(new Element(first, Set.copyOf(words), optional, Set.of()));
            } else {
                out.add(new Element(Kind.EITHER, Set.of(), optional, Set.of(), List.copyOf(alternatives)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        return out.toArray(Element[]::new);
    }

    /** A data line cut at {@code |}, pieces stripped; {@code \|} stands for a {@code |} in a field (the {@code ||} operator). */
    private static String[] fields(String line) {
        if (line.indexOf('\\') < 0) {
            return split(line, '|', false);
        }
        String[] pieces = split(line.replace("\\|", "\u0000"), '|', false);
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = pieces[i].replace('\u0000', '|');
        }
        return pieces;
    }

    /**
     * {@code text} cut at {@code separator} (a space: any run of white space), pieces stripped; by hand, not by regular
     * expression: the data is read at every start, and a cold regular expression engine costs a cold lint 50 ms.
     */
    private static String[] split(String text, char separator, boolean dropEmpty) {
        List<String> pieces = new ArrayList<>();
        if (separator != ' ') { // String.indexOf, not a loop of charAt calls over the titles and reasons, cold
            int from = 0;
            for (int at = text.indexOf(separator); ; at = text.indexOf(separator, from)) {
                String piece = text.substring(from, at < 0 ? text.length() : at).strip();
                if (!(dropEmpty && piece.isEmpty())) {
                    pieces.add(piece);
                }
                if (at < 0) {
                    return pieces.toArray(new String[0]);
                }
                from = at + 1;
            }
        }
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : separator;
            if (c == separator || (separator == ' ' && Character.isWhitespace(c))) {
                String piece = text.substring(from, i).strip();
                if (!(dropEmpty && piece.isEmpty())) {
                    pieces.add(piece);
                }
                from = i + 1;
            }
        }
        return pieces.toArray(new String[0]);
    }

    private static Element single(String p, boolean optional) {
        Kind kind = switch (p) {
            case "@name" -> Kind.NAME;
            case "@any" -> Kind.ANY;
            case "@string" -> Kind.STRING;
            case "@dq" -> Kind.DOUBLE_QUOTED;
            case "@bt" -> Kind.BACKTICK;
            case "@number" -> Kind.NUMBER;
            case "@hex" -> Kind.HEX;
            case "@at" -> Kind.AT;
            case "$" -> Kind.END;
            default -> Character.isLetter(p.charAt(0)) || p.charAt(0) == '_' ? Kind.WORD : Kind.PUNCT;
        };
        if (p.startsWith("@") && kind == Kind.PUNCT) {
            throw new IllegalArgumentException("unknown pattern element '" + p + "'");
        }
        if (kind == Kind.WORD && !p.equals(p.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("pattern words are written in upper case: '" + p + "'");
        }
        return new Element(kind, kind == Kind.WORD || kind == Kind.PUNCT ? Set.of(p) : Set.of(), optional, Set.of());
    }
}
