package io.github.dialectic.rules.syntax;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Generated;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.change.Spelled;
import io.github.dialectic.change.Spelling;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Ddl;
import io.github.dialectic.rules.support.Profiles;
import io.github.dialectic.rules.support.Tokens;
import io.github.dialectic.source.Token;
import io.github.dialectic.source.TokenKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@RuleInfo(
        id = "column-attribute-support",
        title = "Column attribute written in one engine's dialect",
        category = Category.SYNTAX,
        severity = Severity.ERROR,
        summary = "A column attribute only some engines understand: Db2's WITH DEFAULT, IMPLICITLY HIDDEN and INLINE "
                + "LENGTH; MySQL's CHARACTER SET, BINARY, COMMENT, INVISIBLE/VISIBLE, FIRST/AFTER, COLUMN_FORMAT, "
                + "STORAGE and KEY; SQLite's ON CONFLICT and PRIMARY KEY ASC/DESC; PostgreSQL's COMPRESSION; and the forms of a generated column "
                + "(AS (...) without GENERATED ALWAYS, STORED, VIRTUAL, PERSISTENT or no storage keyword).",
        effects = {
                @EngineEffect(engine = Engine.POSTGRESQL, effect = Effect.REJECTED,
                        reference = "Run on PostgreSQL 15: WITH DEFAULT, CHARACTER SET, CHARSET, BINARY, COMMENT, "
                                + "INVISIBLE, VISIBLE, IMPLICITLY HIDDEN, FIRST, AFTER, COLUMN_FORMAT, STORAGE (before "
                                + "16; from 16 only its own modes: run on 18.6, MySQL's STORAGE DISK is 'invalid "
                                + "storage type' or a syntax error after NOT NULL), KEY, INLINE LENGTH and ON CONFLICT "
                                + "are syntax errors (42601); a generated column must be GENERATED ALWAYS AS (...) "
                                + "STORED before 18: AS (...), VIRTUAL, PERSISTENT or no keyword are syntax errors; run "
                                + "on 18.6: VIRTUAL or no keyword (a virtual column) accepted, AS (...) and PERSISTENT "
                                + "still syntax errors"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Run on MariaDB 10.11: WITH DEFAULT, ON CONFLICT, VISIBLE, IMPLICITLY HIDDEN, "
                                + "COLUMN_FORMAT, STORAGE, COMPRESSION and INLINE LENGTH fail with ERROR 1064"),
                @EngineEffect(engine = Engine.SQLITE, effect = Effect.REJECTED,
                        reference = "Run on SQLite 3.54: such an attribute after NOT NULL or after a type with "
                                + "arguments is a syntax error, as is PERSISTENT ('error in generated column'); right "
                                + "after a type name without arguments its words become part of the type name and are "
                                + "accepted (not claimed)"),
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.4 CREATE TABLE, column_definition: no WITH DEFAULT, ON CONFLICT, IMPLICITLY "
                                + "HIDDEN, INLINE LENGTH, COMPRESSION or PERSISTENT; INVISIBLE and VISIBLE from 8.0.23 "
                                + "(ERROR 1064). Not executed here (no MySQL server)"),
                @EngineEffect(engine = Engine.DB2, effect = Effect.REJECTED,
                        reference = "Db2 11.5 CREATE TABLE, column-options: default-clause (WITH DEFAULT), "
                                + "generated-column-spec GENERATED ALWAYS AS (expression) without STORED/VIRTUAL, "
                                + "IMPLICITLY HIDDEN, INLINE LENGTH; other attributes fail with SQL0104N, SQLSTATE "
                                + "42601. Not executed here (no Db2 server)")})
public final class ColumnAttributeSupport implements Rule {

    /** The profile feature each dialect spelling needs; the numbering spellings and ON UPDATE have rules of their own. */
    private static final Map<Spelling, Feature> FEATURES = new EnumMap<>(Map.ofEntries(
            Map.entry(Spelling.WITH_DEFAULT, Feature.COLUMN_WITH_DEFAULT),
            Map.entry(Spelling.ON_CONFLICT, Feature.COLUMN_ON_CONFLICT),
            Map.entry(Spelling.CHARACTER_SET, Feature.COLUMN_CHARACTER_SET),
            Map.entry(Spelling.BINARY_COLLATION, Feature.COLUMN_BINARY_ATTRIBUTE),
            Map.entry(Spelling.COMMENT, Feature.COLUMN_COMMENT),
            Map.entry(Spelling.INVISIBLE, Feature.INVISIBLE_COLUMNS),
            Map.entry(Spelling.VISIBLE, Feature.VISIBLE_KEYWORD),
            Map.entry(Spelling.HIDDEN, Feature.IMPLICITLY_HIDDEN_COLUMNS),
            Map.entry(Spelling.COLUMN_POSITION, Feature.COLUMN_POSITION),
            Map.entry(Spelling.COLUMN_FORMAT, Feature.COLUMN_FORMAT_ATTRIBUTE),
            Map.entry(Spelling.STORAGE, Feature.COLUMN_STORAGE_ATTRIBUTE),
            Map.entry(Spelling.COMPRESSION, Feature.COLUMN_COMPRESSION),
            Map.entry(Spelling.INLINE_LENGTH, Feature.INLINE_LENGTH),
            Map.entry(Spelling.KEY_AS_PRIMARY_KEY, Feature.KEY_AS_PRIMARY_KEY),
            Map.entry(Spelling.PRIMARY_KEY_ORDER, Feature.COLUMN_PRIMARY_KEY_ORDER)));

    /** PostgreSQL's storage modes; MySQL's STORAGE takes DISK or MEMORY, each refused by the other. */
    private static final java.util.regex.Pattern POSTGRES_STORAGE = java.util.regex.Pattern.compile(
            "(?i)^STORAGE\\s+(PLAIN|EXTERNAL|EXTENDED|MAIN|DEFAULT)\\b");

    @Override
    public void check(Change change, RuleContext ctx) {
        for (Ddl.DeclaredColumn d : Ddl.columns(change)) {
            ColumnDef c = d.column();
            for (Spelled s : c.spellings()) {
                Feature feature = s.spelling() == Spelling.STORAGE && POSTGRES_STORAGE.matcher(
                        ctx.fileText().subSequence(s.range().start(), s.range().end())).find()
                        ? Feature.COLUMN_STORAGE_MODE : FEATURES.get(s.spelling());
                if (feature != null) {
                    String written = ctx.fileText().subSequence(s.range().start(), s.range().end()).toString()
                            .replaceAll("\\s+", " ");
                    // run on 18.6: PostgreSQL's STORAGE and COMPRESSION parse only right after the type (in that
                    // order); after NOT NULL, DEFAULT or COLLATE they are syntax errors, so no engine takes them there
                    boolean misplaced = RIGHT_AFTER_TYPE.contains(feature) && !rightAfterType(ctx, c, s);
                    report(ctx, d, s.range(), misplaced ? written + " away from the type (PostgreSQL takes it only "
                            + "right after the type)" : written, List.of(feature), absorbed(ctx, c, s), misplaced);
                }
            }
            if (c.generated() != null) {
                Generated g = c.generated();
                List<Feature> needed = new ArrayList<>();
                if (!g.alwaysWritten()) {
                    needed.add(Feature.GENERATED_AS_SHORTHAND);
                }
                needed.add(g.storageWord() == null ? Feature.GENERATED_STORAGE_IMPLICIT
                        : g.storage() == Generated.Storage.VIRTUAL ? Feature.GENERATED_VIRTUAL
                        : g.storageWord().equals("PERSISTENT") ? Feature.GENERATED_PERSISTENT : Feature.GENERATED_STORED);
                String form = (g.alwaysWritten() ? "GENERATED ALWAYS AS (...)" : "AS (...)")
                        + (g.storageWord() == null ? "" : " " + g.storageWord());
                report(ctx, d, g.range(), form, needed, false, false);
            }
        }
    }

    /**
     * Reports the engines lacking any of {@code needed}. An engine that takes any words as a type name (SQLite) reads
     * an attribute {@code absorbed} into the type name and accepts it: not claimed for it.
     */
    private static void report(RuleContext ctx, Ddl.DeclaredColumn d, SourceRange at, String written,
                               List<Feature> needed, boolean absorbed, boolean misplaced) {
        List<EngineProfile> lacking = new ArrayList<>();
        for (EngineProfile p : ctx.profiles()) {
            if ((misplaced || needed.stream().anyMatch(f -> !p.supports(f)))
                    && !(absorbed && p.supports(Feature.ANY_TYPE_NAME))) {
                lacking.add(p);
            }
        }
        if (lacking.isEmpty()) {
            return;
        }
        List<EngineProfile> knowing = misplaced ? List.of() : ctx.everyEngine().stream()
                .filter(p -> needed.stream().allMatch(p::supports)).toList();
        ctx.report(at, "column " + d.qualified() + " is declared " + written
                        + (knowing.isEmpty() ? "" : " (" + Profiles.names(knowing, "/") + " syntax)")
                        + ", which " + Profiles.sentence(lacking) + " cannot parse")
                .only(Profiles.engines(lacking))
                .fix("Write the column in the syntax every target shares (drop the attribute, or keep it in a "
                        + "migration for the engine that has it); for a generated column every engine but Db2 takes "
                        + "GENERATED ALWAYS AS (...) STORED, Db2 the same without STORED.")
                .emit();
    }

    /** Attributes PostgreSQL parses only right after the column's type: STORAGE mode, then COMPRESSION. */
    private static final java.util.Set<Feature> RIGHT_AFTER_TYPE = java.util.EnumSet.of(Feature.COLUMN_STORAGE_MODE,
            Feature.COLUMN_COMPRESSION);

    /** Whether only a STORAGE clause (for COMPRESSION) stands between the column's type and this attribute. */
    private static boolean rightAfterType(RuleContext ctx, ColumnDef c, Spelled s) {
        if (c.type() == null || c.type().range() == null) {
            return true; // no type to measure from: not claimed
        }
        int from = c.type().range().end();
        for (Spelled before : c.spellings()) {
            if (before == s) {
                break;
            }
            if (s.spelling() == Spelling.COMPRESSION && before.spelling() == Spelling.STORAGE
                    && ctx.fileText().subSequence(from, before.range().start()).toString().isBlank()) {
                from = before.range().end();
            }
        }
        return from <= s.range().start() && ctx.fileText().subSequence(from, s.range().start()).toString().isBlank();
    }

    /**
     * Whether the attribute, and everything between the type and it, are words (and strings) the engine does not reserve,
     * after a type name written without arguments, up to any DEFAULT: SQLite then reads them all as more of the type
     * name ({@code INT COMMENT 'x'}, {@code INTEGER COLUMN_FORMAT FIXED STORAGE DISK}).
     */
    private static boolean absorbed(RuleContext ctx, ColumnDef c, Spelled s) {
        if (c.type() == null || !c.type().arguments().isEmpty() || c.type().range() == null
                || s.range().start() < c.type().range().end()) {
            return false;
        }
        for (Token t : Tokens.within(ctx, new SourceRange(c.type().range().end(), s.range().end()))) {
            if (t.isWord(ctx.fileText(), "DEFAULT")) {
                break; // WITH DEFAULT 0: WITH joins the type name, DEFAULT 0 is the default
            }
            if (t.kind() != TokenKind.STRING && t.kind() != TokenKind.WORD) {
                return false;
            }
            if (t.kind() == TokenKind.WORD && ctx.profiles().stream()
                    .anyMatch(p -> p.supports(Feature.ANY_TYPE_NAME) && p.reserves(t.text(ctx.fileText())))) {
                return false;
            }
        }
        return true;
    }
}
