package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class StreamPollerTest {

    /** Collects every record handed to it, and accepts all of them. */
    private static final class Collector implements StreamPoller.BatchHandler {
        final List<String> sequenceNumbers = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public int handle(String shardId, List<Record> records) {
            records.forEach(r -> sequenceNumbers.add(r.dynamodb().sequenceNumber()));
            batchSizes.add(records.size());
            return records.size();
        }
    }

    @Test
    @DisplayName("a start other than TRIM_HORIZON or LATEST, or a batch size outside 1..1000, is refused at once")
    void badSettings() {
        DynamoDbStreamsClient streams = mock(DynamoDbStreamsClient.class);
        InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();

        assertThatThrownBy(
                        () -> new StreamPoller(streams, "arn", checkpoints, ShardIteratorType.AT_SEQUENCE_NUMBER, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A poller starts at TRIM_HORIZON or LATEST, not AT_SEQUENCE_NUMBER");
        assertThatThrownBy(() -> new StreamPoller(streams, "arn", checkpoints, ShardIteratorType.LATEST, 1001))
                .hasMessage("GetRecords returns 1 to 1,000 records a call, not 1001");
        verifyNoInteractions(streams);
    }

    @Nested
    @DynamoDbTest
    @DisplayName("on a real stream (DynamoDB Local)")
    class OnDynamoDbLocal {

        private String table;
        private String arn;

        private void createOrders(DynamoDbClient client, Tables tables) {
            table = tables.reserve("Orders");
            tables.createAndWait(OrdersTable.definition(table, StreamViewType.KEYS_ONLY));
            arn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        }

        private void put(DynamoDbClient client, String... orderIds) {
            for (String id : orderIds) {
                client.putItem(b -> b.tableName(table).item(OrdersTable.order("c1", id, "1")));
            }
        }

        private List<String> orderIds(DynamoDbStreamsClient streams, List<String> sequenceNumbers) {
            Map<String, String> bySequence = new HashMap<>();
            StreamViewTypes.records(streams, arn)
                    .forEach(r -> bySequence.put(
                            r.dynamodb().sequenceNumber(),
                            r.dynamodb().keys().get("orderId").s()));
            return sequenceNumbers.stream().map(bySequence::get).toList();
        }

        @Test
        @DisplayName("a restarted poller with the same checkpoints reads only the records after the last one handled")
        void resumesAfterCheckpoint(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
            createOrders(client, tables);
            InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
            put(client, "o1", "o2", "o3");
            Collector first = new Collector();
            new StreamPoller(streams, arn, checkpoints, ShardIteratorType.TRIM_HORIZON, 100).poll(first);
            Map<String, String> afterFirst = checkpoints.positions();

            put(client, "o4", "o5");
            Collector restarted = new Collector();
            int handled =
                    new StreamPoller(streams, arn, checkpoints, ShardIteratorType.TRIM_HORIZON, 100).poll(restarted);

            assertThat(orderIds(streams, first.sequenceNumbers)).containsExactly("o1", "o2", "o3");
            assertThat(afterFirst.values()).containsExactly(first.sequenceNumbers.get(2)); // one shard, at o3
            assertThat(handled).isEqualTo(2);
            assertThat(orderIds(streams, restarted.sequenceNumbers)).containsExactly("o4", "o5");
        }

        @Test
        @DisplayName("LATEST skips what the stream holds already, then the same poller reads what comes next")
        void latest(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
            createOrders(client, tables);
            put(client, "old1", "old2");
            StreamPoller poller =
                    new StreamPoller(streams, arn, new InMemoryCheckpoints(), ShardIteratorType.LATEST, 100);
            Collector collector = new Collector();

            int before = poller.poll(collector);
            put(client, "new1", "new2");
            int after = poller.poll(collector);

            assertThat(before).isZero();
            assertThat(after).isEqualTo(2);
            assertThat(orderIds(streams, collector.sequenceNumbers)).containsExactly("new1", "new2");
        }

        @Test
        @DisplayName("when a handler stops at record k, the next poll starts again at k, and nothing before it")
        void retriesFromTheFailedRecord(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
            createOrders(client, tables);
            put(client, "o1", "o2", "o3", "o4", "o5");
            StreamPoller poller =
                    new StreamPoller(streams, arn, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, 100);
            List<String> firstBatch = new ArrayList<>();
            List<String> secondBatch = new ArrayList<>();

            poller.poll((shard, records) -> {
                records.forEach(r -> firstBatch.add(r.dynamodb().sequenceNumber()));
                return 2; // o1 and o2 done, o3 failed
            });
            poller.poll((shard, records) -> {
                records.forEach(r -> secondBatch.add(r.dynamodb().sequenceNumber()));
                return records.size();
            });

            assertThat(orderIds(streams, firstBatch)).containsExactly("o1", "o2", "o3", "o4", "o5");
            assertThat(orderIds(streams, secondBatch)).containsExactly("o3", "o4", "o5");
        }

        @Test
        @DisplayName("batches hold at most batchSize records, in stream order")
        void batchSize(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
            createOrders(client, tables);
            put(client, "o1", "o2", "o3", "o4", "o5", "o6", "o7");
            Collector collector = new Collector();

            new StreamPoller(streams, arn, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, 3)
                    .poll(collector);

            assertThat(collector.batchSizes).containsExactly(3, 3, 1);
            assertThat(orderIds(streams, collector.sequenceNumbers))
                    .containsExactly("o1", "o2", "o3", "o4", "o5", "o6", "o7");
        }
    }

    @Nested
    @DisplayName("on fabricated shard lineage (a mock: DynamoDB Local never splits a shard during a test)")
    class Lineage {

        private static final String ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2030-01-01";

        private final DynamoDbStreamsClient streams = mock(DynamoDbStreamsClient.class);
        /** Each shard's records ("parent" and "left" are closed, the others open). */
        private final Map<String, List<Record>> contents = new HashMap<>();
        /** Iterators whose next use fails with ExpiredIteratorException. */
        private final Set<String> expireOnce = new HashSet<>();

        private static Shard shard(String id, String parent, boolean closed) {
            return Shard.builder()
                    .shardId(id)
                    .parentShardId(parent)
                    .sequenceNumberRange(SequenceNumberRange.builder()
                            .startingSequenceNumber("0")
                            .endingSequenceNumber(closed ? "999" : null)
                            .build())
                    .build();
        }

        private static Record record(String sequenceNumber) {
            return Record.builder()
                    .eventName("INSERT")
                    .dynamodb(StreamRecord.builder()
                            .sequenceNumber(sequenceNumber)
                            .build())
                    .build();
        }

        /**
         * A stream after two splits, listed children first over two DescribeStream pages: "parent"
         * (closed) split into "left" (closed) and "right" (open); "left" became "leftChild" (open);
         * "orphan" descends from a shard trimmed away long ago.
         */
        private void givenSplitStream() {
            List<Shard> page1 = List.of(shard("leftChild", "left", false), shard("right", "parent", false));
            List<Shard> page2 = List.of(
                    shard("left", "parent", true), shard("parent", null, true), shard("orphan", "trimmed", false));
            when(streams.describeStream(any(DescribeStreamRequest.class))).thenAnswer(call -> {
                DescribeStreamRequest request = call.getArgument(0);
                boolean first = request.exclusiveStartShardId() == null;
                return DescribeStreamResponse.builder()
                        .streamDescription(StreamDescription.builder()
                                .shards(first ? page1 : page2)
                                .lastEvaluatedShardId(first ? "right" : null)
                                .build())
                        .build();
            });
            contents.put("parent", List.of(record("1"), record("2")));
            contents.put("left", List.of(record("3")));
            contents.put("right", List.of(record("4")));
            contents.put("leftChild", List.of(record("5")));
            contents.put("orphan", List.of(record("6")));
            when(streams.getShardIterator(any(GetShardIteratorRequest.class))).thenAnswer(call -> {
                GetShardIteratorRequest request = call.getArgument(0);
                boolean after = request.shardIteratorType() == ShardIteratorType.AFTER_SEQUENCE_NUMBER;
                return GetShardIteratorResponse.builder()
                        .shardIterator(request.shardId() + "@" + (after ? "after-" + request.sequenceNumber() : "0"))
                        .build();
            });
            when(streams.getRecords(any(GetRecordsRequest.class))).thenAnswer(call -> {
                String iterator = ((GetRecordsRequest) call.getArgument(0)).shardIterator();
                if (expireOnce.remove(iterator)) {
                    throw ExpiredIteratorException.builder()
                            .message("Iterator expired")
                            .build();
                }
                String shard = iterator.substring(0, iterator.indexOf('@'));
                boolean closed = List.of("parent", "left").contains(shard);
                List<Record> all = contents.get(shard);
                List<Record> unread = iterator.endsWith("@0")
                        ? all
                        : iterator.contains("@after-")
                                ? all.stream()
                                        .filter(r -> Long.parseLong(r.dynamodb().sequenceNumber())
                                                > Long.parseLong(iterator.substring(iterator.indexOf("-") + 1)))
                                        .toList()
                                : List.of();
                // Past the end, a closed shard returns no next iterator; an open one keeps returning one.
                return GetRecordsResponse.builder()
                        .records(unread)
                        .nextShardIterator(unread.isEmpty() && closed ? null : shard + "@end")
                        .build();
            });
        }

        @Test
        @DisplayName(
                "a child shard is read only after its parent is finished, whatever order DescribeStream lists them in")
        void parentsBeforeChildren() {
            givenSplitStream();
            InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
            List<String> order = new ArrayList<>();

            int handled = new StreamPoller(streams, ARN, checkpoints, ShardIteratorType.TRIM_HORIZON, 100)
                    .poll((shard, records) -> {
                        records.forEach(
                                r -> order.add(shard + ":" + r.dynamodb().sequenceNumber()));
                        return records.size();
                    });

            assertThat(handled).isEqualTo(6);
            assertThat(order)
                    .containsExactlyInAnyOrder("parent:1", "parent:2", "left:3", "right:4", "leftChild:5", "orphan:6");
            assertThat(order.indexOf("parent:2")).isLessThan(order.indexOf("left:3"));
            assertThat(order.indexOf("parent:2")).isLessThan(order.indexOf("right:4"));
            assertThat(order.indexOf("left:3")).isLessThan(order.indexOf("leftChild:5"));
            // Closed shards read to their end are finished; open ones keep their checkpoint.
            assertThat(checkpoints.finished("parent")).isTrue();
            assertThat(checkpoints.finished("left")).isTrue();
            assertThat(checkpoints.finished("right")).isFalse();
            assertThat(checkpoints.lastSequenceNumber("right")).hasValue("4");
            // Children of a finished parent start at their beginning, not at LATEST or a checkpoint.
            verify(streams)
                    .getShardIterator(GetShardIteratorRequest.builder()
                            .streamArn(ARN)
                            .shardId("leftChild")
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON)
                            .build());
        }

        @Test
        @DisplayName("while a parent is unfinished, its children wait; a parent trimmed away does not block its child")
        void unfinishedParentBlocksChildren() {
            givenSplitStream();
            List<String> shardsRead = new ArrayList<>();

            new StreamPoller(streams, ARN, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, 100)
                    .poll((shard, records) -> {
                        shardsRead.add(shard);
                        return shard.equals("parent") ? 1 : records.size(); // record 2 of parent fails
                    });

            assertThat(shardsRead).containsExactlyInAnyOrder("parent", "orphan");
        }

        @Test
        @DisplayName("an expired iterator is replaced by one after the checkpoint: nothing is skipped or repeated")
        void expiredIterator() {
            givenSplitStream();
            InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
            StreamPoller poller = new StreamPoller(streams, ARN, checkpoints, ShardIteratorType.TRIM_HORIZON, 100);
            poller.poll((shard, records) -> records.size()); // "right" is caught up: its iterator is kept
            contents.put("right", List.of(record("4"), record("7")));
            expireOnce.add("right@end");
            List<String> second = new ArrayList<>();

            poller.poll((shard, records) -> {
                records.forEach(r -> second.add(shard + ":" + r.dynamodb().sequenceNumber()));
                return records.size();
            });

            assertThat(second).containsExactly("right:7");
            verify(streams)
                    .getShardIterator(GetShardIteratorRequest.builder()
                            .streamArn(ARN)
                            .shardId("right")
                            .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                            .sequenceNumber("4")
                            .build());
        }
    }
}
