package io.github.dialectic.parse;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs JSqlParser on one statement with a bounded parse time. JSqlParser's own timeout starts a thread per call;
 * here parses run on a shared pool of reusable daemon threads, and a parse that overruns is abandoned (its parser is
 * told to stop) while the caller moves on. Error messages are cut to their first line and never echo the SQL.
 */
public final class JSqlParserGate {

    /** The result of one parse: the statement, or why it failed and where (offset within the statement, or -1). */
    public record Outcome(Statement statement, String error, int errorOffset, boolean timedOut) {
        public boolean ok() {
            return statement != null;
        }
    }

    private static final ExecutorService POOL = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "dialectic-parse-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private static final Pattern AT_LINE_COLUMN = Pattern.compile("at line (\\d+), column (\\d+)");

    private final Duration timeout;

    public JSqlParserGate(Duration timeout) {
        this.timeout = timeout;
    }

    public Outcome parse(String sql) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql);
        Future<Statement> future = POOL.submit(parser::Statement);
        try {
            Statement statement = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (statement instanceof UnsupportedStatement) {
                // JSqlParser's catch-all (it returns one for "CREATE TABLE (" too): not a judgement that the SQL is valid
                return new Outcome(null, "JSqlParser does not support this kind of statement", -1, false);
            }
            return new Outcome(statement, null, -1, false);
        } catch (TimeoutException e) {
            parser.interrupted = true;
            future.cancel(true);
            return new Outcome(null, "JSqlParser gave up after " + timeout.toMillis() + " ms", -1, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome(null, "interrupted", -1, false);
        } catch (ExecutionException e) {
            return failure(sql, e.getCause());
        }
    }

    private static Outcome failure(String sql, Throwable cause) {
        String message = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        int offset = -1;
        Matcher m = AT_LINE_COLUMN.matcher(message);
        if (m.find()) {
            offset = offsetOf(sql, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        String first = message.strip().lines().findFirst().orElse("parse error");
        if (!(cause instanceof ParseException)) {
            first = cause.getClass().getSimpleName() + ": " + first;
        }
        if (first.length() > 160) {
            first = first.substring(0, 160) + "...";
        }
        return new Outcome(null, first, offset, false);
    }

    /** JSqlParser counts lines from 1 and columns from 1 within the statement it was given. */
    private static int offsetOf(String sql, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < sql.length(); l++) {
            int nl = sql.indexOf('\n', offset);
            if (nl < 0) {
                return -1;
            }
            offset = nl + 1;
        }
        offset += column - 1;
        return offset >= 0 && offset <= sql.length() ? offset : -1;
    }
}
