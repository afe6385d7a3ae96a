package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Real AWS: excluded by default, run with {@code mvn test -Paws -pl support}. It creates one
 * on-demand table with a unique prefix, writes one item, and deletes the table: a few cents at most.
 */
@Tag("aws")
class AwsBackendTest {

    @Test
    @DisplayName("on real DynamoDB a prefixed table is created, used, and deleted again")
    void roundTripOnAws() {
        String created;
        try (DynamoDbBackend ddb = DynamoDbBackend.open(BackendConfig.of(Backend.AWS));
                Tables tables = Tables.forWalkthrough(ddb)) {
            created = tables.reserve("SmokeTest");
            assertThat(created).startsWith("djx-");
            tables.createAndWait(DynamoDbBackendTest.simpleTable(created));
            ddb.client().putItem(b -> b.tableName(created).item(Map.of("id", AttributeValue.fromS("1"))));
            assertThat(ddb.client()
                            .getItem(b -> b.tableName(created)
                                    .key(Map.of("id", AttributeValue.fromS("1")))
                                    .consistentRead(true))
                            .hasItem())
                    .isTrue();
        }
    }
}
