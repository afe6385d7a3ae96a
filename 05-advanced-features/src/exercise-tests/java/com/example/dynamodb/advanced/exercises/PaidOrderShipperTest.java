package com.example.dynamodb.advanced.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Exercise 05.1: what "done" means for {@link PaidOrderShipper}. The events are built the way
 * Lambda delivers them for a stream with NEW_AND_OLD_IMAGES.
 */
@DisplayName("Exercise 05.1 Ship paid orders, report what failed")
class PaidOrderShipperTest {

    private final List<String> shipped = new ArrayList<>();

    private static Map<String, AttributeValue> order(String orderId, String status) {
        return Map.of(
                "customerId", new AttributeValue("c1"),
                "orderId", new AttributeValue(orderId),
                "status", new AttributeValue(status));
    }

    private static DynamodbEvent.DynamodbStreamRecord record(
            String event, long sequenceNumber, Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID(UUID.randomUUID().toString());
        record.setEventName(event);
        record.setEventSource("aws:dynamodb");
        record.setDynamodb(new StreamRecord()
                .withSequenceNumber(String.format("%021d", sequenceNumber))
                .withOldImage(before)
                .withNewImage(after));
        return record;
    }

    /** Six records: o1 placed and paid, o2 paid, o1 shipped, o3 paid, o4 deleted. */
    private static DynamodbEvent batch() {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(
                record("INSERT", 101, null, order("o1", "PLACED")),
                record("MODIFY", 102, order("o1", "PLACED"), order("o1", "PAID")),
                record("MODIFY", 103, order("o2", "PLACED"), order("o2", "PAID")),
                record("MODIFY", 104, order("o1", "PAID"), order("o1", "SHIPPED")),
                record("MODIFY", 105, order("o3", "PLACED"), order("o3", "PAID")),
                record("REMOVE", 106, order("o4", "PLACED"), null)));
        return event;
    }

    @Test
    @DisplayName("every order that went from PLACED to PAID is shipped once, in order; nothing else is")
    void shipsPaidOrders() {
        StreamsEventResponse response = new PaidOrderShipper(shipped::add).handleRequest(batch(), null);

        assertThat(shipped).containsExactly("o1", "o2", "o3");
        assertThat(response).isNotNull();
        assertThat(response.getBatchItemFailures()).as("failures reported").isEmpty();
    }

    @Test
    @DisplayName("when shipping o2 fails, its sequence number is reported and o3 is not shipped now")
    void reportsTheFailedRecord() {
        PaidOrderShipper.Warehouse failsOnO2 = orderId -> {
            if (orderId.equals("o2")) {
                throw new IllegalStateException("warehouse API timed out");
            }
            shipped.add(orderId);
        };

        StreamsEventResponse response = new PaidOrderShipper(failsOnO2).handleRequest(batch(), null);

        assertThat(response.getBatchItemFailures())
                .as("the failed record, by its sequence number (Lambda retries from there)")
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("000000000000000000103");
        assertThat(shipped).as("shipped before the failure, and none after it").containsExactly("o1");
    }

    @Test
    @DisplayName("a batch without a payment ships nothing and reports no failure")
    void nothingToShip() {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(
                record("INSERT", 201, null, order("o9", "PAID")), // created paid: not the transition
                record("MODIFY", 202, order("o9", "PAID"), order("o9", "PAID")),
                record("REMOVE", 203, order("o9", "PAID"), null)));

        StreamsEventResponse response = new PaidOrderShipper(shipped::add).handleRequest(event, null);

        assertThat(shipped).isEmpty();
        assertThat(response.getBatchItemFailures()).isEmpty();
    }
}
