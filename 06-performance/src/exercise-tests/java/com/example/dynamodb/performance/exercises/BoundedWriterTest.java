package com.example.dynamodb.performance.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Exercise 06.3: an async client on DynamoDB Local's HTTP server, with an interceptor that counts
 * requests in flight. One client for the class: closing one waits about 2 s for Netty's threads.
 */
@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 06.3 Bound in-flight async writes with a semaphore")
class BoundedWriterTest {

    private static final InFlight IN_FLIGHT = new InFlight();
    private static DynamoDbAsyncClient async;

    @BeforeAll
    static void openAsyncClient(DynamoDbBackend backend) {
        async = backend.newAsyncClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(IN_FLIGHT)));
    }

    @AfterAll
    static void closeAsyncClient() {
        async.close();
    }

    /** The most requests between leaving and coming back at any moment. */
    static final class InFlight implements ExecutionInterceptor {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            now.decrementAndGet();
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            now.decrementAndGet();
        }
    }

    private String table;

    @BeforeEach
    void createTable(Tables tables) {
        table = tables.reserve("Exercise063");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
    }

    private static List<Map<String, AttributeValue>> items(int count) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("pk", AttributeValue.fromS("item-" + i), "n", AttributeValue.fromN(String.valueOf(i))));
        }
        return items;
    }

    @Test
    @DisplayName(
            "300 writes with at most 5 in flight: all written, never more than 5 outstanding, and more than 1 at a time")
    void bounded(DynamoDbClient client) throws Exception {
        IN_FLIGHT.max.set(IN_FLIGHT.now.get());
        int written = BoundedWriter.putAll(async, table, items(300), 5).get(60, TimeUnit.SECONDS);
        assertThat(written).isEqualTo(300);
        assertThat(IN_FLIGHT.max.get()).as("requests in flight at once").isBetween(2, 5);
        long stored =
                client.scanPaginator(b -> b.tableName(table)).items().stream().count();
        assertThat(stored).isEqualTo(300);
    }

    @Test
    @DisplayName(
            "writes to a table that does not exist fail the returned future with ResourceNotFoundException, no hang")
    void failureSurfaces() {
        assertThatThrownBy(() -> BoundedWriter.putAll(async, "no-such-table", items(10), 3)
                        .get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @DisplayName("maxInFlight 0 is refused with an IllegalArgumentException")
    void zeroRefused() {
        assertThatThrownBy(() -> BoundedWriter.putAll(async, table, items(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
