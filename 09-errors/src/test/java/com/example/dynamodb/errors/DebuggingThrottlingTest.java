package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

@DynamoDbTest(sdkClient = true)
class DebuggingThrottlingTest {

    @Test
    @DisplayName("the ThrottlingReasons DynamoDB sends in a throttle's body are read back from the exception")
    void readsThrottlingReasons(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(backend.client(), table, "alice", "alice", 1);
        String arn = "arn:aws:dynamodb:us-east-1:111122223333:table/Accounts";
        SdkEventLoopGroup loop = SdkEventLoopGroup.builder().numberOfThreads(1).build();
        // Support's FaultInjector sends no ThrottlingReasons; this test fault does, as DynamoDB does.
        AsyncFaults faults = new AsyncFaults(
                NettyNioAsyncHttpClient.builder().eventLoopGroup(loop).build(),
                "UpdateItem",
                1,
                "{\"reason\":\"TableWriteKeyRangeThroughputExceeded\",\"resource\":\"" + arn + "\"}");
        try (faults;
                DynamoDbAsyncClient client = backend.newAsyncClient(b ->
                        b.httpClient(faults).overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(1))))) {
            Throwable failure = client.updateItem(b -> b.tableName(table)
                            .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                            .updateExpression("ADD balance :one")
                            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))))
                    .handle((r, e) -> e)
                    .join();

            assertThat(DebuggingThrottling.throttlingReasons(AsyncErrors.unwrap(failure)))
                    .containsExactly("TableWriteKeyRangeThroughputExceeded on " + arn);
        } finally {
            loop.eventLoopGroup().shutdownGracefully(0, 0, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("a throttle without reasons (as support's injector sends it) gives an empty list")
    void noReasons(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.THROTTLE, 1);
        Throwable failure;
        try (DynamoDbClient client = FastRetries.client(backend, faults, FastRetries.standard(1))) {
            failure = catchThrowable(() -> TableErrors.findAccount(client, table, "a"));
        }

        assertThat(failure).isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThat(DebuggingThrottling.throttlingReasons(failure)).isEmpty();
    }
}
