package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** Metric publishers and interceptors need the SDK's request pipeline: these run on the local server. */
@DynamoDbTest(sdkClient = true)
class MonitoringTest {

    /** A client through the fault injector, 3 attempts, with the plugin installed as the lesson does. */
    private static DynamoDbClient client(DynamoDbBackend backend, FaultInjector faults, Object plugin) {
        return backend.newClient(b -> {
            b.httpClientBuilder(faults.httpClientBuilder())
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                            .maxAttempts(3)
                            .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                            .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                            .build()));
            if (plugin instanceof MetricPublisher p) {
                SdkMetrics.addTo(b, p);
            } else {
                ((ConsumedCapacityRecorder) plugin).addTo(b);
            }
        });
    }

    @Test
    @DisplayName(
            "the SDK's metrics, collected in memory: a PutItem throttled twice shows 2 retries, 3 attempts, success")
    void sdkMetrics(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = TableSetup.create(plain, tables, "Metrics", false);
        SdkMetrics metrics = new SdkMetrics();
        FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 2);

        try (DynamoDbClient client = client(backend, faults, metrics)) {
            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("a"))));
            client.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("a"))));
        }

        assertThat(metrics.calls()).hasSize(2);
        SdkMetrics.Call put = metrics.calls().get(0);
        assertThat(put.operation()).isEqualTo("PutItem");
        assertThat(put.successful()).isTrue();
        assertThat(put.retries()).isEqualTo(2);
        assertThat(put.attempts()).isEqualTo(3).isEqualTo(faults.attempts("PutItem"));
        assertThat(put.duration()).isPositive();
        assertThat(metrics.calls().get(1))
                .extracting(SdkMetrics.Call::operation, SdkMetrics.Call::retries)
                .containsExactly("GetItem", 0);
    }

    @Test
    @DisplayName(
            "consumed capacity per table and operation, recorded from every response, also for calls that did not ask for it")
    void recorder(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = TableSetup.create(plain, tables, "Recorded", false);
        ConsumedCapacityRecorder recorder = new ConsumedCapacityRecorder();
        Map<String, AttributeValue> item = WorkedExamples.paddedItem("big", 5000);

        try (DynamoDbClient client = client(backend, new FaultInjector(), recorder)) {
            client.putItem(b -> b.tableName(table).item(item)); // 5 WCU, no ReturnConsumedCapacity asked
            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("small")))); // 1
            client.getItem(
                    b -> b.tableName(table).key(Map.of("pk", item.get("pk"))).consistentRead(true)); // 2
            client.batchGetItem(b -> b.requestItems(Map.of(
                    table,
                    KeysAndAttributes.builder()
                            .keys(Map.of("pk", item.get("pk")), Map.of("pk", AttributeValue.fromS("small")))
                            .build()))); // 1 + 0.5
        }

        assertThat(recorder.units())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        table + " PutItem", 6.0,
                        table + " GetItem", 2.0,
                        table + " BatchGetItem", 1.5));
    }

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1 returns no ConsumedCapacity for PartiQL, even when asked
    @DisplayName("PartiQL too: the recorder asks ExecuteStatement, BatchExecuteStatement and ExecuteTransaction for"
            + " their capacity, and records what DynamoDB reports (added by the test: DynamoDB Local reports none)")
    void recorderPartiQl(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = TableSetup.create(plain, tables, "RecordedPartiQl", false);
        plain.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("a"))));
        ConsumedCapacityRecorder recorder = new ConsumedCapacityRecorder();
        List<ReturnConsumedCapacity> asked = new CopyOnWriteArrayList<>();
        List<Integer> localReported = new CopyOnWriteArrayList<>();
        // What AWS answers: one ConsumedCapacity for ExecuteStatement, a list (one per table) for the others.
        ExecutionInterceptor asDynamoDbReports = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                SdkRequest sent = context.request(); // after every interceptor's modifyRequest
                if (sent instanceof ExecuteStatementRequest r) {
                    asked.add(r.returnConsumedCapacity());
                } else if (sent instanceof BatchExecuteStatementRequest r) {
                    asked.add(r.returnConsumedCapacity());
                } else if (sent instanceof ExecuteTransactionRequest r) {
                    asked.add(r.returnConsumedCapacity());
                }
            }

            @Override
            public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
                SdkResponse answer = context.response();
                localReported.add(answer.getValueForField("ConsumedCapacity", Object.class)
                        .map(reported -> reported instanceof List<?> perTable ? perTable.size() : 1)
                        .orElse(0));
                ConsumedCapacity units = ConsumedCapacity.builder()
                        .tableName(table)
                        .capacityUnits(2.0)
                        .build();
                if (answer instanceof ExecuteStatementResponse r) {
                    return r.toBuilder().consumedCapacity(units).build();
                } else if (answer instanceof BatchExecuteStatementResponse r) {
                    return r.toBuilder()
                            .consumedCapacity(
                                    units.toBuilder().capacityUnits(1.5).build())
                            .build();
                } else if (answer instanceof ExecuteTransactionResponse r) {
                    return r.toBuilder().consumedCapacity(units).build();
                }
                return answer;
            }
        };
        String select = "SELECT * FROM \"" + table + "\" WHERE pk = ?";

        try (DynamoDbClient client = backend.newClient(
                b -> recorder.addTo(b.overrideConfiguration(o -> o.addExecutionInterceptor(asDynamoDbReports))))) {
            client.executeStatement(b -> b.statement(select).parameters(AttributeValue.fromS("a")));
            client.batchExecuteStatement(
                    b -> b.statements(s -> s.statement(select).parameters(AttributeValue.fromS("a"))));
            client.executeTransaction(
                    b -> b.transactStatements(s -> s.statement("UPDATE \"" + table + "\" SET n = 1 WHERE pk = ?")
                            .parameters(AttributeValue.fromS("a"))));
        }

        assertThat(asked)
                .containsExactly(
                        ReturnConsumedCapacity.TOTAL, ReturnConsumedCapacity.TOTAL, ReturnConsumedCapacity.TOTAL);
        assertThat(localReported)
                .as("ConsumedCapacity entries DynamoDB Local answered")
                .containsExactly(0, 0, 0);
        assertThat(recorder.units())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        table + " ExecuteStatement", 2.0,
                        table + " BatchExecuteStatement", 1.5,
                        table + " ExecuteTransaction", 2.0));
    }

    @Test
    @DisplayName("addTo keeps the caller's configuration: with the recorder and the publisher installed, the"
            + " caller's interceptor sees every attempt and the caller's 2-attempt retry strategy gives up"
            + " on a put throttled twice")
    void keepsTheCallersConfiguration(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = TableSetup.create(plain, tables, "Kept", false);
        plain.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("there"))));
        FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 2);
        RetryStrategy twoAttempts = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(2)
                .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                .build();
        List<String> seen = new CopyOnWriteArrayList<>();
        ExecutionInterceptor callers = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                seen.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        };
        SdkMetrics metrics = new SdkMetrics();
        ConsumedCapacityRecorder recorder = new ConsumedCapacityRecorder();

        try (DynamoDbClient client = backend.newClient(b -> {
            b.httpClientBuilder(faults.httpClientBuilder())
                    .overrideConfiguration(o -> o.retryStrategy(twoAttempts).addExecutionInterceptor(callers));
            recorder.addTo(SdkMetrics.addTo(b, metrics));
            ClientOverrideConfiguration kept = b.overrideConfiguration();
            assertThat(kept.retryStrategy()).containsSame(twoAttempts);
            assertThat(kept.executionInterceptors()).containsExactly(callers, recorder);
            assertThat(kept.metricPublishers()).containsExactly(metrics);
        })) {
            assertThatThrownBy(() ->
                            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("new")))))
                    .isInstanceOf(ProvisionedThroughputExceededException.class);
            client.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS("there"))));
        }

        assertThat(faults.attempts("PutItem"))
                .as("the caller's strategy: 2 attempts")
                .isEqualTo(2);
        assertThat(seen).containsExactly("PutItem", "PutItem", "GetItem");
        assertThat(metrics.calls())
                .extracting(SdkMetrics.Call::operation, SdkMetrics.Call::successful, SdkMetrics.Call::attempts)
                .containsExactly(tuple("PutItem", false, 2), tuple("GetItem", true, 1));
        assertThat(recorder.units()).containsExactlyEntriesOf(Map.of(table + " GetItem", 0.5));
    }

    @Test
    @DisplayName("verifies the PutMetricData requests of the CloudWatch metric publisher: the namespace given, the"
            + " SDK's call metrics (CloudWatch faked: it records the requests)")
    void cloudWatchPublisher(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = TableSetup.create(plain, tables, "Published", false);
        // CloudWatch is not in DynamoDB Local: a client that records what it is sent, and answers it.
        List<PutMetricDataRequest> sent = new CopyOnWriteArrayList<>();
        CloudWatchAsyncClient cloudWatch = new CloudWatchAsyncClient() {
            @Override
            public CompletableFuture<PutMetricDataResponse> putMetricData(PutMetricDataRequest request) {
                sent.add(request);
                return CompletableFuture.completedFuture(
                        PutMetricDataResponse.builder().build());
            }

            @Override
            public String serviceName() {
                return "monitoring";
            }

            @Override
            public void close() {}
        };
        MetricPublisher publisher = SdkMetrics.toCloudWatch(cloudWatch, "MyApp/DynamoDB");

        try (DynamoDbClient client = client(backend, new FaultInjector(), publisher)) {
            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("a"))));
        }
        publisher.close(); // flushes what it aggregated

        assertThat(sent)
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.namespace()).isEqualTo("MyApp/DynamoDB"));
        assertThat(sent.stream().flatMap(r -> r.metricData().stream()).map(d -> d.metricName()))
                .contains("ApiCallDuration", "ApiCallSuccessful");
    }
}
