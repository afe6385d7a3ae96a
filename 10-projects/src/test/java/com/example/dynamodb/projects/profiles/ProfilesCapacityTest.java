package com.example.dynamodb.projects.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.projects.CapacityRecorder;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** The units each profile operation consumes, as DynamoDB Local reports them: the README's capacity numbers. */
@DynamoDbTest(sdkClient = true)
class ProfilesCapacityTest {

    @Test
    @DisplayName(
            "units per operation: lookup by email 2 strong reads, update 1 write; transactions as Local reports them")
    void unitsPerOperation(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = ProfilesTable.create(tables, "Profiles");

            recorder.reset();
            ProfileRepository.register(client, table, Profile.create("ada", "ada@example.com", "Ada", "bio"));
            // Two items of under 1 KB: AWS bills 2 x 2 = 4 (transactional writes cost double); Local says 2.
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(2.0, 0, 1));

            recorder.reset();
            ProfileRepository.findByEmail(client, table, "ada@example.com");
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(2.0, 0, 2)); // two strong reads

            recorder.reset();
            ProfileUpdates.updateDetails(client, table, "ada", 1, "Ada", "new bio");
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 0, 1));

            recorder.reset();
            ProfileUpdates.changeEmail(client, table, "ada", 2, "countess@example.com");
            // 1 strong read, then a transaction of 3 items: AWS bills 1 + 3 x 2 = 7; Local says 1 + 2.
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(3.0, 0, 2));
        }
    }

    @Test
    @DisplayName("DynamoDB Local reports 2 units for any write transaction, of one item or of three")
    void localTransactionUnits(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = ProfilesTable.create(tables, "Profiles");
            TransactWriteItem one = put(table, "USER#one");

            recorder.reset();
            client.transactWriteItems(b -> b.transactItems(one));
            CapacityRecorder.Units oneItem = recorder.units();
            recorder.reset();
            client.transactWriteItems(
                    b -> b.transactItems(put(table, "USER#a"), put(table, "USER#b"), put(table, "USER#c")));
            CapacityRecorder.Units threeItems = recorder.units();

            // AWS bills 2 and 6 (two units per item of up to 1 KB): so the README uses the documented rule.
            assertThat(oneItem.table()).isEqualTo(2.0);
            assertThat(threeItems.table()).isEqualTo(2.0);
        }
    }

    private static TransactWriteItem put(String table, String pk) {
        return TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk))))
                .build();
    }

    @Test
    @DisplayName("the GSI alternative pays an index write with every profile put")
    void gsiAlternativeUnits(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = tables.reserve("ProfilesByEmailIndex");
            tables.createAndWait(EmailIndexAlternative.definition(table));

            recorder.reset();
            client.putItem(b -> b.tableName(table)
                    .item(Profile.create("bob", "bob@example.com", "Bob", "").toItem()));

            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 1.0, 1));
        }
    }
}
