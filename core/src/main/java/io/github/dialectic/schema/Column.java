package io.github.dialectic.schema;

import io.github.dialectic.change.DataType;
import io.github.dialectic.change.Name;

/** A column as it stands at one point of the replay. {@code nullable} is what was declared (no NOT NULL = nullable). */
public final class Column {
    private Name name;
    private DataType type;
    private boolean nullable;
    private String defaultValue;
    private boolean autoIncrement;

    public Column(Name name, DataType type, boolean nullable, String defaultValue, boolean autoIncrement) {
        this.name = name;
        this.type = type;
        this.nullable = nullable;
        this.defaultValue = defaultValue;
        this.autoIncrement = autoIncrement;
    }

    public Name name() {
        return name;
    }

    public DataType type() {
        return type;
    }

    public boolean nullable() {
        return nullable;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean autoIncrement() {
        return autoIncrement;
    }

    void rename(Name newName) {
        this.name = newName;
    }

    void setType(DataType type) {
        this.type = type;
    }

    void setNullable(boolean nullable) {
        this.nullable = nullable;
    }

    void setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    @Override
    public String toString() {
        return name + " " + type + (nullable ? "" : " NOT NULL");
    }
}
