package io.github.dialectic.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.concurrent.FutureTask;

/**
 * Starts linting the migrations on a background thread at the start of the build, so that it runs while Maven
 * compiles, tests and packages; {@code check} (or {@code baseline}) in the same build then takes its result instead
 * of linting again. It takes the same parameters as {@code check}; a configuration mistake (in {@code failOn} and
 * {@code formats} too) fails here, at once. If the migrations or the configuration changed in between (a file's
 * content, say), {@code check} lints afresh. Findings are reported, and the build fails, only in {@code check}.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class StartMojo extends AbstractReportingMojo {

    @Override
    @SuppressWarnings("unchecked")
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Dialectic: skipped (dialectic.skip)");
            return;
        }
        threshold(); // check's parameters too: a mistake fails here, not after the lint
        reportFormats();
        Prepared prepared = prepare();
        if (prepared == null || getPluginContext() == null) {
            return;
        }
        FutureTask<Run> task = new FutureTask<>(prepared::run);
        Thread thread = new Thread(task, "dialectic-lint-" + project.getArtifactId());
        thread.setDaemon(true); // a build that stops before check must not wait for it
        thread.start();
        getPluginContext().put(BACKGROUND, new Background(prepared.key(), task));
        getLog().info("Dialectic: linting " + prepared.description() + ", in the background; dialectic:check reports");
    }
}
