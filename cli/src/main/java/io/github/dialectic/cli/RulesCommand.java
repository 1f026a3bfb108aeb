package io.github.dialectic.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.dialectic.rule.Claim;
import io.github.dialectic.rule.RuleDescriptor;
import io.github.dialectic.rule.RuleRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "rules", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "List every rule with its metadata.")
public final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        RuleRegistry registry = RuleRegistry.load();
        PrintWriter out = spec.commandLine().getOut();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> {
                for (RuleDescriptor d : registry.descriptors()) {
                    out.printf("%-38s %-8s %s%n", d.id(), d.severity().id(), d.title());
                    String claims = d.claims().stream().map(Claim::toString).collect(Collectors.joining("; "));
                    if (!claims.isEmpty()) {
                        out.printf("%-38s %-8s %s%n", "", "", claims);
                    }
                }
                out.printf("%d rules%n", registry.descriptors().size());
            }
            case "json" -> writeJson(registry, out);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format: unknown format '" + format + "'; valid formats: text, json");
        }
        out.flush();
        return 0;
    }

    private static void writeJson(RuleRegistry registry, PrintWriter out) throws IOException {
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator g = factory.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            for (RuleDescriptor d : registry.descriptors()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("title", d.title());
                g.writeStringField("category", d.category().title());
                g.writeStringField("severity", d.severity().id());
                g.writeStringField("summary", d.summary());
                g.writeStringField("docs", d.docsUrl());
                g.writeArrayFieldStart("engines");
                for (Claim c : d.claims()) {
                    g.writeStartObject();
                    g.writeStringField("engine", c.engine().id());
                    g.writeStringField("effect", c.effect().id());
                    if (!c.versions().isEmpty()) {
                        g.writeStringField("versions", c.versions());
                    }
                    g.writeStringField("reference", c.reference());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }
}
