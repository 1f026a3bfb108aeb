package io.github.dialectic.rules.testing;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.finding.Finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One expected finding of the rule under test: {@code -- expect: RULE @COLUMN "fragment"... ENGINE:EFFECT...}.
 * The finding starts on {@code line} at {@code column}, its message contains every fragment, and it names exactly
 * these engines with these effects.
 *
 * @param markerLine where the marker is written (for error messages)
 * @param line       the line the finding starts on: the marker's own line when it ends a line of SQL, else the next
 *                   line that is not itself a marker
 */
public record Marker(int markerLine, int line, String rule, int column, List<String> fragments,
                     Map<Engine, Effect> effects) {

    public Marker {
        fragments = List.copyOf(fragments);
        EnumMap<Engine, Effect> copy = new EnumMap<>(Engine.class);
        copy.putAll(effects);
        effects = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses what follows {@code expect:}; {@code where} ({@code file:line}) prefixes any error.
     *
     * @throws IllegalArgumentException naming the file, line and what is wrong
     */
    static Marker parse(String body, int markerLine, int line, String where) {
        Scanner in = new Scanner(body, where);
        String rule = in.word("a rule id");
        if (!in.at('@') || !in.skip('@')) {
            throw in.error("expected @COLUMN after the rule id (the 1-based column where the finding starts). A"
                    + " marker describes one finding of the directory's rule: -- expect: RULE @COLUMN \"message"
                    + " fragment\" ENGINE:EFFECT; other rules that report on the statement go in -- also: RULE, ..."
                    + " Delete the marker and run the test: each unexpected finding is printed as its marker");
        }
        int column = Integer.parseInt(in.digits());
        List<String> fragments = new ArrayList<>();
        while (in.at('"')) {
            fragments.add(in.quoted());
        }
        if (fragments.isEmpty()) {
            throw in.error("expected a \"message fragment\" after @" + column);
        }
        Map<Engine, Effect> effects = new EnumMap<>(Engine.class);
        while (!in.atEnd()) {
            String engineId = in.word("ENGINE:EFFECT");
            Engine engine = Engine.byId(engineId).orElseThrow(
                    () -> in.error("unknown engine '" + engineId + "' (known: " + Engine.validIds() + ")"));
            if (!in.skip(':')) {
                throw in.error("expected ':' and an effect after " + engineId);
            }
            String effectId = in.word("an effect");
            Effect effect;
            try {
                effect = Effect.valueOf(effectId.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw in.error("unknown effect '" + effectId + "' (rejected, different or costly)");
            }
            if (effects.put(engine, effect) != null) {
                throw in.error("engine " + engineId + " listed twice");
            }
        }
        return new Marker(markerLine, line, rule, column, fragments, effects);
    }

    /** The marker that would match {@code f} exactly, with its whole message as the fragment. */
    public static String describe(Finding f) {
        return f.rule() + " @" + f.column() + " " + quote(f.message()) + effectsText(f.engines());
    }

    public boolean matches(Finding f) {
        return f.rule().equals(rule) && f.line() == line && f.column() == column && missingFragments(f).isEmpty()
                && f.engines().equals(effects);
    }

    List<String> missingFragments(Finding f) {
        return fragments.stream().filter(fragment -> !f.message().contains(fragment)).toList();
    }

    /** What this marker says, as written in the fixture. */
    public String text() {
        return rule + " @" + column + fragments.stream().map(fr -> " " + quote(fr)).collect(Collectors.joining())
                + effectsText(effects);
    }

    static String effectsText(Map<Engine, Effect> effects) {
        return effects.entrySet().stream().map(e -> " " + e.getKey().id() + ":" + e.getValue().id())
                .collect(Collectors.joining());
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A cursor over one marker's text. */
    private static final class Scanner {
        private final String s;
        private final String where;
        private int pos;

        Scanner(String s, String where) {
            this.s = s;
            this.where = where;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(where + ": bad marker, " + what + ": " + s.strip());
        }

        private void blanks() {
            while (pos < s.length() && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == ',')) {
                pos++;
            }
        }

        boolean atEnd() {
            blanks();
            return pos >= s.length();
        }

        boolean at(char c) {
            blanks();
            return pos < s.length() && s.charAt(pos) == c;
        }

        boolean skip(char c) {
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        String word(String what) {
            blanks();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '-')) {
                pos++;
            }
            if (start == pos) {
                throw error("expected " + what);
            }
            return s.substring(start, pos);
        }

        String digits() {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a column number after @");
            }
            return s.substring(start, pos);
        }

        String quoted() {
            pos++; // the opening quote
            StringBuilder sb = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\' && pos < s.length()) {
                    c = s.charAt(pos++);
                }
                sb.append(c);
            }
            throw error("unterminated \"message fragment\"");
        }
    }
}
