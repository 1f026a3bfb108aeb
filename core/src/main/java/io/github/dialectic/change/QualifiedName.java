package io.github.dialectic.change;

/** A possibly schema-qualified object name. The schema part is kept for messages; lookups use the object name. */
public record QualifiedName(Name schema, Name name) {

    public static QualifiedName of(String name) {
        return new QualifiedName(null, Name.of(name));
    }

    public String key() {
        return name.key();
    }

    @Override
    public String toString() {
        return schema == null ? name.text() : schema.text() + "." + name.text();
    }
}
