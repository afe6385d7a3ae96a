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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a second engine and its first test cost in a JVM that already runs DynamoDB Local's server
 * and has run a test on it, as in this module, where the corpus's own extension starts one before
 * {@code LocalDynamoDb} starts its own. One measurement per JVM, in five JVMs per engine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class SecondEngineBenchmark {

    private TestStyles.Server first;
    private AutoCloseable second;

    @Setup(Level.Trial)
    public void startTheFirstEngine() throws Exception {
        first = TestStyles.Server.start();
        TestStyles.onEngine(first.client());
    }

    @Benchmark
    public void embeddedClient() {
        second = TestStyles.firstTestOnEmbedded();
    }

    @Benchmark
    public void localServer() throws Exception {
        second = TestStyles.firstTestOnServer();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        first.close();
    }
}
