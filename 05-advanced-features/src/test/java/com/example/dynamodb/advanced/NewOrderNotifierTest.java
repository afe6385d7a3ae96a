package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The handler runs on records DynamoDB Local produced, delivered by the local event source mapping. */
@DynamoDbTest
@Tag("streams") // every test feeds the handler records from a real stream
class NewOrderNotifierTest {

    private final NewOrderNotifier.Notifier notifier = mock(NewOrderNotifier.Notifier.class);

    private static String ordersTable(DynamoDbClient client, Tables tables, StreamViewType viewType) {
        String table = tables.reserve("Orders");
        tables.createAndWait(OrdersTable.definition(table, viewType));
        return table;
    }

    private static String streamArn(DynamoDbClient client, String table) {
        return client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    }

    private static void placeOrders(DynamoDbClient client, String table, int count) {
        for (int i = 1; i <= count; i++) {
            String orderId = "o" + i;
            String amount = i + "0";
            client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", orderId, amount)));
        }
    }

    @Test
    @DisplayName("one notification per new order, in stream order; updates and deletes are ignored")
    void notifiesNewOrdersOnly(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = ordersTable(client, tables, StreamViewType.NEW_IMAGE);
        placeOrders(client, table, 2);
        client.updateItem(b -> b.tableName(table)
                .key(OrdersTable.key("c1", "o1"))
                .updateExpression("SET amount = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromN("99"))));
        client.deleteItem(b -> b.tableName(table).key(OrdersTable.key("c1", "o2")));

        List<LocalEventSourceMapping.Invocation> invocations = new LocalEventSourceMapping(
                        streams, streamArn(client, table), 100, true, new NewOrderNotifier(notifier))
                .poll();

        assertThat(invocations).singleElement().satisfies(i -> {
            assertThat(i.sequenceNumbers()).hasSize(4); // INSERT, INSERT, MODIFY, REMOVE
            assertThat(i.failures()).isEmpty();
            assertThat(i.error()).isNull();
        });
        InOrder inOrder = inOrder(notifier);
        inOrder.verify(notifier).orderPlaced("c1", "o1", "10");
        inOrder.verify(notifier).orderPlaced("c1", "o2", "20");
        verifyNoMoreInteractions(notifier);
    }

    @Test
    @DisplayName(
            "when order k fails, k's sequence number is reported; the next invocation gets k..n again and nothing before k")
    void partialBatchFailure(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = ordersTable(client, tables, StreamViewType.NEW_IMAGE);
        placeOrders(client, table, 5);
        doThrow(new IllegalStateException("mail server down"))
                .doNothing()
                .when(notifier)
                .orderPlaced("c1", "o3", "30");
        LocalEventSourceMapping mapping = new LocalEventSourceMapping(
                streams, streamArn(client, table), 100, true, new NewOrderNotifier(notifier));

        List<LocalEventSourceMapping.Invocation> first = mapping.poll();
        List<LocalEventSourceMapping.Invocation> second = mapping.poll();
        List<LocalEventSourceMapping.Invocation> third = mapping.poll();

        List<String> all = first.get(0).sequenceNumbers();
        assertThat(all).hasSize(5);
        assertThat(first)
                .singleElement()
                .satisfies(i -> assertThat(i.failures()).containsExactly(all.get(2)));
        assertThat(second).singleElement().satisfies(i -> {
            assertThat(i.sequenceNumbers()).containsExactlyElementsOf(all.subList(2, 5)); // o3, o4, o5
            assertThat(i.failures()).isEmpty();
        });
        assertThat(third).isEmpty(); // nothing new: no invocation
        // The handler stopped at o3 in the first invocation: o4 and o5 were notified once, not twice.
        InOrder inOrder = inOrder(notifier);
        inOrder.verify(notifier).orderPlaced("c1", "o1", "10");
        inOrder.verify(notifier).orderPlaced("c1", "o2", "20");
        inOrder.verify(notifier, times(2)).orderPlaced("c1", "o3", "30"); // failed, then retried
        inOrder.verify(notifier).orderPlaced("c1", "o4", "40");
        inOrder.verify(notifier).orderPlaced("c1", "o5", "50");
        verifyNoMoreInteractions(notifier);
    }

    @Test
    @DisplayName("a stream without NewImage fails the whole batch with a message naming the view types to use")
    void keysOnlyStream(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        String table = ordersTable(client, tables, StreamViewType.KEYS_ONLY);
        placeOrders(client, table, 2);
        LocalEventSourceMapping mapping = new LocalEventSourceMapping(
                streams, streamArn(client, table), 100, true, new NewOrderNotifier(notifier));

        LocalEventSourceMapping.Invocation first = mapping.poll().get(0);
        LocalEventSourceMapping.Invocation retry = mapping.poll().get(0);

        assertThat(first.error()).contains("NEW_IMAGE or NEW_AND_OLD_IMAGES").contains("KEYS_ONLY");
        assertThat(retry.sequenceNumbers()).isEqualTo(first.sequenceNumbers()); // the checkpoint did not move
        verify(notifier, never()).orderPlaced(anyString(), anyString(), anyString());
    }
}
