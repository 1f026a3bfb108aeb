package io.github.dialectic.rules.indexes;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.DataType;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.Category;
import io.github.dialectic.rule.EngineEffect;
import io.github.dialectic.rule.Reads;
import io.github.dialectic.rule.Rule;
import io.github.dialectic.rule.RuleContext;
import io.github.dialectic.rule.RuleInfo;
import io.github.dialectic.rule.Severity;
import io.github.dialectic.rules.support.Keys;
import io.github.dialectic.rules.support.Keys.Key;
import io.github.dialectic.rules.support.Keys.Kind;
import io.github.dialectic.rules.support.Keys.Part;
import io.github.dialectic.rules.support.Columns;
import io.github.dialectic.rules.support.Profiles;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "index-key-too-long",
        title = "Index or key longer than InnoDB's 3072 bytes",
        category = Category.INDEXES,
        severity = Severity.ERROR,
        reads = {Reads.SCHEMA, Reads.FILE_HISTORY},
        summary = "A PRIMARY KEY, UNIQUE key or index whose key parts add up to more than 3072 bytes in InnoDB "
                + "(utf8mb4: 4 bytes a character, prefix lengths respected).",
        effects = {
                @EngineEffect(engine = Engine.MYSQL, effect = Effect.REJECTED,
                        reference = "MySQL 8.0 Reference Manual, InnoDB Limits: the index key prefix length limit is "
                                + "3072 bytes (DYNAMIC/COMPRESSED rows): ERROR 1071 Specified key was too long. "
                                + "Not executed here (no MySQL server); claimed for keys, unique keys and "
                                + "multi-column indexes only"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.REJECTED,
                        reference = "Verified on MariaDB 10.11: a PRIMARY KEY or a multi-column index over 3072 bytes "
                                + "fails with ERROR 1071 (42000) Specified key was too long"),
                @EngineEffect(engine = Engine.MARIADB, effect = Effect.DIFFERENT,
                        reference = "Verified on MariaDB 10.11: a single-column index over 3072 bytes is silently cut "
                                + "to a prefix, name(768) (Note 1071); a UNIQUE key becomes a USING HASH index, "
                                + "which cannot be a foreign-key parent (errno 150)")})
public final class IndexKeyTooLong implements Rule {

    private static final Set<String> CHARACTER_TYPES = Set.of("CHAR", "VARCHAR", "CHARACTER", "CHARACTER VARYING",
            "CHAR VARYING", "NCHAR", "NVARCHAR", "NATIONAL CHARACTER", "NATIONAL CHAR", "TEXT", "TINYTEXT",
            "MEDIUMTEXT", "LONGTEXT");
    private static final Set<String> BINARY_TYPES = Set.of("BINARY", "VARBINARY", "BLOB", "TINYBLOB", "MEDIUMBLOB",
            "LONGBLOB");
    private static final Set<String> LOB_TYPES = Set.of("TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT", "BLOB",
            "TINYBLOB", "MEDIUMBLOB", "LONGBLOB");

    @Override
    public void check(Change change, RuleContext ctx) {
        List<Key> keys = Keys.added(change);
        if (keys.isEmpty()) {
            return; // most statements add no key: spare them the profiles' questions
        }
        List<EngineProfile> limited = new ArrayList<>(); // loops, not streams: this runs on every statement
        EngineProfile strictest = null; // sizes and limit from the strictest target: what fits there fits everywhere
        for (EngineProfile p : ctx.profiles()) {
            if (p.maxIndexKeyBytes() > 0) {
                limited.add(p);
                if (strictest == null || p.maxIndexKeyBytes() < strictest.maxIndexKeyBytes()) {
                    strictest = p;
                }
            }
        }
        if (limited.isEmpty()) {
            return;
        }
        int limit = strictest.maxIndexKeyBytes();
        for (Key key : keys) {
            int bytes = 0;
            List<String> sizes = new ArrayList<>();
            for (Part p : key.parts()) {
                if (p.column() == null) {
                    continue;
                }
                Optional<Columns.Resolved> r = Columns.resolve(ctx, change, key.table(), p.column());
                int b = r.isPresent() ? bytes(r.get(), p.prefix(), strictest) : 0;
                bytes += b;
                if (b > 0) {
                    sizes.add(p.column() + (p.prefix() == null ? "" : "(" + p.prefix() + ")") + " " + b);
                }
            }
            if (bytes <= limit) {
                continue;
            }
            String what = key.label() + " on " + key.table() + " is " + bytes + " bytes long in InnoDB ("
                    + String.join(" + ", sizes) + "), over the " + limit + "-byte limit: ";
            // the engines that change an over-long key instead of refusing it say how, in their profiles
            Map<Engine, Effect> effects = new EnumMap<>(Engine.class);
            List<EngineProfile> every = ctx.everyEngine().stream().filter(p -> p.maxIndexKeyBytes() > 0).toList();
            String all = Profiles.sentence(every);
            String refusingUnique = Profiles.sentence(every.stream()
                    .filter(p -> !p.supports(Feature.LONG_UNIQUE_KEY_HASHED)).toList());
            String hashing = Profiles.sentence(every.stream()
                    .filter(p -> p.supports(Feature.LONG_UNIQUE_KEY_HASHED)).toList());
            String prefixing = Profiles.sentence(every.stream()
                    .filter(p -> p.supports(Feature.LONG_INDEX_KEY_PREFIXED)).toList());
            String message;
            if (key.kind() == Kind.PRIMARY_KEY) {
                message = what + all + " reject it (ERROR 1071)";
                limited.forEach(p -> effects.put(p.engine(), Effect.REJECTED));
            } else if (key.kind() == Kind.UNIQUE) {
                message = what + refusingUnique + " rejects it (ERROR 1071); " + hashing + " silently builds a USING "
                        + "HASH unique index instead, which no foreign key can reference";
                limited.forEach(p -> effects.put(p.engine(), p.supports(Feature.LONG_UNIQUE_KEY_HASHED)
                        ? Effect.DIFFERENT : Effect.REJECTED));
            } else if (key.parts().size() == 1) {
                message = what + prefixing + " silently indexes only a prefix of it";
                // claimed only where the cut was seen: refusal of a one-column index is not verified for MySQL
                limited.stream().filter(p -> p.supports(Feature.LONG_INDEX_KEY_PREFIXED))
                        .forEach(p -> effects.put(p.engine(), Effect.DIFFERENT));
            } else {
                message = what + all + " reject it (ERROR 1071)";
                limited.forEach(p -> effects.put(p.engine(), Effect.REJECTED));
            }
            RuleContext.FindingBuilder f = ctx.report(key.range(), message).only(effects.keySet().toArray(Engine[]::new));
            effects.forEach(f::effect);
            f.fix("Shorten the key: declare shorter columns, index a prefix on MySQL/MariaDB (col(191) fits utf8mb4 "
                    + "in 767 bytes, col(768) in 3072), or index a hash of the value kept in its own column.").emit();
        }
    }

    /** The key bytes of one key part on the profile's engine, or 0 when unknown (lower bound). */
    static int bytes(Columns.Resolved c, Integer prefix, EngineProfile profile) {
        DataType type = c.type();
        if (type == null) {
            return 0;
        }
        String name = type.name();
        if (CHARACTER_TYPES.contains(name)) {
            int chars = prefix != null ? prefix : LOB_TYPES.contains(name) ? 0 : Math.max(type.length(), 0);
            return chars * profile.bytesPerCharacter(c.charset());
        }
        if (BINARY_TYPES.contains(name)) {
            return prefix != null ? prefix : LOB_TYPES.contains(name) ? 0 : Math.max(type.length(), 0);
        }
        return profile.fixedKeyBytes(name);
    }

}
