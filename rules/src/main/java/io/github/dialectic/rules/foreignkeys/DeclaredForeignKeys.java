package io.github.dialectic.rules.foreignkeys;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ForeignKeyDef;
import io.github.dialectic.change.QualifiedName;

import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/** The foreign keys a CREATE TABLE or ALTER TABLE declares, inline ones with their child column filled in. */
final class DeclaredForeignKeys {
    private DeclaredForeignKeys() {
    }

    /** The child table of the change, or null when the change declares no foreign keys. */
    static QualifiedName table(Change change) {
        if (change instanceof Change.CreateTable ct) {
            return ct.table();
        }
        if (change instanceof Change.AlterTable at) {
            return at.table();
        }
        return null;
    }

    static List<ForeignKeyDef> of(Change change) {
        return change.foreignKeysAdded();
    }

    /**
     * An inline {@code REFERENCES} on an engine that parses and ignores it (MySQL before 9.0) creates no foreign key:
     * whatever the key would have been refused for, the statement passes there and the key is missing, which is
     * {@code different} (fk-inline-references-ignored says so too). Sets that effect for those of
     * {@code affected} (the engines the finding names) that ignore {@code fk}; returns their profiles.
     */
    static List<EngineProfile> ignoredInline(RuleContext ctx, ForeignKeyDef fk, RuleContext.FindingBuilder finding,
                                             Engine... affected) {
        if (!fk.inline()) {
            return List.of();
        }
        List<Engine> named = Arrays.asList(affected);
        List<EngineProfile> ignoring = ctx.profiles().stream()
                .filter(p -> !p.supports(Feature.INLINE_REFERENCES) && named.contains(p.engine())).toList();
        ignoring.forEach(p -> finding.effect(p.engine(), Effect.DIFFERENT));
        return ignoring;
    }
}
