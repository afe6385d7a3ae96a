package com.example.dynamodb.errors.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What only DynamoDB itself can show: the repository on a real table in your account, where the
 * service's own rules apply and capacity is billed. Tagged {@code aws}: excluded from {@code mvn
 * test}; run it with {@code mvn test -pl 09-errors -Paws -Dtest=LedgerOnAwsTest} and credentials and
 * a region configured as for the AWS CLI. It creates one on-demand table, and deletes it (a few
 * requests' worth of cost).
 */
@Tag("aws") // real DynamoDB: costs money, needs credentials; never part of the default build
class LedgerOnAwsTest {

    private static DynamoDbClient client;
    private static String table;

    @BeforeAll
    static void createTable() {
        try {
            client = DynamoDbClient.create(); // the default credentials chain and region
            String name = "ledger-test-" + UUID.randomUUID();
            client.createTable(Ledger.definition(name));
            table = name; // from here on, the table exists and @AfterAll deletes it
        } catch (SdkClientException e) {
            throw new IllegalStateException(
                    "LedgerOnAwsTest runs against DynamoDB in your account and found no"
                            + " usable credentials or region (" + e.getMessage()
                            + "). Configure them as for the AWS CLI"
                            + " (aws configure, AWS_PROFILE, or AWS_REGION with keys), or run without -Paws.",
                    e);
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(table)); // seconds on AWS; at once on DynamoDB Local
    }

    @AfterAll
    static void deleteTable() {
        if (table != null) {
            client.deleteTable(b -> b.tableName(table));
        }
        if (client != null) {
            client.close();
        }
    }

    @Test
    @DisplayName("on DynamoDB: an entry recorded once and read back, as on DynamoDB Local")
    void theLedgerOnDynamoDb() {
        Ledger ledger = new Ledger(client, table);
        Ledger.Entry entry = new Ledger.Entry("alice", Instant.parse("2026-03-01T12:00:00Z"), 25);

        assertThat(ledger.record(entry)).isEqualTo(Ledger.Recorded.RECORDED);
        assertThat(ledger.record(entry)).isEqualTo(Ledger.Recorded.ALREADY_RECORDED);
        assertThat(ledger.entriesSince("alice", Instant.EPOCH)).containsExactly(entry);
    }

    @Test
    @DisplayName("on DynamoDB: a transaction of two small puts is billed 4 write units (2 per item up to 1 KB)")
    void transactionsAreBilledTwiceOver() {
        double units = client.transactWriteItems(b -> b.transactItems(put("bob", 1), put("bob", 2))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity()
                .get(0)
                .capacityUnits();

        // The documented rule. DynamoDB Local 3.3.1 reports 2.0 here (measured in 08-techniques).
        assertThat(units).isEqualTo(4.0);
    }

    private static TransactWriteItem put(String accountId, long millis) {
        return TransactWriteItem.builder()
                .put(p -> p.tableName(table)
                        .item(Map.of(
                                "accountId", AttributeValue.fromS(accountId),
                                "postedAt", AttributeValue.fromN(Long.toString(millis)),
                                "amount", AttributeValue.fromN("1"))))
                .build();
    }
}
