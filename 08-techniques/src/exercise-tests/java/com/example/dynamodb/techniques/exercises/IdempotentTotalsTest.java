package com.example.dynamodb.techniques.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@DynamoDbTest
@DisplayName("Exercise 08.3 Idempotent totals")
class IdempotentTotalsTest {

    private static String totalsTable(Tables tables) {
        String table = tables.reserve("CustomerTotals");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("customerId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("sk")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("customerId")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("sk")
                                .keyType(KeyType.RANGE)
                                .build())
                .build());
        return table;
    }

    private static Map<String, AttributeValue> totals(DynamoDbClient client, String table, String customerId) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "customerId", AttributeValue.fromS(customerId), "sk", AttributeValue.fromS("TOTALS")))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("08.3: three new events add three orders and their amounts")
    void addsNewEvents(DynamoDbClient client, Tables tables) {
        String table = totalsTable(tables);

        assertThat(IdempotentTotals.apply(client, table, "ev-1", "c1", new BigDecimal("10.00")))
                .isTrue();
        assertThat(IdempotentTotals.apply(client, table, "ev-2", "c1", new BigDecimal("2.50")))
                .isTrue();
        assertThat(IdempotentTotals.apply(client, table, "ev-3", "c2", new BigDecimal("7")))
                .isTrue();

        assertThat(new BigDecimal(totals(client, table, "c1").get("orders").n()))
                .isEqualByComparingTo("2");
        assertThat(new BigDecimal(totals(client, table, "c1").get("amount").n()))
                .isEqualByComparingTo("12.50");
        assertThat(new BigDecimal(totals(client, table, "c2").get("amount").n()))
                .isEqualByComparingTo("7");
    }

    @Test
    @DisplayName("08.3: a redelivered event returns false and changes nothing")
    void redeliveryChangesNothing(DynamoDbClient client, Tables tables) {
        String table = totalsTable(tables);
        IdempotentTotals.apply(client, table, "ev-1", "c1", new BigDecimal("10.00"));
        IdempotentTotals.apply(client, table, "ev-2", "c1", new BigDecimal("2.50"));

        boolean again = IdempotentTotals.apply(client, table, "ev-1", "c1", new BigDecimal("10.00"));

        assertThat(again).isFalse();
        assertThat(new BigDecimal(totals(client, table, "c1").get("orders").n()))
                .isEqualByComparingTo("2");
        assertThat(new BigDecimal(totals(client, table, "c1").get("amount").n()))
                .isEqualByComparingTo("12.50");
    }

    @Test
    @DisplayName("08.3: two different events of the same amount are two orders, not a duplicate")
    void sameAmountDifferentEvents(DynamoDbClient client, Tables tables) {
        String table = totalsTable(tables);

        assertThat(IdempotentTotals.apply(client, table, "ev-1", "c1", new BigDecimal("5")))
                .isTrue();
        assertThat(IdempotentTotals.apply(client, table, "ev-2", "c1", new BigDecimal("5")))
                .isTrue();

        assertThat(new BigDecimal(totals(client, table, "c1").get("orders").n()))
                .isEqualByComparingTo("2");
    }
}
