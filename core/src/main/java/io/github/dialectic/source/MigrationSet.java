package io.github.dialectic.source;

import io.github.dialectic.engine.Engine;
import io.github.dialectic.engine.Targets;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Migrations that run together on one kind of database: every file of a project when it has no folder per engine
 * ({@code engine} null, all targets), else the common files and one engine's own, checked against that engine alone.
 *
 * @param name    {@code all}, or the engine's id
 * @param engine  the engine the set is for; null when it is for every target
 * @param targets what the set is checked against
 * @param files   in Flyway order
 * @param common  those of {@code files} that every set shares
 */
public record MigrationSet(String name, Engine engine, Targets targets, List<Path> files, Set<Path> common) {
    public MigrationSet {
        files = List.copyOf(files);
        common = Set.copyOf(common);
    }

    /** Files only this set has (an engine's own folder). */
    public List<Path> own() {
        return files.stream().filter(f -> !common.contains(f)).toList();
    }
}
