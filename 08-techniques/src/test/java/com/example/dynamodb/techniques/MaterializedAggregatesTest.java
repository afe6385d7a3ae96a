package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@DynamoDbTest
@Tag("streams") // the aggregates are built from the Orders table's stream
@Tag("ttl") // and the totals table has TTL on its markers (UpdateTimeToLive)
class MaterializedAggregatesTest {

    /**
     * Three orders of c1 (one changed, one deleted) and one of c2. Six stream records: putting an
     * item again unchanged writes no record, on DynamoDB Local as on DynamoDB.
     */
    private static List<Record> changes(DynamoDbClient client, DynamoDbStreamsClient streams, AggregateTables names) {
        AggregateTables.placeOrder(client, names.orders(), "c1", "o1", "20.00");
        AggregateTables.placeOrder(client, names.orders(), "c1", "o2", "5.50");
        AggregateTables.placeOrder(client, names.orders(), "c1", "o3", "1.25");
        AggregateTables.placeOrder(client, names.orders(), "c2", "o4", "8.00");
        AggregateTables.placeOrder(client, names.orders(), "c1", "o2", "7.50");
        AggregateTables.placeOrder(client, names.orders(), "c1", "o2", "7.50"); // unchanged: no record
        client.deleteItem(b -> b.tableName(names.orders())
                .key(Map.of("customerId", AttributeValue.fromS("c1"), "orderId", AttributeValue.fromS("o3"))));
        // Stream records may lag the writes: wait for them, with a limit, never a fixed sleep.
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> StreamReader.readAll(streams, names.streamArn()), records -> records.size() >= 6);
    }

    private static void assertTotals(OrderTotals totals, long orders, String amount) {
        assertThat(totals.orders()).isEqualTo(orders);
        assertThat(totals.amount()).isEqualByComparingTo(amount);
    }

    @Test
    @Tag("transactions") // applyOnce writes the marker and the ADD in one transaction
    @DisplayName("the stream's INSERT, MODIFY and REMOVE records add up to each customer's count and total")
    void totalsFromTheStream(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        AggregateTables names = AggregateTables.create(client, tables);
        List<Record> records = changes(client, streams, names);

        assertThat(records)
                .extracting(Record::eventNameAsString)
                .containsExactly("INSERT", "INSERT", "INSERT", "INSERT", "MODIFY", "REMOVE");
        records.forEach(r -> assertThat(MaterializedAggregates.applyOnce(client, names.totals(), OrderChange.of(r)))
                .isTrue());

        assertTotals(MaterializedAggregates.totals(client, names.totals(), "c1"), 2, "27.50");
        assertTotals(MaterializedAggregates.totals(client, names.totals(), "c2"), 1, "8.00");
    }

    @Test
    @Tag("transactions") // applyOnce writes the marker and the ADD in one transaction
    @DisplayName("a redelivered record is recognised and skipped: applying every record twice changes nothing")
    void idempotentUnderRedelivery(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        AggregateTables names = AggregateTables.create(client, tables);
        List<Record> records = changes(client, streams, names);
        records.forEach(r -> MaterializedAggregates.applyOnce(client, names.totals(), OrderChange.of(r)));
        OrderTotals once = MaterializedAggregates.totals(client, names.totals(), "c1");

        long applied = records.stream()
                .filter(r -> MaterializedAggregates.applyOnce(client, names.totals(), OrderChange.of(r)))
                .count();

        assertThat(applied).isZero();
        assertThat(MaterializedAggregates.totals(client, names.totals(), "c1")).isEqualTo(once);
    }

    @Test
    @DisplayName("without the marker, a redelivered batch counts twice (the mistake this avoids)")
    void naiveDoubleCounts(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        AggregateTables names = AggregateTables.create(client, tables);
        List<Record> records = changes(client, streams, names);

        records.forEach(r -> MaterializedAggregates.applyNaively(client, names.totals(), OrderChange.of(r)));
        records.forEach(r -> MaterializedAggregates.applyNaively(client, names.totals(), OrderChange.of(r)));

        assertTotals(MaterializedAggregates.totals(client, names.totals(), "c1"), 4, "55.00");
    }

    @Test
    @Tag("local-differs") // DynamoDB Local 3.3.1 has TTL ENABLED at once; AWS is ENABLING first, for up to an hour
    @Tag("transactions") // applyOnce writes the marker and the ADD in one transaction
    @DisplayName("markers carry an expiry two days out, and TTL is enabled on it, so they do not pile up")
    void markersExpire(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        AggregateTables names = AggregateTables.create(client, tables);
        Record first = changes(client, streams, names).get(0);
        MaterializedAggregates.applyOnce(client, names.totals(), OrderChange.of(first));

        Map<String, AttributeValue> marker = client.getItem(b -> b.tableName(names.totals())
                        .key(Map.of(
                                "customerId", AttributeValue.fromS("c1"),
                                "sk", AttributeValue.fromS("APPLIED#" + first.eventID()))))
                .item();
        long expires = Long.parseLong(marker.get("expiresAt").n());

        assertThat(expires)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(2)).minusSeconds(60).getEpochSecond(),
                        Instant.now().plus(Duration.ofDays(2)).getEpochSecond());
        assertThat(client.describeTimeToLive(b -> b.tableName(names.totals())).timeToLiveDescription())
                .satisfies(ttl -> {
                    assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                    assertThat(ttl.attributeName()).isEqualTo("expiresAt");
                });
    }
}
