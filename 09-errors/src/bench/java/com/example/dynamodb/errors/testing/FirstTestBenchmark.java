package com.example.dynamodb.errors.testing;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the first test of a run costs in each style, in a fresh JVM: loading the SDK, starting what the
 * style needs (nothing, Mockito, the embedded engine, the local server and an SDK client) and one test.
 * One measurement per JVM, in five JVMs per style.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstTestBenchmark {

    private AutoCloseable started;

    @Benchmark
    public void scriptedClient() {
        TestStyles.withScriptedClient();
    }

    @Benchmark
    public void mockito() {
        TestStyles.withMockito();
    }

    @Benchmark
    public void embeddedClient() {
        started = TestStyles.firstTestOnEmbedded();
    }

    @Benchmark
    public void localServer() throws Exception {
        started = TestStyles.firstTestOnServer();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (started != null) {
            started.close();
        }
    }
}
