package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The local stand-in for Lambda's event source mapping, with and without ReportBatchItemFailures. */
@DynamoDbTest
class LocalEventSourceMappingTest {

    private final NewOrderNotifier.Notifier notifier = mock(NewOrderNotifier.Notifier.class);

    private static Record record(String sequenceNumber) {
        return Record.builder()
                .dynamodb(StreamRecord.builder().sequenceNumber(sequenceNumber).build())
                .build();
    }

    /** Five new orders, o1..o5; the notification of o3 fails once. Returns the stream's ARN. */
    private String fiveOrdersWithAFailure(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, StreamViewType.NEW_IMAGE));
        for (int i = 1; i <= 5; i++) {
            String orderId = "o" + i;
            String amount = i + "0";
            client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", orderId, amount)));
        }
        doThrow(new IllegalStateException("mail server down"))
                .doNothing()
                .when(notifier)
                .orderPlaced("c1", "o3", "30");
        return client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    }

    @Test
    @Tag("streams") // the mapping reads a real stream
    @DisplayName("without ReportBatchItemFailures the response is not read: the batch counts as a success, and the"
            + " failed record is lost, never retried")
    void withoutReportBatchItemFailuresTheRecordIsLost(
            DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String arn = fiveOrdersWithAFailure(client, tables);
        LocalEventSourceMapping mapping =
                new LocalEventSourceMapping(streams, arn, 100, false, new NewOrderNotifier(notifier));

        List<LocalEventSourceMapping.Invocation> first = mapping.poll();
        List<LocalEventSourceMapping.Invocation> second = mapping.poll();

        assertThat(first).singleElement().satisfies(i -> {
            assertThat(i.sequenceNumbers()).hasSize(5);
            assertThat(i.failures()).containsExactly(i.sequenceNumbers().get(2)); // reported, and ignored
        });
        assertThat(second).isEmpty(); // the checkpoint moved past o3: nothing is read again
        InOrder inOrder = inOrder(notifier);
        inOrder.verify(notifier).orderPlaced("c1", "o1", "10");
        inOrder.verify(notifier).orderPlaced("c1", "o2", "20");
        inOrder.verify(notifier, times(1)).orderPlaced("c1", "o3", "30"); // the failed attempt, and no other
        verifyNoMoreInteractions(notifier); // o4 and o5 were never reached: the handler stopped at o3
    }

    @Test
    @Tag("streams") // the mapping reads a real stream
    @DisplayName("with ReportBatchItemFailures the same failure is retried from the reported record on")
    void withReportBatchItemFailuresTheRecordIsRetried(
            DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String arn = fiveOrdersWithAFailure(client, tables);
        LocalEventSourceMapping mapping =
                new LocalEventSourceMapping(streams, arn, 100, true, new NewOrderNotifier(notifier));

        List<LocalEventSourceMapping.Invocation> first = mapping.poll();
        List<LocalEventSourceMapping.Invocation> second = mapping.poll();

        List<String> all = first.get(0).sequenceNumbers();
        assertThat(second)
                .singleElement()
                .satisfies(i -> assertThat(i.sequenceNumbers()).containsExactlyElementsOf(all.subList(2, 5)));
        InOrder inOrder = inOrder(notifier);
        inOrder.verify(notifier).orderPlaced("c1", "o1", "10");
        inOrder.verify(notifier).orderPlaced("c1", "o2", "20");
        inOrder.verify(notifier, times(2)).orderPlaced("c1", "o3", "30");
        inOrder.verify(notifier).orderPlaced("c1", "o4", "40");
        inOrder.verify(notifier).orderPlaced("c1", "o5", "50");
        verifyNoMoreInteractions(notifier);
    }

    @Test
    @Tag("streams") // the mapping reads a real stream
    @DisplayName("a function that throws fails the whole batch with either setting: the same records come again")
    void thrownErrorRetriesTheBatch(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String arn = fiveOrdersWithAFailure(client, tables);
        for (boolean report : List.of(false, true)) {
            List<Integer> calls = new ArrayList<>();
            LocalEventSourceMapping mapping = new LocalEventSourceMapping(streams, arn, 100, report, (event, ctx) -> {
                calls.add(event.getRecords().size());
                if (calls.size() == 1) {
                    throw new IllegalStateException("out of memory");
                }
                return new StreamsEventResponse(List.of());
            });

            LocalEventSourceMapping.Invocation failed = mapping.poll().get(0);
            LocalEventSourceMapping.Invocation retried = mapping.poll().get(0);

            assertThat(failed.error()).as("ReportBatchItemFailures " + report).isEqualTo("out of memory");
            assertThat(retried.sequenceNumbers()).isEqualTo(failed.sequenceNumbers());
            assertThat(mapping.poll()).isEmpty();
        }
    }

    @Test
    @DisplayName("Lambda's documented rule: done up to the lowest reported record; a null or empty identifier fails"
            + " all; an unknown one fails all here (the model's choice: not documented)")
    void checkpointRule() {
        List<Record> batch = List.of(record("10"), record("11"), record("12"), record("13"));

        assertThat(LocalEventSourceMapping.succeeded(batch, List.of())).isEqualTo(4);
        assertThat(LocalEventSourceMapping.succeeded(batch, List.of("12"))).isEqualTo(2);
        assertThat(LocalEventSourceMapping.succeeded(batch, List.of("13", "11")))
                .isEqualTo(1);
        assertThat(LocalEventSourceMapping.succeeded(batch, Arrays.asList((String) null)))
                .isZero();
        assertThat(LocalEventSourceMapping.succeeded(batch, List.of(""))).isZero();
        assertThat(LocalEventSourceMapping.succeeded(batch, List.of("99"))).isZero();
    }

    @Test
    @Tag("streams") // the mapping reads a real stream
    @DisplayName("a null response, or one with a null list, is a complete success")
    void nullResponseIsSuccess(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String arn = fiveOrdersWithAFailure(client, tables);
        StreamsEventResponse nullList = new StreamsEventResponse();
        nullList.setBatchItemFailures(null);
        for (StreamsEventResponse response : Arrays.asList(null, nullList)) {
            LocalEventSourceMapping mapping =
                    new LocalEventSourceMapping(streams, arn, 100, true, (event, ctx) -> response);

            assertThat(mapping.poll())
                    .singleElement()
                    .satisfies(i -> assertThat(i.sequenceNumbers()).hasSize(5));
            assertThat(mapping.poll()).isEmpty();
        }
    }
}
