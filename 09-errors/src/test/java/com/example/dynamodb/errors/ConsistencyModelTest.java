package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class ConsistencyModelTest {

    @Test
    @DisplayName("MODEL: until replication, an eventually consistent read may be stale; a strong one never is")
    void staleUntilReplicated() {
        ConsistencyModel model = new ConsistencyModel("v1");

        model.write("v2");

        assertThat(model.stronglyConsistentRead()).isEqualTo("v2");
        assertThat(model.eventuallyConsistentRead(1)).isEqualTo("v2");
        assertThat(model.eventuallyConsistentRead(2)).isEqualTo("v1");
        model.propagate();
        assertThat(model.eventuallyConsistentRead(2)).isEqualTo("v2");
    }

    @Test
    @DisplayName("MODEL: a GSI shows the write only after replication")
    void indexLags() {
        ConsistencyModel model = new ConsistencyModel("v1");

        model.write("v2");
        assertThat(model.queryIndex()).isEqualTo("v1");
        model.propagate();
        assertThat(model.queryIndex()).isEqualTo("v2");
    }

    @Test
    @DisplayName("DynamoDB Local never reads stale: an eventually consistent read and a GSI query see a write at once")
    void localIsNeverStale(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        for (int i = 1; i <= 20; i++) {
            AccountsTable.open(client, table, "alice", "alice", i);
            long balance = i;
            assertThat(client.getItem(b -> b.tableName(table)
                                    .key(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                                    .consistentRead(false))
                            .item()
                            .get("balance")
                            .n())
                    .isEqualTo(Long.toString(balance));
            assertThat(client.query(b -> b.tableName(table)
                                    .indexName(AccountsTable.OWNER_INDEX)
                                    .keyConditionExpression("#o = :o")
                                    .expressionAttributeNames(Map.of("#o", "owner"))
                                    .expressionAttributeValues(Map.of(":o", AttributeValue.fromS("alice"))))
                            .items()
                            .get(0)
                            .get("balance")
                            .n())
                    .isEqualTo(Long.toString(balance));
        }
    }
}
