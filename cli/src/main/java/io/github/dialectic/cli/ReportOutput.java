package io.github.dialectic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's report goes ({@code lint}, {@code rehearse}): a file, its folder made first, or standard output. */
final class ReportOutput {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path file;

    /** What writes the report. */
    @FunctionalInterface
    interface Report {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes the report to {@code --output}, else to standard output in 64 KiB pieces as it is made. */
    void write(Report report) throws IOException {
        if (file != null) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                report.writeTo(w);
            }
        } else {
            // not built whole first: 800,000 findings' JSON is 500 MB of text (issue 12)
            Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
            report.writeTo(out);
            out.flush();
        }
    }
}
