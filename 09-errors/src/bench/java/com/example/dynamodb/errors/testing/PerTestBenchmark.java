package com.example.dynamodb.errors.testing;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one test of {@link Ledger} costs in each style, once the JVM is warm and the engines are up
 * (the first test of a run is {@link FirstTestBenchmark}): two writes and a query, plus, on an
 * engine, creating and deleting the test's table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerTestBenchmark {

    private TestStyles.Embedded embedded;
    private TestStyles.Server server;

    @Setup(Level.Trial)
    public void start() throws Exception {
        embedded = TestStyles.Embedded.start();
        server = TestStyles.Server.start();
    }

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
        TestStyles.onEngine(embedded.client());
    }

    @Benchmark
    public void localServer() {
        TestStyles.onEngine(server.client());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        embedded.close();
        server.close();
    }
}
