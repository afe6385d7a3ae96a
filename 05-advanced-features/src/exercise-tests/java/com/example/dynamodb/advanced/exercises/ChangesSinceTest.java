package com.example.dynamodb.advanced.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Exercise 05.3: what "done" means for {@link ChangesSince}, on a real stream of DynamoDB Local
 * (one open shard). A test that would hang on a loop that never ends fails after 20 seconds.
 */
@DynamoDbTest
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@DisplayName("Exercise 05.3 Resume after a checkpoint")
class ChangesSinceTest {

    private String table;
    private String streamArn;
    private String shardId;

    @BeforeEach
    void createTable(DynamoDbClient client, DynamoDbStreamsClient streams, Tables tables) {
        table = tables.reserve("Events");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                // Keys only: the exercise is about positions in the shard, not about what changed.
                .streamSpecification(st -> st.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))
                .build());
        streamArn = client.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        shardId = streams.describeStream(b -> b.streamArn(streamArn))
                .streamDescription()
                .shards()
                .get(0)
                .shardId();
    }

    private void write(DynamoDbClient client, int from, int to) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
            batch.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder()
                            .item(Map.of("id", AttributeValue.fromS(String.format("e%04d", i))))
                            .build())
                    .build());
            if (batch.size() == 25 || i == to - 1) {
                List<WriteRequest> chunk = List.copyOf(batch);
                client.batchWriteItem(b -> b.requestItems(Map.of(table, chunk)));
                batch.clear();
            }
        }
    }

    private static List<String> ids(List<Record> records) {
        return records.stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
    }

    @Test
    @DisplayName("with no checkpoint, every record of the shard comes back, in order")
    void fromTheStart(DynamoDbClient client, DynamoDbStreamsClient streams) {
        write(client, 0, 5);

        assertThat(ids(ChangesSince.readAfter(streams, streamArn, shardId, null)))
                .containsExactly("e0000", "e0001", "e0002", "e0003", "e0004");
    }

    @Test
    @DisplayName("after a checkpoint, only the later records come back: the checkpointed one is not repeated")
    void afterTheCheckpoint(DynamoDbClient client, DynamoDbStreamsClient streams) {
        write(client, 0, 5);
        List<Record> all = ChangesSince.readAfter(streams, streamArn, shardId, null);
        String checkpoint = all.get(1).dynamodb().sequenceNumber(); // e0001 was handled last

        assertThat(ids(ChangesSince.readAfter(streams, streamArn, shardId, checkpoint)))
                .containsExactly("e0002", "e0003", "e0004");
        assertThat(ChangesSince.readAfter(
                        streams, streamArn, shardId, all.get(4).dynamodb().sequenceNumber()))
                .as("after the last record: nothing, and no endless wait")
                .isEmpty();
    }

    @Test
    @DisplayName("1,100 changes span two GetRecords pages: all of them come back")
    void everyPage(DynamoDbClient client, DynamoDbStreamsClient streams) {
        write(client, 0, 1_100);

        List<String> ids = ids(ChangesSince.readAfter(streams, streamArn, shardId, null));

        assertThat(ids).hasSize(1_100).doesNotHaveDuplicates();
        assertThat(ids.get(1_099)).isEqualTo("e1099");
    }
}
