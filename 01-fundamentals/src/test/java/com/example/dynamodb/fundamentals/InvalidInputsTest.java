package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.fundamentals.InvalidInputs.Mistake;
import com.example.dynamodb.fundamentals.InvalidInputs.Rejection;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class InvalidInputsTest {

    // The error code is the contract; the words are each engine's own. Where DynamoDB Local's
    // sentence differs from DynamoDB's (which dynalite copies), both are listed, and either passes.
    @ParameterizedTest(name = "{0} is refused: \"{1}\", nothing written")
    @CsvSource(
            delimiter = '|',
            value = {
                "EMPTY_SET              | may not be empty                                |",
                "DUPLICATE_SET_ELEMENTS | contains duplicates                             |",
                "WRONG_KEY_TYPE         | Type mismatch for key                           |",
                "MISSING_KEY            | One of the required keys was not given a value  | Missing the key userId in the item",
                "TABLE_NAME_TOO_SHORT   | must be between 3 and 255 characters            | Member must have length greater than or equal to 3",
                "ITEM_TOO_LARGE         | Item size has exceeded the maximum allowed size |"
            })
    void refusedWithClearMessage(
            Mistake mistake, String localWords, String awsWords, DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);

        Rejection rejection = InvalidInputs.attempt(client, table, mistake);

        assertThat(rejection.errorCode()).isEqualTo("ValidationException");
        assertThat(rejection.serviceMessage()).containsAnyOf(localWords, awsWords == null ? localWords : awsWords);
        assertThat(SimplePrimaryKey.count(client, table)).as("items written").isZero();
        assertThat(client.listTables().tableNames()).doesNotContain("ab");
    }

    @Test
    @DisplayName("tryPut of a valid item writes it and returns no refusal")
    void validItemIsWritten(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);
        Map<String, AttributeValue> item =
                Map.of("userId", AttributeValue.fromS("u-1"), "name", AttributeValue.fromS("Ada"));

        assertThat(InvalidInputs.tryPut(client, table, item)).isEmpty();
        assertThat(client.getItem(b -> b.tableName(table)
                                .key(Map.of("userId", AttributeValue.fromS("u-1")))
                                .consistentRead(true))
                        .item())
                .isEqualTo(item);
    }
}
