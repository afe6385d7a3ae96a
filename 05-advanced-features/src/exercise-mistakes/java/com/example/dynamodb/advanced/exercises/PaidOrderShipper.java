package com.example.dynamodb.advanced.exercises;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plausible wrong answer to exercise 05.1: the SQS habit. It reports the event id (an SQS handler
 * reports the message id) and carries on after a failure, so the records after it are shipped now
 * and again when Lambda retries from the failed one.
 */
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
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            Map<String, AttributeValue> before = record.getDynamodb().getOldImage();
            Map<String, AttributeValue> after = record.getDynamodb().getNewImage();
            if (!"MODIFY".equals(record.getEventName())
                    || !"PLACED".equals(before.get("status").getS())
                    || !"PAID".equals(after.get("status").getS())) {
                continue;
            }
            try {
                warehouse.ship(after.get("orderId").getS());
            } catch (RuntimeException e) {
                failures.add(new StreamsEventResponse.BatchItemFailure(record.getEventID()));
            }
        }
        return new StreamsEventResponse(failures);
    }
}
