package com.example.dynamodb.support.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a module's JMH benchmarks (its {@code src/bench/java}) and prints the results as a table,
 * preceded by the machine they ran on: a timing means nothing without it.
 *
 * <pre>
 *   mvn -q -Pbench -pl 04-query-scan test-compile exec:exec                 # every benchmark
 *   mvn -q -Pbench -pl 04-query-scan test-compile exec:exec -Dbench=Parallel # a subset (regex)
 * </pre>
 *
 * Speed is measured here and only here; tests assert behaviour, never timings.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {}

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : ".*";
        Options options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .build();
        Collection<RunResult> results = new Runner(options).run();

        System.out.println();
        System.out.println("Machine: " + machine());
        System.out.println(table(results));
    }

    /** Cores, memory, CPU model, OS and JVM: what a reader needs to compare numbers. */
    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %.1f GiB max heap, %s %s, %s %s",
                runtime.availableProcessors(),
                cpuModel(),
                runtime.maxMemory() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    /** One row per benchmark and parameter set: score, error (99.9%) and unit. */
    static String table(Collection<RunResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "params", "score", "± error", "unit"});
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String benchmark = run.getParams().getBenchmark();
            String params = run.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + run.getParams().getParam(k))
                    .collect(Collectors.joining(", "));
            rows.add(new String[] {
                benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                params,
                String.format(Locale.ROOT, "%.3f", primary.getScore()),
                String.format(Locale.ROOT, "%.3f", primary.getScoreError()),
                primary.getScoreUnit()
            });
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int i = 0; i < widths.length; i++) {
                out.append(' ')
                        .append(String.format("%-" + widths[i] + "s", rows.get(r)[i]))
                        .append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int w : widths) {
                    out.append("-".repeat(w + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
