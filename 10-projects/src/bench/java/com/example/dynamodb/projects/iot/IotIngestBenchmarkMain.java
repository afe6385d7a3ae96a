package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.bench.BenchReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * What {@code mvn -q -Pbench -pl 10-projects test-compile exec:exec -Dbench=IotIngest} runs: the
 * shared runner's settings, table and report (target/bench/results.md and results.png), then one
 * more line, the one the README quotes: the best mode's readings per second over the naive loop's.
 */
public final class IotIngestBenchmarkMain {

    private static final int FORKS = 1;
    private static final int WARMUP_ITERATIONS = 20; // client and server JIT-compile in one JVM: slow to settle
    private static final int MEASUREMENT_ITERATIONS = 5;
    private static final int SECONDS_PER_ITERATION = 2;

    private IotIngestBenchmarkMain() {}

    public static void main(String[] args) throws RunnerException, IOException {
        String include = args.length > 0 && !args[0].isBlank() ? args[0] : ".*";
        if (!Pattern.compile(include)
                .matcher(IotIngestBenchmark.class.getName() + ".ingest")
                .find()) {
            System.out.println("No benchmark of 10-projects matches '" + include + "'; the one there is IotIngest.");
            return;
        }
        Options options = new OptionsBuilder()
                .include(include)
                .forks(FORKS)
                .warmupIterations(WARMUP_ITERATIONS)
                .warmupTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .measurementIterations(MEASUREMENT_ITERATIONS)
                .measurementTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .build();
        System.out.println("Ingesting 500 readings per invocation three ways on DynamoDB Local's HTTP server;"
                + " JMH names each mode as it starts and shows its progress.");
        Collection<RunResult> results = new Runner(options).run();

        List<BenchReport.Row> rows = new ArrayList<>();
        double naive = 0;
        double best = 0;
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String mode = run.getParams().getParam("mode");
            rows.add(new BenchReport.Row(
                    "IotIngestBenchmark",
                    "ingest",
                    "mode=" + mode,
                    primary.getScore(),
                    primary.getScoreError(),
                    "readings/s",
                    true));
            if ("naivePutLoop".equals(mode)) {
                naive = primary.getScore();
            } else {
                best = Math.max(best, primary.getScore());
            }
        }
        String machine = "Machine: " + machine();
        String settings = String.format(
                Locale.ROOT,
                "Settings: JMH %s, %d fork, %d × %d s warm-up, %d × %d s measurement",
                Version.getPlainVersion(),
                FORKS,
                WARMUP_ITERATIONS,
                SECONDS_PER_ITERATION,
                MEASUREMENT_ITERATIONS,
                SECONDS_PER_ITERATION);
        System.out.println();
        System.out.println(machine);
        System.out.println(settings);
        System.out.println(BenchReport.table(rows));
        List<Path> written =
                BenchReport.write(Path.of(System.getProperty("bench.out", "target/bench")), machine, settings, rows);
        System.out.println("Written: " + written.get(0) + " and " + written.get(1));
        System.out.println();
        System.out.println("Where the time goes, per reading: the three modes once more, interleaved round by round"
                + " (10 warm-up rounds, then 20), CPU time by thread:");
        System.out.println(IngestCpuSplit.measure(10, 20));
        if (naive > 0 && best > 0) {
            System.out.printf(Locale.ROOT, "ingest speedup vs naive put loop: %.1fx%n", best / naive);
        }
    }

    /** Cores, CPU model, OS and JVM: what a reader needs to compare numbers (as the shared runner prints it). */
    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        String cpu;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            cpu = "unknown CPU";
        }
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %.1f GiB max heap, %s %s, %s %s",
                runtime.availableProcessors(),
                cpu,
                runtime.maxMemory() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }
}
