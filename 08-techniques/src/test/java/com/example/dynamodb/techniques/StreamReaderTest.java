package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A split shard needs DynamoDB: DynamoDB Local's stream has one shard. A fake Streams client lists a
 * child shard before its parent, as DescribeStream may; the reader must still read the parent first.
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
}
