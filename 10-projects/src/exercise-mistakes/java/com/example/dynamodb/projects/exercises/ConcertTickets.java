package com.example.dynamodb.projects.exercises;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A plausible wrong design for exercise 10.4: a hold is taken only if there is none
 * ({@code attribute_not_exists(heldUntil)}), as if TTL would delete an expired hold. TTL deletes
 * whole items, and late, never an attribute: a seat held once and never bought stays blocked for
 * good. The tests must catch it.
 *
 * <p>Otherwise as the reference design of exercise 10.4, the day-two design challenge (workshop/day-two-tickets.md at
 * the repository root). One table, no index:
 *
 * <pre>
 *   item          PK               SK                                   attributes
 *   seat          SHOW#s1          SEAT#A-01                            heldBy, heldUntil (epoch s), soldTo
 *   order         CUSTOMER#c1      ORDER#2026-05-04T10:00:00.000Z#o1    showId, seats
 *   sold counter  SHOW#s1          SOLD#3  (one of 10 shards)           sold
 * </pre>
 *
 * A hold is two attributes of the seat, checked against the clock in every condition: TTL deletes
 * items, not attributes, and late. A purchase is one transaction over its seats, the order and one
 * counter shard, so it sells every seat or none. The count of sold tickets is spread over ten
 * shards, so the on-sale minute does not put every purchase on one hot item.
 */
public final class ConcertTickets {

    public static final Duration HOLD = Duration.ofMinutes(10);
    public static final int COUNTER_SHARDS = 10;

    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ConcertTickets() {}

    /** Given: one table with a String partition key PK and a String sort key SK, on-demand. */
    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                        a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S))
                .keySchema(
                        k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .build();
    }

    public static Map<String, AttributeValue> seatItem(String showId, String seatId) {
        return Map.of("PK", s("SHOW#" + showId), "SK", s("SEAT#" + seatId), "seatId", s(seatId));
    }

    public static boolean hold(
            DynamoDbClient client, String table, String showId, String seatId, String customerId, Instant now) {
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(seatKey(showId, seatId))
                    .updateExpression("SET heldBy = :c, heldUntil = :until")
                    .conditionExpression("attribute_exists(SK) AND attribute_not_exists(soldTo)"
                            + " AND (attribute_not_exists(heldUntil) OR heldBy = :c)")
                    .expressionAttributeValues(Map.of(
                            ":c", s(customerId),
                            ":until", n(now.plus(HOLD).getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    public static boolean buy(
            DynamoDbClient client,
            String table,
            String showId,
            List<String> seatIds,
            String customerId,
            String orderId,
            Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (String seatId : seatIds) {
            writes.add(TransactWriteItem.builder()
                    .update(u -> u.tableName(table)
                            .key(seatKey(showId, seatId))
                            .updateExpression("SET soldTo = :c REMOVE heldBy, heldUntil")
                            .conditionExpression("attribute_not_exists(soldTo) AND heldBy = :c AND heldUntil > :now")
                            .expressionAttributeValues(Map.of(":c", s(customerId), ":now", n(now.getEpochSecond()))))
                    .build());
        }
        Map<String, AttributeValue> order = new HashMap<>();
        order.put("PK", s("CUSTOMER#" + customerId));
        order.put("SK", s("ORDER#" + SORTABLE.format(now) + "#" + orderId));
        order.put("orderId", s(orderId));
        order.put("showId", s(showId));
        order.put("seats", AttributeValue.fromSs(seatIds));
        writes.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(order).conditionExpression("attribute_not_exists(PK)"))
                .build());
        writes.add(TransactWriteItem.builder()
                .update(u -> u.tableName(table)
                        .key(Map.of("PK", s("SHOW#" + showId), "SK", s("SOLD#" + shard(orderId))))
                        .updateExpression("ADD sold :n")
                        .expressionAttributeValues(Map.of(":n", n(seatIds.size()))))
                .build());
        try {
            client.transactWriteItems(b -> b.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream()
                    .map(CancellationReason::code)
                    .anyMatch("ConditionalCheckFailed"::equals)) {
                return false; // a seat not held by this customer any more, or sold: nothing was written
            }
            throw e; // a conflict with another transaction: the caller may retry
        }
    }

    public static List<String> freeSeats(DynamoDbClient client, String table, String showId, Instant now) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("PK = :show AND begins_with(SK, :seat)")
                        .filterExpression("attribute_not_exists(soldTo)"
                                + " AND (attribute_not_exists(heldUntil) OR heldUntil <= :now)")
                        .expressionAttributeValues(Map.of(
                                ":show", s("SHOW#" + showId), ":seat", s("SEAT#"), ":now", n(now.getEpochSecond()))))
                .items()
                .stream()
                .map(item -> item.get("seatId").s())
                .toList();
    }

    public static QueryRequest ordersOf(String table, String customerId) {
        return QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("PK = :c AND begins_with(SK, :order)")
                .expressionAttributeValues(Map.of(":c", s("CUSTOMER#" + customerId), ":order", s("ORDER#")))
                .scanIndexForward(false)
                .build();
    }

    public static long soldCount(DynamoDbClient client, String table, String showId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("PK = :show AND begins_with(SK, :sold)")
                        .expressionAttributeValues(Map.of(":show", s("SHOW#" + showId), ":sold", s("SOLD#"))))
                .items()
                .stream()
                .mapToLong(item -> Long.parseLong(item.get("sold").n()))
                .sum();
    }

    /** A counter shard any writer can compute from the order id. */
    private static int shard(String orderId) {
        CRC32 crc = new CRC32();
        crc.update(orderId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) (crc.getValue() % COUNTER_SHARDS);
    }

    private static Map<String, AttributeValue> seatKey(String showId, String seatId) {
        return Map.of("PK", s("SHOW#" + showId), "SK", s("SEAT#" + seatId));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
