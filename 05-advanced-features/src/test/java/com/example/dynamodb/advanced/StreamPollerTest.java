package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.MutableClock;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class StreamPollerTest {

    /** Collects every record handed to it (and every loss it is told of), and accepts all of them. */
    private static final class Collector implements BatchHandler {
        final List<String> sequenceNumbers = new ArrayList<>();
        final List<String> handled = new ArrayList<>(); // "shard:sequenceNumber"
        final List<Integer> batchSizes = new ArrayList<>();
        final List<String> losses = new ArrayList<>();

        @Override
        public int handle(String shardId, List<Record> records) {
            records.forEach(r -> sequenceNumbers.add(r.dynamodb().sequenceNumber()));
            records.forEach(r -> handled.add(shardId + ":" + r.dynamodb().sequenceNumber()));
            batchSizes.add(records.size());
            return records.size();
        }

        @Override
        public void lost(String shardId, String lastHandled) {
            losses.add(shardId + " after " + lastHandled);
        }

        List<String> of(String shard) {
            return handled.stream().filter(h -> h.startsWith(shard + ":")).toList();
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
    @Tag("streams") // these read a real stream
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

        private static final String ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2025-01-01";

        private final DynamoDbStreamsClient streams = mock(DynamoDbStreamsClient.class);
        /** Each shard's records ("parent" and "left" are closed, the others open). */
        private final Map<String, List<Record>> contents = new HashMap<>();
        /** Per shard, the first sequence number still kept: older records were trimmed (24 hours). */
        private final Map<String, Long> keptFrom = new HashMap<>();
        /** Iterators whose next use fails with ExpiredIteratorException. */
        private final Set<String> expireOnce = new HashSet<>();
        /** Iterators whose next use finds their records trimmed: the shard then keeps records from the value on. */
        private final Map<String, Long> trimOnUse = new HashMap<>();
        /**
         * Iterators whose next use answers an empty page with a next iterator, as GetRecords may in
         * a stretch of a shard without records: the next use of that iterator reads on.
         */
        private final Set<String> emptyOnce = new HashSet<>();

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

        private static long sequence(Record r) {
            return Long.parseLong(r.dynamodb().sequenceNumber());
        }

        private TrimmedDataAccessException trimmed() {
            return TrimmedDataAccessException.builder()
                    .message("The data you are trying to access has been trimmed.")
                    .build();
        }

        /**
         * A stream after two splits, listed children first over two DescribeStream pages: "parent"
         * (closed) split into "left" (closed) and "right" (open); "left" became "leftChild" (open);
         * "orphan" descends from a shard trimmed away long ago. Iterators are "shard@0" (the oldest
         * record kept), "shard@after-n" and "shard@at-n"; GetRecords honours the limit, and answers
         * an open shard's empty page with the same position, a closed shard's last page with no
         * iterator (and an iterator in {@link #emptyOnce} with an empty page, once).
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
            contents.put("parent", new ArrayList<>(List.of(record("1"), record("2"))));
            contents.put("left", new ArrayList<>(List.of(record("3"))));
            contents.put("right", new ArrayList<>(List.of(record("4"))));
            contents.put("leftChild", new ArrayList<>(List.of(record("5"))));
            contents.put("orphan", new ArrayList<>(List.of(record("6"))));
            when(streams.getShardIterator(any(GetShardIteratorRequest.class))).thenAnswer(call -> {
                GetShardIteratorRequest request = call.getArgument(0);
                String shard = request.shardId();
                long keptFromHere = keptFrom.getOrDefault(shard, 0L);
                String position = switch (request.shardIteratorType()) {
                    case TRIM_HORIZON -> "0";
                    case LATEST ->
                        "after-"
                                + contents.get(shard).stream()
                                        .mapToLong(Lineage::sequence)
                                        .max()
                                        .orElse(0);
                    case AFTER_SEQUENCE_NUMBER -> "after-" + request.sequenceNumber();
                    default -> "at-" + request.sequenceNumber();
                };
                if ((request.shardIteratorType() == ShardIteratorType.AFTER_SEQUENCE_NUMBER
                                || request.shardIteratorType() == ShardIteratorType.AT_SEQUENCE_NUMBER)
                        && Long.parseLong(request.sequenceNumber()) < keptFromHere) {
                    throw trimmed(); // a sequence number older than the trim point
                }
                return GetShardIteratorResponse.builder()
                        .shardIterator(shard + "@" + position)
                        .build();
            });
            when(streams.getRecords(any(GetRecordsRequest.class))).thenAnswer(call -> {
                GetRecordsRequest request = call.getArgument(0);
                String iterator = request.shardIterator();
                String shard = iterator.substring(0, iterator.indexOf('@'));
                String position = iterator.substring(iterator.indexOf('@') + 1);
                if (expireOnce.remove(iterator)) {
                    throw ExpiredIteratorException.builder()
                            .message("Iterator expired")
                            .build();
                }
                if (emptyOnce.remove(iterator)) {
                    return GetRecordsResponse.builder()
                            .records(List.of())
                            .nextShardIterator(iterator)
                            .build();
                }
                if (trimOnUse.containsKey(iterator)) {
                    keptFrom.put(shard, trimOnUse.remove(iterator));
                    throw trimmed();
                }
                long keptFromHere = keptFrom.getOrDefault(shard, 0L);
                List<Record> unread = contents.get(shard).stream()
                        .filter(r -> sequence(r) >= keptFromHere)
                        .filter(r -> position.equals("0")
                                || (position.startsWith("after-")
                                        ? sequence(r) > Long.parseLong(position.substring(6))
                                        : sequence(r) >= Long.parseLong(position.substring(3))))
                        .limit(request.limit())
                        .toList();
                boolean closed = List.of("parent", "left").contains(shard);
                String next = !unread.isEmpty()
                        ? shard + "@after-"
                                + unread.get(unread.size() - 1).dynamodb().sequenceNumber()
                        : closed ? null : iterator;
                return GetRecordsResponse.builder()
                        .records(unread)
                        .nextShardIterator(next)
                        .build();
            });
        }

        private GetShardIteratorRequest iteratorRequest(String shard, ShardIteratorType type, String sequenceNumber) {
            return GetShardIteratorRequest.builder()
                    .streamArn(ARN)
                    .shardId(shard)
                    .shardIteratorType(type)
                    .sequenceNumber(sequenceNumber)
                    .build();
        }

        @Test
        @DisplayName(
                "a child shard is read only after its parent is finished, whatever order DescribeStream lists them in")
        void parentsBeforeChildren() {
            givenSplitStream();
            InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
            Collector collector = new Collector();

            int handled =
                    new StreamPoller(streams, ARN, checkpoints, ShardIteratorType.TRIM_HORIZON, 100).poll(collector);

            List<String> order = collector.handled;
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
            verify(streams).getShardIterator(iteratorRequest("leftChild", ShardIteratorType.TRIM_HORIZON, null));
        }

        @Test
        @DisplayName("an empty page in the middle of a closed shard is not its end: the shard is read through and"
                + " finished, and its children read, in one poll")
        void emptyPagesInClosedShards() {
            givenSplitStream();
            emptyOnce.add("parent@after-1"); // between records 1 and 2 of the closed parent
            emptyOnce.add("left@0"); // at the start of the closed left child
            InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
            Collector collector = new Collector();

            int handled =
                    new StreamPoller(streams, ARN, checkpoints, ShardIteratorType.TRIM_HORIZON, 1).poll(collector);

            assertThat(handled).isEqualTo(6);
            assertThat(collector.of("parent")).containsExactly("parent:1", "parent:2");
            assertThat(collector.handled)
                    .containsExactlyInAnyOrder("parent:1", "parent:2", "left:3", "right:4", "leftChild:5", "orphan:6");
            assertThat(checkpoints.finished("parent")).isTrue();
            assertThat(checkpoints.finished("left")).isTrue();
            assertThat(emptyOnce).as("both empty pages were met").isEmpty();
        }

        @Test
        @DisplayName("the shard list is kept between polls: DescribeStream is asked again after a shard ended, or"
                + " when the list is 10 s old")
        void shardListCached() {
            givenSplitStream(); // each listing is 2 DescribeStream calls (2 pages)
            MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
            StreamPoller poller = new StreamPoller(
                    streams, ARN, new InMemoryCheckpoints(), ShardIteratorType.TRIM_HORIZON, 100, clock);
            List<Integer> callsAfterEachPoll = new ArrayList<>();
            Runnable pollAndCount = () -> {
                poller.poll(new Collector());
                callsAfterEachPoll.add((int) mockingDetails(streams).getInvocations().stream()
                        .filter(i -> i.getMethod().getName().equals("describeStream"))
                        .count());
            };

            pollAndCount.run(); // listed; "parent" and "left" end in this poll
            pollAndCount.run(); // listed again, for children a finished shard may have; none ends
            clock.advance(StreamPoller.SHARD_LIST_MAX_AGE.minusMillis(1));
            pollAndCount.run(); // 9.999 s after the listing: the same list
            clock.advance(Duration.ofMillis(1));
            pollAndCount.run(); // 10 s old: listed again

            assertThat(callsAfterEachPoll).containsExactly(2, 4, 4, 6);
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
    }

    @Nested
    @DisplayName("recovering from stale positions (a mock: DynamoDB Local never expires or trims during a test)")
    class Recovery {

        private final Lineage stream = new Lineage();
        private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
        private final Collector collector = new Collector();

        private StreamPoller poller(ShardIteratorType startAt, int batchSize) {
            stream.givenSplitStream();
            return new StreamPoller(stream.streams, Lineage.ARN, checkpoints, startAt, batchSize);
        }

        /** As if an earlier poller had read parent and left to their end, and right up to {@code rightAt}. */
        private void readBefore(String rightAt) {
            checkpoints.save("parent", "2");
            checkpoints.markFinished("parent");
            checkpoints.save("left", "3");
            checkpoints.markFinished("left");
            checkpoints.save("right", rightAt);
        }

        @Test
        @DisplayName("an iterator that expired while kept is replaced by one after the checkpoint: nothing skipped or"
                + " repeated")
        void expiredKeptIterator() {
            StreamPoller poller = poller(ShardIteratorType.TRIM_HORIZON, 100);
            poller.poll(collector); // "right" is caught up: its iterator is kept
            stream.contents.get("right").add(Lineage.record("7"));
            stream.expireOnce.add("right@after-4");

            poller.poll(collector);

            assertThat(collector.of("right")).containsExactly("right:4", "right:7");
            verify(stream.streams)
                    .getShardIterator(stream.iteratorRequest("right", ShardIteratorType.AFTER_SEQUENCE_NUMBER, "4"));
        }

        @Test
        @DisplayName("an iterator that expires in the middle of a shard is acquired again after the last record"
                + " handled: every record once, in order")
        void expiredMidShard() {
            StreamPoller poller = poller(ShardIteratorType.TRIM_HORIZON, 1);
            stream.expireOnce.add("parent@after-1"); // the iterator GetRecords handed back with record 1

            poller.poll(collector);

            assertThat(collector.of("parent")).containsExactly("parent:1", "parent:2");
            assertThat(collector.batchSizes).containsOnly(1);
            verify(stream.streams)
                    .getShardIterator(stream.iteratorRequest("parent", ShardIteratorType.AFTER_SEQUENCE_NUMBER, "1"));
        }

        @Test
        @DisplayName("a checkpoint older than 24 hours (TrimmedDataAccessException) resumes at TRIM_HORIZON and"
                + " reports the loss")
        void trimmedCheckpoint() {
            StreamPoller poller = poller(ShardIteratorType.TRIM_HORIZON, 100);
            readBefore("4");
            stream.contents.get("right").addAll(List.of(Lineage.record("8"), Lineage.record("9")));
            stream.keptFrom.put("right", 8L); // 4 and whatever followed it up to 8 are gone

            poller.poll(collector);

            assertThat(collector.losses).containsExactly("right after 4");
            assertThat(collector.of("right")).containsExactly("right:8", "right:9");
            verify(stream.streams)
                    .getShardIterator(stream.iteratorRequest("right", ShardIteratorType.TRIM_HORIZON, null));
            assertThat(checkpoints.lastSequenceNumber("right")).hasValue("9");
        }

        @Test
        @DisplayName("records trimmed between GetShardIterator and GetRecords: on at TRIM_HORIZON, the loss reported,"
                + " nothing handled twice")
        void trimmedBeforeRead() {
            StreamPoller poller = poller(ShardIteratorType.TRIM_HORIZON, 100);
            readBefore("4");
            stream.contents.get("right").addAll(List.of(Lineage.record("7"), Lineage.record("8")));
            stream.trimOnUse.put("right@after-4", 8L); // 7 is trimmed before the iterator is used

            poller.poll(collector);

            assertThat(collector.losses).containsExactly("right after 4");
            assertThat(collector.of("right")).containsExactly("right:8");
        }

        @Test
        @Timeout(10) // the mistake this guards against is an endless loop: fail, do not hang
        @DisplayName("a renewed position that fails again is not renewed forever: the exception reaches the caller")
        void noEndlessRenewal() {
            StreamPoller poller = poller(ShardIteratorType.TRIM_HORIZON, 100);
            readBefore("4");
            stream.trimOnUse.put("right@after-4", 0L);
            stream.trimOnUse.put("right@0", 0L);

            assertThatThrownBy(() -> poller.poll(collector)).isInstanceOf(TrimmedDataAccessException.class);
            verify(stream.streams, times(2))
                    .getRecords(
                            argThat((GetRecordsRequest r) -> r.shardIterator().startsWith("right@")));
        }

        @Test
        @DisplayName("a LATEST reader whose handler fails before any checkpoint starts again at the failed record,"
                + " not at LATEST")
        void failureBeforeAnyCheckpoint() {
            StreamPoller poller = poller(ShardIteratorType.LATEST, 100);
            poller.poll(collector); // "orphan" starts at LATEST (its parent is gone): nothing yet
            stream.contents.get("orphan").add(Lineage.record("11"));
            List<String> attempts = new ArrayList<>();
            BatchHandler failing = (shard, records) -> {
                records.forEach(r -> attempts.add(shard + ":" + r.dynamodb().sequenceNumber()));
                return 0; // record 11 fails
            };

            poller.poll(failing);
            poller.poll(collector);

            assertThat(attempts).contains("orphan:11");
            assertThat(collector.of("orphan")).containsExactly("orphan:11");
            verify(stream.streams)
                    .getShardIterator(stream.iteratorRequest("orphan", ShardIteratorType.AT_SEQUENCE_NUMBER, "11"));
        }
    }
}
