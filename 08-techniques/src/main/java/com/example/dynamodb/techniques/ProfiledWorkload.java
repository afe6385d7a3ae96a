package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Profiling a small workload: writes, point reads and a query, each wrapped by the profiler, with
 * a warm-up first. The numbers are this machine's and this backend's: compare runs, never assert
 * them in a test.
 */
public final class ProfiledWorkload {

    private ProfiledWorkload() {}

    // tag::workload[]
    /** {@code items} puts, then {@code items} gets and 20 queries after a warm-up of each. */
    public static OperationProfiler run(DynamoDbClient client, String table, int items) {
        OperationProfiler profiler = new OperationProfiler();
        String payload = "x".repeat(1_500); // 1.5 KB items: 2 WCU to write, 0.5 RCU to read eventually
        for (int i = 0; i < items; i++) {
            Map<String, AttributeValue> item = Map.of(
                    "pk", AttributeValue.fromS("USER#" + i % 5),
                    "sk", AttributeValue.fromS(String.format("ITEM#%04d", i)),
                    "payload", AttributeValue.fromS(payload));
            profiler.record(
                    "PutItem",
                    () -> client.putItem(
                            b -> b.tableName(table).item(item).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
        }
        Map<String, AttributeValue> key =
                Map.of("pk", AttributeValue.fromS("USER#1"), "sk", AttributeValue.fromS("ITEM#0001"));
        profiler.measure(
                "GetItem",
                10,
                items,
                () -> client.getItem(
                        b -> b.tableName(table).key(key).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
        profiler.measure(
                "Query",
                5,
                20,
                () -> client.query(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("USER#2")))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)));
        return profiler;
    }
    // end::workload[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Benchmarking and profiling: percentiles and capacity per operation");
        String table = tables.reserve("Profiled");
        tables.createAndWait(SimpleTables.pkSk(table));
        OperationProfiler profiler = run(ddb.client(), table, 50);
        Narrator.step("50 puts, 50 gets and 20 queries (backend: " + ddb.kind().id() + "; latencies vary by run):");
        Narrator.table(table(profiler.report()));
        if (!ddb.kind().sdkBuilt()) {
            Narrator.step("The SDK's metric publisher needs an SDK-built client: run with -Dddb.backend=local-server"
                    + " to see attempts and service times per call.");
            return;
        }
        SdkCallMetrics metrics = new SdkCallMetrics();
        try (DynamoDbClient measured =
                ddb.newClient(b -> metrics.addTo(b.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))))) {
            measured.getItem(b -> b.tableName(table)
                    .key(Map.of("pk", AttributeValue.fromS("USER#1"), "sk", AttributeValue.fromS("ITEM#0001"))));
        }
        SdkCallMetrics.Call call = metrics.calls().get(0);
        Narrator.step("The SDK's metrics of one GetItem: " + call.attempts() + " attempt(s), HTTP "
                + call.attemptStatusCodes() + ", service time " + call.attemptServiceTimes() + ", whole call "
                + call.apiCallDuration());
    }

    /** The report as table rows, latencies in milliseconds. */
    static List<List<String>> table(List<OperationProfiler.Stats> report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("operation", "calls", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "capacity units"));
        for (OperationProfiler.Stats s : report) {
            rows.add(List.of(
                    s.operation(),
                    String.valueOf(s.calls()),
                    String.valueOf(s.errors()),
                    ms(s.p50()),
                    ms(s.p90()),
                    ms(s.p99()),
                    ms(s.max()),
                    String.valueOf(s.capacityUnits())));
        }
        return rows;
    }

    private static String ms(Duration d) {
        return String.format("%.3f", d.toNanos() / 1e6);
    }

    public static void main(String[] args) {
        Walkthroughs.run(ProfiledWorkload::demo);
    }
}
