package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@DynamoDbTest
class BadInputTest {

    static Stream<Arguments> mistakes() {
        // The mistake, the part of DynamoDB Local's message that identifies it, DynamoDB's where its
        // words differ (dynalite answers with DynamoDB's), and the hint we add.
        return Stream.of(
                Arguments.of("item over 400 KB", "Item size has exceeded the maximum allowed size", null, "400 KB"),
                Arguments.of("same path twice", "Two document paths overlap", null, "touch each path once"),
                Arguments.of("undefined :value", "attribute value: :email", null, "ExpressionAttributeValues"),
                Arguments.of("reserved word", "reserved keyword: Name", null, "ExpressionAttributeNames"),
                Arguments.of(
                        "26-item batch",
                        "Too many items requested for the BatchWriteItem call",
                        "Member must have length less than or equal to 25",
                        "25"),
                Arguments.of("malformed path", "Invalid ConditionExpression: Syntax error", null, "a.b for maps"));
    }

    @ParameterizedTest(name = "{0}: a 400 error, explained, and nothing written")
    @MethodSource("mistakes")
    void rejectedAndNothingWritten(
            String mistake, String localWords, String awsWords, String hint, DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        Map<String, AttributeValue> ada = Map.of("UserID", s("ada"), "Email", s("a@x.org"));
        client.putItem(b -> b.tableName(table).item(ada));

        DynamoDbException e = catchThrowableOfType(
                DynamoDbException.class,
                () -> BadInput.mistakes(client, table).get(mistake).run());

        String message = awsWords != null && e.getMessage().contains(awsWords) ? awsWords : localWords;
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e).hasMessageContaining(message);
        assertThat(BadInput.explain(e)).contains(message).contains(hint);
        // Nothing half-written: ada unchanged, and no item from the rejected batch exists.
        assertThat(client.scan(b -> b.tableName(table).consistentRead(true)).items())
                .containsExactly(ada);
    }
}
