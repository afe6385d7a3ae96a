package com.example.dynamodb.projects.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.projects.iot.StatusMessage;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Exercise 10.2: what "done" means. */
@DynamoDbTest
@DisplayName("Exercise 10.2 Only a newer status wins")
class LatestStatusTest {

    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS); // relative to now, never a constant date

    static String devicesWith(DynamoDbClient client, Tables tables, String... deviceIds) {
        String table = tables.reserve("Devices");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("deviceId").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("deviceId").keyType(KeyType.HASH))
                .build());
        for (String id : deviceIds) {
            client.putItem(b -> b.tableName(table).item(Map.of("deviceId", AttributeValue.fromS(id))));
        }
        return table;
    }

    static Map<String, AttributeValue> device(DynamoDbClient client, String table, String id) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("deviceId", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a device's first status is stored")
    void firstStatusStored(DynamoDbClient client, Tables tables) {
        String table = devicesWith(client, tables, "d-0001");

        assertThat(LatestStatus.apply(client, table, new StatusMessage("d-0001", T0, true, 88)))
                .isTrue();

        Map<String, AttributeValue> item = device(client, table, "d-0001");
        assertThat(item.get("status").s()).isEqualTo("ONLINE");
        assertThat(item.get("battery").n()).isEqualTo("88");
        assertThat(item.get("lastMessageAt").n()).isEqualTo(Long.toString(T0.toEpochMilli()));
    }

    @Test
    @DisplayName("an older message is ignored (false) and changes nothing; a newer one is stored")
    void olderIgnoredNewerStored(DynamoDbClient client, Tables tables) {
        String table = devicesWith(client, tables, "d-0001");
        LatestStatus.apply(client, table, new StatusMessage("d-0001", T0.plusSeconds(60), false, 20));

        assertThat(LatestStatus.apply(client, table, new StatusMessage("d-0001", T0, true, 99)))
                .isFalse();
        assertThat(device(client, table, "d-0001").get("status").s()).isEqualTo("OFFLINE");
        assertThat(LatestStatus.apply(client, table, new StatusMessage("d-0001", T0.plusSeconds(61), true, 19)))
                .isTrue();
        assertThat(device(client, table, "d-0001").get("battery").n()).isEqualTo("19");
    }

    @Test
    @DisplayName("whatever order 20 messages arrive in, the newest one's status is what stays")
    void shuffledMessages(DynamoDbClient client, Tables tables) {
        String table = devicesWith(client, tables, "d-0001");
        List<StatusMessage> messages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            messages.add(new StatusMessage("d-0001", T0.plusSeconds(i), i % 2 == 0, 50 + i));
        }
        Collections.shuffle(messages, new Random(11));

        messages.forEach(m -> LatestStatus.apply(client, table, m));

        assertThat(device(client, table, "d-0001").get("battery").n()).isEqualTo("69");
        assertThat(device(client, table, "d-0001").get("status").s()).isEqualTo("OFFLINE");
    }

    @Test
    @DisplayName("a status for an unregistered device is refused and creates nothing")
    void unknownDevice(DynamoDbClient client, Tables tables) {
        String table = devicesWith(client, tables);

        assertThatThrownBy(() -> LatestStatus.apply(client, table, new StatusMessage("d-0404", T0, true, 50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("device d-0404 is not registered");
        assertThat(device(client, table, "d-0404")).isEmpty();
    }
}
