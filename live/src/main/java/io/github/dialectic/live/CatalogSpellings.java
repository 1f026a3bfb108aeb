package io.github.dialectic.live;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.live.LiveCatalog.LiveColumn;
import schemacrawler.schema.Column;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the catalog's spellings into the ones migrations use, so that a rule reads a live column as it would read
 * the same column declared in a file: {@code int4} is {@code INTEGER}, {@code bpchar(3)} is {@code CHAR(3)},
 * {@code 'x'::character varying} is {@code 'x'}, MariaDB's {@code NULL} default is no default.
 */
final class CatalogSpellings {

    /** Catalog type names (lower case) and the standard spelling. */
    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("int2", "SMALLINT"), Map.entry("smallserial", "SMALLINT"),
            Map.entry("int4", "INTEGER"), Map.entry("int", "INTEGER"), Map.entry("serial", "INTEGER"),
            Map.entry("int8", "BIGINT"), Map.entry("bigserial", "BIGINT"),
            Map.entry("bpchar", "CHAR"), Map.entry("character", "CHAR"),
            Map.entry("character varying", "VARCHAR"),
            Map.entry("timestamptz", "TIMESTAMP WITH TIME ZONE"),
            Map.entry("timestamp without time zone", "TIMESTAMP"),
            Map.entry("timetz", "TIME WITH TIME ZONE"), Map.entry("time without time zone", "TIME"),
            Map.entry("bool", "BOOLEAN"),
            Map.entry("float8", "DOUBLE PRECISION"), Map.entry("double", "DOUBLE PRECISION"),
            Map.entry("float4", "REAL"));

    /** Types whose catalog size is a length or precision the DDL writes. */
    private static final Set<String> SIZED = Set.of("CHAR", "VARCHAR", "BINARY", "VARBINARY", "BIT");
    private static final Set<String> SCALED = Set.of("NUMERIC", "DECIMAL");
    /** PostgreSQL reports serial columns with their sequence as the default. */
    private static final Pattern NEXTVAL = Pattern.compile("(?i)^nextval\\('.*'(::regclass)?\\)$");
    /** A cast PostgreSQL appends to a literal: {@code ::character varying}, {@code ::text[]}. */
    private static final Pattern TRAILING_CAST = Pattern.compile("::\"?[a-z_][a-z0-9_ ]*\"?(\\[\\])?(\\(\\d+(,\\d+)?\\))?$",
            Pattern.CASE_INSENSITIVE);

    private CatalogSpellings() {
    }

    static LiveColumn column(Engine engine, Column c) {
        String raw = c.getColumnDataType().getName();
        boolean unsigned = raw.toUpperCase(Locale.ROOT).endsWith(" UNSIGNED");
        String base = (unsigned ? raw.substring(0, raw.length() - " UNSIGNED".length()) : raw).trim();
        List<String> declared = List.of();
        int paren = base.indexOf('(');
        if (paren > 0 && base.endsWith(")")) { // SQLite keeps the declared text: "VARCHAR(40)"
            declared = Arrays.stream(base.substring(paren + 1, base.length() - 1).split(",")).map(String::trim).toList();
            base = base.substring(0, paren).trim();
        }
        String name = typeName(base);
        List<String> arguments = List.of();
        if (!declared.isEmpty()) {
            arguments = declared;
        } else if (SIZED.contains(name) && c.getSize() > 0 && c.getSize() < Integer.MAX_VALUE) {
            arguments = List.of(Integer.toString(c.getSize()));
        } else if (SCALED.contains(name) && c.getSize() > 0 && c.getSize() < 1000) {
            arguments = List.of(Integer.toString(c.getSize()), Integer.toString(Math.max(0, c.getDecimalDigits())));
        }
        String rawDefault = c.getDefaultValue();
        boolean sequenceDefault = rawDefault != null && NEXTVAL.matcher(rawDefault.trim()).matches();
        boolean autoIncrement = c.isAutoIncremented() || sequenceDefault;
        String defaultValue = sequenceDefault ? null : defaultValue(engine, rawDefault);
        return new LiveColumn(c.getName(), name, arguments, unsigned, c.isNullable(), defaultValue, autoIncrement,
                c.isGenerated());
    }

    static String typeName(String catalogName) {
        String folded = catalogName.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String standard = TYPE_NAMES.get(folded);
        return standard != null ? standard : folded.toUpperCase(Locale.ROOT);
    }

    /** The default as a migration would write it, or null for none. */
    static String defaultValue(Engine engine, String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.trim();
        if (text.isEmpty() || text.equalsIgnoreCase("NULL")) {
            return null; // MariaDB shows "NULL" for a nullable column without a default
        }
        text = portable(engine, withoutCasts(text));
        if (engine == Engine.MARIADB || engine == Engine.MYSQL) {
            // MariaDB spells current_timestamp() with parentheses where DDL usually has none
            text = text.replaceAll("(?i)^current_timestamp\\(\\)$", "CURRENT_TIMESTAMP");
        }
        return text;
    }

    /** Strips PostgreSQL's casts after literals and the parentheses it puts around negative numbers. */
    static String withoutCasts(String text) {
        String result = text;
        Matcher m;
        while (!inQuotesAtEnd(result) && (m = TRAILING_CAST.matcher(result)).find() && m.start() > 0) {
            result = result.substring(0, m.start()).trim();
            if (result.startsWith("(") && result.endsWith(")") && balanced(result.substring(1, result.length() - 1))) {
                result = result.substring(1, result.length() - 1).trim();
            }
        }
        return result;
    }

    /** A PostgreSQL cast anywhere in an expression: {@code (host)::text}, {@code 'a'::character varying}. */
    private static final Pattern CAST = Pattern.compile("::\\s*(\"[^\"]+\"|[a-z_][a-z0-9_]*(\\s+(varying|precision|"
            + "with(out)?\\s+time\\s+zone))?)(\\[\\])?", Pattern.CASE_INSENSITIVE);
    /** An identifier in parentheses of its own, as PostgreSQL prints the operand of a cast: {@code (host)}. */
    private static final Pattern WRAPPED_IDENTIFIER = Pattern.compile("(?<![\\w)])\\((\\w+)\\)");
    /** A MySQL-quoted identifier: {@code `deleted`}. */
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /**
     * An expression from the catalog (check, index part, predicate, default) as a portable migration would write it:
     * PostgreSQL's casts and MariaDB's backticks are how the catalog prints it, not what the schema says.
     */
    static String portable(Engine engine, String expression) {
        if (expression == null) {
            return null;
        }
        String text = expression;
        if (engine == Engine.POSTGRESQL) {
            text = outsideQuotes(text, CAST, m -> "");
            text = outsideQuotes(text, WRAPPED_IDENTIFIER, m -> m.group(1));
        } else if (engine == Engine.MARIADB || engine == Engine.MYSQL) {
            text = outsideQuotes(text, BACKTICKED, m -> m.group(1).matches("[a-z_][a-z0-9_]*") ? m.group(1)
                    : "\"" + m.group(1).replace("\"", "\"\"") + "\"");
        }
        return text;
    }

    /** Replaces matches of {@code pattern} that do not start inside a string literal. */
    private static String outsideQuotes(String text, Pattern pattern, java.util.function.Function<Matcher, String> with) {
        StringBuilder out = new StringBuilder();
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            if (inQuotesAtEnd(text.substring(0, m.start()))) {
                continue;
            }
            out.append(text, last, m.start()).append(with.apply(m));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** A check or predicate expression without the outer parentheses the catalog adds. */
    static String expression(String definition) {
        if (definition == null) {
            return null;
        }
        String text = definition.trim();
        if (text.regionMatches(true, 0, "CHECK", 0, 5)) {
            text = text.substring(5).trim();
        }
        while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text;
    }

    /** Whether the text ends inside a string literal (a cast-looking tail that is really data). */
    private static boolean inQuotesAtEnd(String text) {
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** Whether parentheses outside quotes balance, never going negative. */
    static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && !quoted;
    }
}
