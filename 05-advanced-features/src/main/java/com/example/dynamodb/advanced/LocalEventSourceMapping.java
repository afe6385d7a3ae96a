package com.example.dynamodb.advanced;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Plays Lambda's part locally: an event source mapping on a stream, with or without
 * {@code ReportBatchItemFailures}. It polls the stream of DynamoDB Local, hands each batch to the
 * function as a {@code DynamodbEvent}, and moves its checkpoint as Lambda documents: past the whole
 * batch when the function returns (without the setting, Lambda does not even read the response),
 * up to the lowest reported record with it, nowhere when the function throws. Not for production:
 * on AWS, Lambda does this (with retries, bisection and an on-failure destination).
 */
public final class LocalEventSourceMapping {

    /** One invocation of the function: the batch it got, and what it reported as failed. */
    public record Invocation(List<String> sequenceNumbers, List<String> failures, String error) {}

    private final StreamPoller poller;
    private final String streamArn;
    private final boolean reportBatchItemFailures;
    private final RequestHandler<DynamodbEvent, StreamsEventResponse> function;

    public LocalEventSourceMapping(
            DynamoDbStreamsClient streams,
            String streamArn,
            int batchSize,
            boolean reportBatchItemFailures,
            RequestHandler<DynamodbEvent, StreamsEventResponse> function) {
        this.poller = new StreamPoller(
                streams, streamArn, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, batchSize);
        this.streamArn = streamArn;
        this.reportBatchItemFailures = reportBatchItemFailures;
        this.function = function;
    }

    /** Invokes the function on every new batch of the stream; returns the invocations, in order. */
    public List<Invocation> poll() {
        List<Invocation> invocations = new ArrayList<>();
        poller.poll((shardId, records) -> {
            List<String> batch =
                    records.stream().map(r -> r.dynamodb().sequenceNumber()).toList();
            StreamsEventResponse response;
            try {
                response = function.handleRequest(LambdaEvents.toEvent(streamArn, records), new LocalContext());
            } catch (RuntimeException e) { // the function failed: the whole batch is retried
                invocations.add(new Invocation(batch, List.of(), e.getMessage()));
                return 0;
            }
            List<String> failures = response == null || response.getBatchItemFailures() == null
                    ? List.of()
                    : response.getBatchItemFailures().stream()
                            .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                            .toList();
            invocations.add(new Invocation(batch, failures, null));
            // Without ReportBatchItemFailures the response is not read: a returned invocation succeeded.
            return reportBatchItemFailures ? succeeded(records, failures) : records.size();
        });
        return invocations;
    }

    // tag::checkpoint-rule[]
    /**
     * Lambda's documented rule for a partial batch response: no failures (an empty or null list, or
     * no response) is a complete success; otherwise the batch succeeded up to the lowest reported
     * sequence number; a null or empty identifier fails the whole batch. What Lambda does with an
     * identifier that is not in the batch is not documented: this model fails the whole batch.
     */
    static int succeeded(List<Record> records, List<String> failures) {
        int done = records.size();
        for (String failed : failures) {
            int index = -1;
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).dynamodb().sequenceNumber().equals(failed)) {
                    index = i;
                }
            }
            done = Math.min(done, Math.max(index, 0)); // null, empty or unknown (-1): nothing succeeded
        }
        return done;
    }
    // end::checkpoint-rule[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        DynamoDbClient client = ddb.client();
        Narrator.section("Stream -> Lambda: a handler on real stream records, with a partial batch failure");
        String table = tables.reserve("LambdaOrders");
        tables.createAndWait(OrdersTable.definition(table, StreamViewType.NEW_IMAGE));
        String arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        for (int i = 1; i <= 5; i++) {
            String orderId = "o" + i;
            client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", orderId, "1" + orderId.substring(1))));
        }
        client.deleteItem(b -> b.tableName(table).key(OrdersTable.key("c1", "o5")));
        for (boolean report : List.of(true, false)) {
            Narrator.step((report ? "With" : "Without") + " ReportBatchItemFailures; o3's notification fails once:");
            List<String> sent = new ArrayList<>();
            boolean[] failedOnce = {false};
            NewOrderNotifier function = new NewOrderNotifier((customer, order, amount) -> {
                if (order.equals("o3") && !failedOnce[0]) {
                    failedOnce[0] = true;
                    throw new IllegalStateException("notification service unavailable");
                }
                sent.add(order);
            });
            LocalEventSourceMapping mapping =
                    new LocalEventSourceMapping(ddb.streamsClient(), arn, 10, report, function);
            for (int round = 1; round <= 2; round++) {
                for (Invocation invocation : mapping.poll()) {
                    Narrator.say(
                            "Invocation with " + invocation.sequenceNumbers().size() + " records "
                                    + invocation.sequenceNumbers() + " -> batchItemFailures " + invocation.failures());
                }
            }
            Narrator.say("Notifications sent, in order: " + sent);
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(LocalEventSourceMapping::demo);
    }
}
