package com.example.dynamodb.advanced.exercises;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.List;
import java.util.Map;

/** Reference solution of exercise 05.1 Ship paid orders, report what failed. */
public final class PaidOrderShipper implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    /** The warehouse system: it may fail. */
    public interface Warehouse {
        void ship(String orderId);
    }

    private final Warehouse warehouse;

    public PaidOrderShipper(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            if (!"MODIFY".equals(record.getEventName())) {
                continue;
            }
            Map<String, AttributeValue> before = record.getDynamodb().getOldImage();
            Map<String, AttributeValue> after = record.getDynamodb().getNewImage();
            if (!"PLACED".equals(status(before)) || !"PAID".equals(status(after))) {
                continue; // not the moment an order was paid
            }
            try {
                warehouse.ship(after.get("orderId").getS());
            } catch (RuntimeException e) {
                // For a stream, Lambda wants the sequence number, and retries from the lowest one reported.
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(
                        record.getDynamodb().getSequenceNumber())));
            }
        }
        return new StreamsEventResponse(List.of());
    }

    private static String status(Map<String, AttributeValue> image) {
        return image == null || image.get("status") == null
                ? null
                : image.get("status").getS();
    }
}
