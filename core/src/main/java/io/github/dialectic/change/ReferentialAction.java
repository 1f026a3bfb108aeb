package io.github.dialectic.change;

/** ON DELETE / ON UPDATE action of a foreign key. NONE means not written (the engine default, NO ACTION). */
public enum ReferentialAction {
    NONE("(default)"), NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
