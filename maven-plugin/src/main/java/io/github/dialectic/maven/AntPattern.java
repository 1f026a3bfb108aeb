package io.github.dialectic.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern, as Maven users write them in {@code <includes>}: {@code *} matches within one path
 * segment, {@code ?} one character, {@code **} any number of whole segments (none included), and a pattern ending in
 * {@code /} means everything below that folder. Matching uses {@code /} as the separator and is case-sensitive.
 */
final class AntPattern {

    private final String text;
    private final Pattern regex;

    private AntPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    static AntPattern compile(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.isEmpty() || p.endsWith("/")) {
            p = p + "**";
        }
        String[] segments = p.split("/+");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            boolean last = i == segments.length - 1;
            if (seg.equals("**")) {
                re.append(last ? ".*" : "(?:[^/]*/)*");
                continue;
            }
            for (int k = 0; k < seg.length(); k++) {
                char c = seg.charAt(k);
                if (c == '*') {
                    re.append("[^/]*");
                } else if (c == '?') {
                    re.append("[^/]");
                } else {
                    re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            if (!last) {
                re.append('/');
            }
        }
        return new AntPattern(pattern, Pattern.compile(re.toString()));
    }

    /** Whether a path relative to the scanned folder, with {@code /} separators, matches. */
    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
