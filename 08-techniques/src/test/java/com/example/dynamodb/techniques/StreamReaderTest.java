package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A split shard needs DynamoDB: DynamoDB Local's stream has one shard. A fake Streams client lists a
 * child shard before its parent, as DescribeStream may; the reader must still read the parent first.
 * Another answers empty pages in the middle of a closed shard, as GetRecords may on DynamoDB.
 * (MaterializedAggregatesTest reads real records from DynamoDB Local's stream.)
 */
class StreamReaderTest {

    private static Shard shard(String id, String parent) {
        return Shard.builder().shardId(id).parentShardId(parent).build();
    }

    @Test
    @DisplayName("a parent shard is read before its children, whatever order DescribeStream lists them in")
    void parentsFirst() {
        DynamoDbStreamsClient streams = new DynamoDbStreamsClient() {
            @Override
            public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
                return DescribeStreamResponse.builder()
                        .streamDescription(d -> d.shards(shard("child", "parent"), shard("parent", "expired")))
                        .build();
            }

            @Override
            public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
                return GetShardIteratorResponse.builder()
                        .shardIterator("at-" + request.shardId())
                        .build();
            }

            @Override
            public GetRecordsResponse getRecords(GetRecordsRequest request) {
                String iterator = request.shardIterator();
                return iterator.startsWith("at-") // one record, then the present (an empty page)
                        ? GetRecordsResponse.builder()
                                .records(Record.builder()
                                        .eventID("from-" + iterator.substring(3))
                                        .build())
                                .nextShardIterator("past-" + iterator.substring(3))
                                .build()
                        : GetRecordsResponse.builder().records(List.of()).build();
            }

            @Override
            public String serviceName() {
                return "streams.dynamodb";
            }

            @Override
            public void close() {}
        };

        assertThat(StreamReader.readAll(streams, "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/x"))
                .extracting(Record::eventID)
                .containsExactly("from-parent", "from-child");
        assertThat(StreamReader.parentsFirst(List.of(shard("c", "b"), shard("b", "a"), shard("a", null))))
                .extracting(Shard::shardId)
                .containsExactly("a", "b", "c");
    }

    @Test
    @Timeout(10) // the open shard answers empty pages forever: a reader that never stops there hangs
    @DisplayName("a closed shard is read past its empty pages to its end; an open shard up to its first empty page")
    void emptyPagesInAClosedShard() {
        // Iterator -> page: "records" (event ids; none is an empty page) and the next iterator (null: the end).
        Map<String, List<String>> records = Map.of(
                "closed@0", List.of("c1"),
                "closed@1", List.of(), // a stretch of the shard with no records: not its end
                "closed@2", List.of(),
                "closed@3", List.of("c2", "c3"),
                "open@0", List.of("o1"),
                "open@1", List.of());
        Map<String, String> next = Map.of(
                "closed@0", "closed@1",
                "closed@1", "closed@2",
                "closed@2", "closed@3",
                "open@0", "open@1",
                "open@1", "open@1"); // an open shard always hands back an iterator
        DynamoDbStreamsClient streams = new DynamoDbStreamsClient() {
            @Override
            public DescribeStreamResponse describeStream(DescribeStreamRequest request) {
                return DescribeStreamResponse.builder()
                        .streamDescription(d -> d.shards(range("closed", "3"), range("open", null)))
                        .build();
            }

            @Override
            public GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
                return GetShardIteratorResponse.builder()
                        .shardIterator(request.shardId() + "@0")
                        .build();
            }

            @Override
            public GetRecordsResponse getRecords(GetRecordsRequest request) {
                String iterator = request.shardIterator();
                return GetRecordsResponse.builder()
                        .records(records.get(iterator).stream()
                                .map(id -> Record.builder().eventID(id).build())
                                .toList())
                        .nextShardIterator(next.get(iterator))
                        .build();
            }

            @Override
            public String serviceName() {
                return "streams.dynamodb";
            }

            @Override
            public void close() {}
        };

        assertThat(StreamReader.readAll(streams, "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/x"))
                .extracting(Record::eventID)
                .containsExactly("c1", "c2", "c3", "o1");
    }

    /** A shard with its sequence number range: an ending sequence number means it is closed. */
    private static Shard range(String id, String endingSequenceNumber) {
        return Shard.builder()
                .shardId(id)
                .sequenceNumberRange(SequenceNumberRange.builder()
                        .startingSequenceNumber("0")
                        .endingSequenceNumber(endingSequenceNumber)
                        .build())
                .build();
    }
}
