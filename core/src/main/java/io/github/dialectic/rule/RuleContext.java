package io.github.dialectic.rule;

import io.github.dialectic.change.Change;
import io.github.dialectic.change.ColumnDef;
import io.github.dialectic.change.Name;
import io.github.dialectic.change.QualifiedName;
import io.github.dialectic.change.SourceRange;
import io.github.dialectic.engine.Effect;
import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.EngineProfile;
import io.github.dialectic.engine.EngineProfiles;
import io.github.dialectic.engine.Feature;
import io.github.dialectic.engine.Target;
import io.github.dialectic.engine.Targets;
import io.github.dialectic.schema.Schema;
import io.github.dialectic.source.Token;

import java.util.List;
import java.util.Optional;

/** What a rule sees of the run while it checks one change, and where it reports. */
public interface RuleContext {

    /**
     * The schema as it stood just before the statement being checked. Rules must not modify it. Only for a rule that
     * declares {@link Reads#SCHEMA}; any other gets an {@link IllegalStateException}.
     */
    Schema schema();

    /** The engines (and versions) this run checks against. */
    Targets targets();

    /** The text of the statement being checked. */
    String statementText();

    /** Where the statement being checked lies in its file. */
    SourceRange statementRange();

    /** The whole text of the file; ranges and token offsets index into it. */
    CharSequence fileText();

    /**
     * The statement's significant tokens (no comments or whitespace), for syntax rules that look at what the change
     * model does not keep (backticks, casts, operators, table options).
     */
    List<Token> tokens();

    /**
     * The upper-case text of each of {@link #tokens()}' WORD tokens, null for the other tokens: computed once per
     * statement and shared by the rules that match words (an engine's syntax as data: {@code engine.Constructs}).
     */
    default List<String> upperWords() {
        return io.github.dialectic.engine.Constructs.upperWords(fileText(), tokens());
    }

    /**
     * Whether an explicit transaction (BEGIN / START TRANSACTION) is open in this file before the statement. Only for
     * a rule that declares {@link Reads#FILE_HISTORY}, as the next two.
     */
    boolean inExplicitTransaction();

    /**
     * Whether the migration tool runs this file in a transaction of its own (Flyway's per-script
     * {@code executeInTransaction}, its default); {@link io.github.dialectic.source.ScriptTransaction#NONE} when no
     * tool is known.
     */
    default io.github.dialectic.source.ScriptTransaction scriptTransaction() {
        return io.github.dialectic.source.ScriptTransaction.NONE;
    }

    /** The statements of this file so far and the current one, as changes: for rules about the file as a whole. */
    List<Change> fileChangesSoFar();

    /**
     * The latest declaration of {@code column} of {@code table} in this file before the statement being checked, and
     * after the table's latest CREATE TABLE in this file (a re-created table forgets its earlier columns); empty when
     * this file has not declared it. Answered from an index, so it costs the same on the 10,000th statement as on the
     * first.
     */
    Optional<ColumnDef> fileDeclaration(QualifiedName table, Name column);

    /** The targeted engines that lack a feature. */
    default List<Target> lacking(Feature feature) {
        return targets().asList().stream().filter(t -> !EngineProfile.of(t).supports(feature)).toList();
    }

    /** The profile of each targeted engine at its targeted version, in engine order. */
    default List<EngineProfile> profiles() {
        return targets().asList().stream().map(EngineProfile::of).toList();
    }

    /**
     * Every engine's profile, in engine order: at the targeted version, or the latest release for an engine not
     * targeted. For messages that name every engine's limit; findings still go only to targeted engines.
     */
    default List<EngineProfile> everyEngine() {
        return java.util.Arrays.stream(Engine.values())
                .map(e -> targets().get(e).map(EngineProfile::of).orElseGet(() -> EngineProfiles.latest(e))).toList();
    }

    /**
     * Starts a finding at {@code range} (of the file). By default the finding carries the rule's declared effects for
     * the targeted engines and versions; {@link FindingBuilder#effect} narrows it. A finding that ends up naming no
     * targeted engine is dropped.
     */
    FindingBuilder report(SourceRange range, String message);

    interface FindingBuilder {
        /** Sets the effect for one engine explicitly (replacing the declared defaults, engine by engine). */
        FindingBuilder effect(Engine engine, Effect effect);

        /** Keeps only the declared effects of these engines. */
        FindingBuilder only(Engine... engines);

        /** What to write instead. */
        FindingBuilder fix(String fix);

        void emit();
    }
}
