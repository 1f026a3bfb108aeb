package io.github.dialectic.cli;

import io.github.dialectic.lint.LintOptions;
import io.github.dialectic.lint.LintReport;
import io.github.dialectic.lint.Linter;
import io.github.dialectic.lint.ParseCache;
import io.github.dialectic.parse.StatementAnalyzer;
import io.github.dialectic.rule.RuleRegistry;
import io.github.dialectic.source.MigrationLocator;
import io.github.dialectic.source.SourceFile;
import io.github.dialectic.source.SqlSplitter;
import io.github.dialectic.source.SqlStatement;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-process half of {@code bench/run}: times the splitter alone, splitting plus parsing, and the full lint on one
 * corpus, in the same JVM, after warm-up runs (or none, for a cold measurement).
 *
 * <pre>java -cp dialectic.jar io.github.dialectic.cli.BenchHarness [--phases split,parse,lint] [--warmup N]
 *     [--runs N] [--cache-dir DIR] PATH...</pre>
 *
 * Prints one line per phase: median wall and CPU milliseconds, statements, statements per second, peak heap.
 * CPU time is the whole process's (all threads), so it shows what parallelism costs.
 */
public final class BenchHarness {

    private BenchHarness() {
    }

    public static void main(String[] args) throws Exception {
        List<String> phases = List.of("split", "parse", "lint");
        int warmup = 3;
        int runs = 5;
        Path cacheDir = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--phases" -> phases = Arrays.asList(args[++i].split(","));
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--cache-dir" -> cacheDir = Path.of(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: BenchHarness [--phases split,parse,lint] [--warmup N] [--runs N] "
                    + "[--cache-dir DIR] PATH...");
            System.exit(2);
        }
        List<SourceFile> files = new ArrayList<>();
        for (Path p : MigrationLocator.locate(paths)) {
            files.add(SourceFile.read(p));
        }
        System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %12s %10s%n", "phase", "wall_ms", "cpu_ms", "statements",
                "stmts_per_s", "heap_MiB");
        for (String phase : phases) {
            Path dir = cacheDir;
            Task task = switch (phase) {
                case "split" -> () -> split(files);
                case "parse" -> () -> parse(files);
                case "lint" -> () -> lint(files, dir);
                default -> throw new IllegalArgumentException("unknown phase " + phase);
            };
            Result r = measure(task, warmup, runs);
            System.out.printf(Locale.ROOT, "%-6s %10.1f %10.1f %10d %12.0f %10.1f%n", phase, r.wallMs, r.cpuMs,
                    r.statements, r.statements / (r.wallMs / 1000.0), r.peakHeapMiB);
        }
    }

    /** One timed unit of work; returns the number of statements it handled. */
    interface Task {
        int run() throws Exception;
    }

    record Result(double wallMs, double cpuMs, int statements, double peakHeapMiB) {
    }

    static Result measure(Task task, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int statements = 0;
        for (int i = 0; i < runs; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            statements = task.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (processCpuNanos() - c0) / 1e6;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Result(median(wall), median(cpu), statements, peak / (1024.0 * 1024.0));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    static int split(List<SourceFile> files) {
        return files.parallelStream().mapToInt(f -> new SqlSplitter(f.flavor()).split(f.text()).size()).sum();
    }

    static int parse(List<SourceFile> files) {
        StatementAnalyzer analyzer = new StatementAnalyzer(LintOptions.DEFAULT_PARSE_TIMEOUT);
        AtomicInteger understood = new AtomicInteger();
        return files.parallelStream().mapToInt(f -> {
            List<SqlStatement> statements = new SqlSplitter(f.flavor()).split(f.text());
            statements.parallelStream().forEach(st -> {
                if (analyzer.analyze(f, st).understood()) {
                    understood.incrementAndGet();
                }
            });
            return statements.size();
        }).sum();
    }

    static int lint(List<SourceFile> files, Path cacheDir) {
        Linter linter = new Linter(RuleRegistry.load(), LintOptions.defaults(),
                cacheDir == null ? null : ParseCache.at(cacheDir));
        LintReport report = linter.lintFiles(files);
        return report.summary().statements();
    }
}
