/**
 * The Java API: lint migration files or any {@link io.github.dialectic.source.StatementSource} with options (targets,
 * rules, severities, baseline, cache), read the findings with their rules' descriptors, and write any report format.
 * Start at {@link io.github.dialectic.api.MigrationLinter#builder()}; {@code docs/api.md} walks through it. The command
 * line, the Maven plugin and {@code dialectic-junit} run the same pipeline ({@link io.github.dialectic.lint.Linter}).
 */
package io.github.dialectic.api;
