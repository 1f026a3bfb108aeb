package io.github.dialectic.maven;

import io.github.dialectic.finding.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Records the current findings in the baseline file, so that {@code check} from then on fails only on new findings.
 * Entries are matched on rule, file and a fingerprint of the statement, so they survive edits elsewhere in the file.
 * Paths in the file are relative to the project base directory; commit it with the project.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractDialecticMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Dialectic: skipped (dialectic.skip)");
            return;
        }
        Path file = baselinePath();
        Run run = lint();
        Baseline result = Baseline.of(run == null ? java.util.List.of() : run.report().findings(), basedir());
        try {
            result.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dialectic baseline " + file + ": " + e.getMessage(), e);
        }
        int n = result.entries().size();
        getLog().info("Dialectic: wrote " + n + " finding" + (n == 1 ? "" : "s") + " to the baseline " + file);
    }
}
