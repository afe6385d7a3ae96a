package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * What DynamoDB Local 3.3.1 reports for write transactions, measured so that the README can say it
 * exactly. DynamoDB bills 2 write units per item of up to 1 KB in a transaction (documented). Local's
 * numbers on the sizes below match that when the items' unit counts differ, and count items of equal
 * unit counts once.
 */
@Tag("local-differs") // DynamoDB Local reports fewer transactional write units than DynamoDB bills
@Tag("transactions") // TransactWriteItems
@DynamoDbTest(sdkClient = true)
class MaterializedAggregatesUnitsTest {

    /** Asks every TransactWriteItems for its consumed capacity, and keeps what came back. */
    static final class TransactionUnits implements ExecutionInterceptor {
        final List<Double> reported = new ArrayList<>();

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            return context.request() instanceof TransactWriteItemsRequest transaction
                    ? transaction.toBuilder()
                            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                            .build()
                    : context.request();
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (context.response() instanceof TransactWriteItemsResponse response) {
                reported.add(response.consumedCapacity().stream()
                        .mapToDouble(ConsumedCapacity::capacityUnits)
                        .sum());
            }
        }
    }

    @Test
    @DisplayName("applyOnce's transaction (two items under 100 bytes): Local reports 2.0 units, DynamoDB bills 4")
    void applyOnceUnits(DynamoDbBackend backend, Tables tables) {
        String totals = tables.reserve("CustomerTotals");
        tables.createAndWait(SimpleTables.keyed(totals, "customerId", "sk"));
        TransactionUnits units = new TransactionUnits();

        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(units)))) {
            MaterializedAggregates.applyOnce(
                    client, totals, new OrderChange("event-1", "c1", 1, new BigDecimal("20.00")));
        }

        assertThat(units.reported).containsExactly(2.0);
    }

    @Test
    @DisplayName("Local counts items of equal unit counts once: 3 x 27 B reports 2.0 (DynamoDB 6), 3 x 2,019 B 4.0"
            + " (DynamoDB 12); 1,119 + 27 B 6.0 and 1,019 + 3,019 B 8.0, as DynamoDB")
    void localRule(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Padded");
        tables.createAndWait(SimpleTables.pkSk(table));
        TransactionUnits units = new TransactionUnits();

        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(units)))) {
            for (int[] sizes : new int[][] {{10, 10, 10}, {2_000, 2_000, 2_000}, {1_100, 10}, {1_000, 3_000}}) {
                List<TransactWriteItem> puts = new ArrayList<>();
                for (int padding : sizes) { // bytes: 8 (names, sort key) + the pk value (9 or 11) + padding
                    String pk = "item-" + puts.size() + "-" + padding;
                    puts.add(TransactWriteItem.builder()
                            .put(p -> p.tableName(table)
                                    .item(Map.of(
                                            "pk", AttributeValue.fromS(pk),
                                            "sk", AttributeValue.fromS("s"),
                                            "pad", AttributeValue.fromS("x".repeat(padding)))))
                            .build());
                }
                client.transactWriteItems(b -> b.transactItems(puts));
            }
        }

        assertThat(units.reported).containsExactly(2.0, 4.0, 6.0, 8.0);
    }
}
