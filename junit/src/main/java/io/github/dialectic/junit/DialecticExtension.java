package io.github.dialectic.junit;

import io.github.dialectic.lint.LintReport;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Injects {@link Migrations} parameters annotated with {@link MigrationsAt}. Their lint is kept in the root extension
 * store, so every test class of the run that asks for the same files and targets shares one lint.
 *
 * <pre>{@code
 * @ExtendWith(DialecticExtension.class)
 * class MigrationsTest {
 *     @Test
 *     void noRejections(@MigrationsAt(value = "src/main/resources/db/migration", targets = "db2") Migrations m) {
 *         DialecticAssertions.assertThatMigrations(m).haveNoRejections();
 *     }
 * }
 * }</pre>
 */
public final class DialecticExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DialecticExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Migrations.class && parameter.isAnnotated(MigrationsAt.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MigrationsAt at = parameter.findAnnotation(MigrationsAt.class).orElseThrow();
        if (at.value().length == 0) {
            throw new ParameterResolutionException("@MigrationsAt names no migration path");
        }
        Migrations migrations = Migrations.at(Arrays.stream(at.value()).map(Path::of).toList());
        if (at.targets().length > 0) {
            try {
                migrations = migrations.on(at.targets());
            } catch (IllegalArgumentException e) {
                throw new ParameterResolutionException("@MigrationsAt targets: " + e.getMessage(), e);
            }
        }
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return migrations.sharedThrough(key -> store.getOrComputeIfAbsent(key, Migrations::lint, LintReport.class));
    }
}
