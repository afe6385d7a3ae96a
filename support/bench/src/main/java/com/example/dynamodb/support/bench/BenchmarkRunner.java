package com.example.dynamodb.support.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Version;

/**
 * Runs a module's JMH benchmarks (its {@code src/bench/java}), prints the machine they ran on, the
 * settings and a results table (a timing means nothing without them), and writes the same as
 * {@code <module>/target/bench/results.md} with a chart, {@code results.png} (see {@link BenchReport}).
 *
 * <pre>
 *   mvn -q -Pbench -pl 04-query-scan test-compile exec:exec                 # every benchmark
 *   mvn -q -Pbench -pl 04-query-scan test-compile exec:exec -Dbench=Parallel # a subset (regex)
 * </pre>
 *
 * Speed is measured here and only here; tests assert behaviour, never timings.
 */
public final class BenchmarkRunner {

    private static final int FORKS = 1;
    private static final int WARMUP_ITERATIONS = 3;
    private static final int MEASUREMENT_ITERATIONS = 5;
    private static final int SECONDS_PER_ITERATION = 2;

    private BenchmarkRunner() {}

    public static void main(String[] args) throws RunnerException, IOException {
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : ".*";
        // The bench profile passes <module>/target/bench; a run from the module folder gets the same.
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        System.out.println("Running the benchmarks matching '" + include + "': JMH names each one below as it"
                + " starts (\"# Benchmark:\", \"# Parameters:\") and shows its progress; the results table"
                + " follows at the end.");
        // One run per benchmark class, so that a class's own @Warmup/@Measurement/@Fork are kept and
        // only the classes without them get this runner's short defaults.
        List<RunResult> results = new ArrayList<>();
        List<String> ownSettings = new ArrayList<>();
        for (Map.Entry<String, List<String>> benchmarkClass :
                benchmarksByClass(include).entrySet()) {
            OptionsBuilder options = new OptionsBuilder();
            benchmarkClass.getValue().forEach(name -> options.include("^" + Pattern.quote(name) + "$"));
            Class<?> type = load(benchmarkClass.getKey());
            if (type == null || !type.isAnnotationPresent(Fork.class)) {
                options.forks(FORKS);
            }
            if (type == null || !type.isAnnotationPresent(Warmup.class)) {
                options.warmupIterations(WARMUP_ITERATIONS).warmupTime(TimeValue.seconds(SECONDS_PER_ITERATION));
            }
            if (type == null || !type.isAnnotationPresent(Measurement.class)) {
                options.measurementIterations(MEASUREMENT_ITERATIONS)
                        .measurementTime(TimeValue.seconds(SECONDS_PER_ITERATION));
            }
            if (type != null
                    && (type.isAnnotationPresent(Fork.class)
                            || type.isAnnotationPresent(Warmup.class)
                            || type.isAnnotationPresent(Measurement.class))) {
                ownSettings.add(type.getSimpleName());
            }
            results.addAll(new Runner(options.build()).run());
        }
        if (results.isEmpty()) {
            System.out.println("No benchmark matches '" + include + "'.");
            return;
        }

        List<BenchReport.Row> rows = rows(results);
        String machine = "Machine: " + machine();
        String settings = settings()
                + (ownSettings.isEmpty() ? "" : " (" + String.join(", ", ownSettings) + ": its own settings)");
        System.out.println();
        System.out.println(machine);
        System.out.println(settings);
        System.out.println(BenchReport.table(rows));
        List<Path> written = BenchReport.write(out, machine, settings, rows);
        System.out.println("Written: " + written.get(0) + " and " + written.get(1));
    }

    /** The benchmarks JMH generated that match {@code include}, by class, in JMH's order. */
    private static Map<String, List<String>> benchmarksByClass(String include) {
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        OutputFormat quiet = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(quiet, List.of(include), List.of())) {
            byClass.computeIfAbsent(entry.getUserClassQName(), k -> new ArrayList<>())
                    .add(entry.getUsername());
        }
        return byClass;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
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

    /** The JMH settings, in the words the READMEs quote. */
    static String settings() {
        return String.format(
                Locale.ROOT,
                "Settings: JMH %s, %d fork, %d × %d s warm-up, %d × %d s measurement, unless a class sets its own",
                Version.getPlainVersion(),
                FORKS,
                WARMUP_ITERATIONS,
                SECONDS_PER_ITERATION,
                MEASUREMENT_ITERATIONS,
                SECONDS_PER_ITERATION);
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

    /** One row per benchmark and parameter set, in the order JMH ran them. */
    static List<BenchReport.Row> rows(Collection<RunResult> results) {
        List<BenchReport.Row> rows = new ArrayList<>();
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String benchmark = run.getParams().getBenchmark();
            String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
            String params = run.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + run.getParams().getParam(k))
                    .collect(Collectors.joining(", "));
            rows.add(new BenchReport.Row(
                    className.substring(className.lastIndexOf('.') + 1),
                    benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    params,
                    primary.getScore(),
                    primary.getScoreError(),
                    primary.getScoreUnit(),
                    relativeToFirst(className)));
        }
        return rows;
    }

    private static boolean relativeToFirst(String className) {
        try {
            return Class.forName(className).isAnnotationPresent(RelativeToFirst.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
