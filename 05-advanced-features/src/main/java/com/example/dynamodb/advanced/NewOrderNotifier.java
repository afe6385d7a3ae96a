package com.example.dynamodb.advanced;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.util.List;
import java.util.Map;

// tag::handler[]
/**
 * A Lambda function on the orders table's stream: a notification for every new order, nothing for
 * other changes. A failed notification is reported as a partial batch failure, so Lambda retries
 * from that record on. Deploy it with an event source mapping that has FunctionResponseTypes =
 * ReportBatchItemFailures: without it, Lambda does not read the response, counts the batch as a
 * success, and the failed notification is never sent.
 */
public class NewOrderNotifier implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    /** Where notifications go: Amazon SNS, an email service... An interface, so tests can check it. */
    public interface Notifier {
        void orderPlaced(String customerId, String orderId, String amount);
    }

    private final Notifier notifier;

    /** The constructor Lambda calls. Replace the logging notifier by a real one (SNS, SES...). */
    public NewOrderNotifier() {
        this((customer, order, amount) ->
                System.out.println("New order " + order + " of " + customer + " for " + amount));
    }

    public NewOrderNotifier(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            if (!"INSERT".equals(record.getEventName())) {
                continue; // an update, a delete or an expiry: not a new order
            }
            Map<String, AttributeValue> order = record.getDynamodb().getNewImage();
            if (order == null) { // a configuration mistake: fail the whole batch, loudly
                throw new IllegalStateException("The stream record has no NewImage: set the orders table's stream"
                        + " view type to NEW_IMAGE or NEW_AND_OLD_IMAGES, not "
                        + record.getDynamodb().getStreamViewType());
            }
            try {
                notifier.orderPlaced(
                        order.get("customerId").getS(),
                        order.get("orderId").getS(),
                        order.get("amount").getN());
            } catch (RuntimeException e) {
                // Report the sequence number and stop here: Lambda retries from the lowest reported
                // record on, so handling the rest now would only send their notifications twice.
                String sequenceNumber = record.getDynamodb().getSequenceNumber();
                return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(sequenceNumber)));
            }
        }
        return new StreamsEventResponse(List.of()); // an empty list: the whole batch succeeded
    }
}
// end::handler[]
