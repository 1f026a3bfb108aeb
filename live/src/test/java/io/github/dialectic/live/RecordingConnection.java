package io.github.dialectic.live;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A JDBC connection to an engine this machine has no server for (Db2, MySQL): it records every statement and
 * parameter it is sent and answers queries from a script, so that the SQL Dialectic generates for those engines is
 * tested. What the engines do with it is cited from their manuals where the SQL is written.
 */
final class RecordingConnection {

    /** A query's answer: column labels and rows. */
    record Rows(List<String> labels, List<List<Object>> rows) {
        static Rows of(String label, Object... values) {
            List<List<Object>> rows = new ArrayList<>();
            for (Object v : values) {
                rows.add(java.util.Arrays.asList(v));
            }
            return new Rows(List.of(label), rows);
        }
    }

    final List<String> sent = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private final String product;
    private final String version;
    private final Function<String, Rows> answers;

    RecordingConnection(String product, String version, Function<String, Rows> answers) {
        this.product = product;
        this.version = version;
        this.answers = answers;
    }

    Connection connection() {
        return proxy(Connection.class, (method, args) -> switch (method) {
            case "createStatement" -> statement(null);
            case "prepareStatement" -> statement((String) args[0]);
            case "getMetaData" -> proxy(DatabaseMetaData.class, (m, a) -> switch (m) {
                case "getDatabaseProductName" -> product;
                case "getDatabaseProductVersion" -> version;
                case "getIdentifierQuoteString" -> "\"";
                default -> throw new UnsupportedOperationException(m);
            });
            case "setReadOnly", "setAutoCommit" -> {
                calls.add(method + "(" + args[0] + ")");
                yield null;
            }
            case "rollback", "close" -> {
                calls.add(method);
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Object statement(String prepared) {
        List<Object> parameters = new ArrayList<>();
        Class<?> type = prepared == null ? Statement.class : PreparedStatement.class;
        return proxy(type, (method, args) -> switch (method) {
            case "execute" -> {
                sent.add((String) args[0]);
                yield false;
            }
            case "executeQuery" -> {
                String sql = args == null ? prepared + " " + parameters : (String) args[0];
                sent.add(sql);
                yield resultSet(answers.apply(sql));
            }
            case "setString", "setLong" -> {
                parameters.add(args[1]);
                yield null;
            }
            case "setQueryTimeout", "setMaxRows" -> {
                calls.add(method + "(" + args[0] + ")");
                yield null;
            }
            case "close", "cancel" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static ResultSet resultSet(Rows rows) {
        int[] at = {-1};
        return proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> ++at[0] < rows.rows().size();
            case "getLong" -> ((Number) rows.rows().get(at[0]).get((int) args[0] - 1)).longValue();
            case "getDouble" -> ((Number) rows.rows().get(at[0]).get((int) args[0] - 1)).doubleValue();
            case "getString" -> String.valueOf(rows.rows().get(at[0]).get((int) args[0] - 1));
            case "getMetaData" -> proxy(ResultSetMetaData.class, (m, a) -> switch (m) {
                case "getColumnCount" -> rows.labels().size();
                case "getColumnLabel" -> rows.labels().get((int) a[0] - 1);
                default -> throw new UnsupportedOperationException(m);
            });
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(RecordingConnection.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> switch (method.getName()) {
                    case "unwrap", "isWrapperFor" -> throw new UnsupportedOperationException(method.getName());
                    case "toString" -> type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> handler.handle(method.getName(), args);
                }));
    }
}
