package io.github.dialectic.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The report formats a run can write: text, JSON, SARIF, JUnit XML, Checkstyle XML, GitHub annotations and HTML, then
 * those other jars provide through {@link ServiceLoader}, by
 * id. The CLI and the Maven plugin both ask here, so a format added once is offered by both.
 */
public final class ReportFormats {

    private final Map<String, ReportFormat> byId;

    private ReportFormats(Map<String, ReportFormat> byId) {
        this.byId = byId;
    }

    /** The built-in formats and those found through {@code loader}. */
    public static ReportFormats load(ClassLoader loader) {
        Map<String, ReportFormat> byId = new LinkedHashMap<>();
        for (ReportFormat f : List.of(TextReporter.FORMAT, JsonReporter.FORMAT, SarifReporter.FORMAT,
                JunitXmlReporter.FORMAT, CheckstyleReporter.FORMAT, GithubReporter.FORMAT, HtmlReporter.FORMAT)) {
            byId.put(f.id(), f);
        }
        List<ReportFormat> found = new ArrayList<>();
        ServiceLoader.load(ReportFormat.class, loader).forEach(found::add);
        found.sort(Comparator.comparing(ReportFormat::id));
        for (ReportFormat f : found) {
            ReportFormat previous = byId.putIfAbsent(f.id(), f);
            if (previous != null && previous.getClass() != f.getClass()) {
                throw new IllegalStateException("two report formats share the id '" + f.id() + "': "
                        + previous.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        return new ReportFormats(byId);
    }

    /** The formats on the class path of Dialectic's own classes. */
    public static ReportFormats load() {
        return load(ReportFormats.class.getClassLoader());
    }

    /** Every format, built-in ones first. */
    public List<ReportFormat> all() {
        return List.copyOf(byId.values());
    }

    /** The ids, built-in ones first: {@code text, json, ...}. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The format with this id (exactly: callers lower-case user input); unknown ids name the valid ones. */
    public ReportFormat named(String id) {
        ReportFormat f = byId.get(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown format '" + id + "'"
                    + io.github.dialectic.DidYouMean.hint(id, ids()) + "; valid formats: " + String.join(", ", ids()));
        }
        return f;
    }
}
