package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The Docker backend: runs where Docker does, is reported skipped everywhere else. */
@RequiresDocker
class TestcontainersBackendTest {

    @Test
    @DisplayName("the pinned DynamoDB Local image starts and round-trips an item")
    void roundTripThroughContainer() {
        try (DynamoDbBackend ddb = DynamoDbBackend.open(BackendConfig.of(Backend.TESTCONTAINERS));
                Tables tables = Tables.forWalkthrough(ddb)) {
            String table = tables.reserve("Things");
            tables.createAndWait(DynamoDbBackendTest.simpleTable(table));
            ddb.client().putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS("a"))));
            assertThat(ddb.client()
                            .getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("a"))))
                            .item())
                    .containsEntry("id", AttributeValue.fromS("a"));
        }
    }
}
