package io.github.dialectic.source;

import java.util.Objects;

/**
 * Where a statement comes from, and where a finding points: a span of a file today; an element of a source that has
 * no text position (a changeset of a changelog, an object of a live database) tomorrow. Reporters switch over the
 * kinds, so that adding one makes the compiler list every report format that must learn it.
 */
public sealed interface Location permits Location.FileRange, Location.Element {

    /** The file, changelog or database the location is in, as reports name it. */
    String source();

    /** The same location in a source named differently (e.g. a path made relative to a project). */
    Location withSource(String newSource);

    /** A span of a text file: 1-based line and column of its first and last character (end inclusive). */
    record FileRange(String source, int line, int column, int endLine, int endColumn) implements Location {
        public FileRange {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public FileRange withSource(String newSource) {
            return new FileRange(newSource, line, column, endLine, endColumn);
        }
    }

    /** An element of a source without a text position, e.g. {@code changeset 42::alice} or {@code table public.orders}. */
    record Element(String source, String element) implements Location {
        public Element {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(element, "element");
        }

        @Override
        public Element withSource(String newSource) {
            return new Element(newSource, element);
        }
    }
}
