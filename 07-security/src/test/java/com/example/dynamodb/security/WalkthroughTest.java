package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** On DynamoDB Local's server, the backend the encryption section needs (and the other tests share). */
@DynamoDbTest(sdkClient = true)
class WalkthroughTest {

    @Test
    @Tag("recent") // the lesson shows deletion protection (2023) refusing a DeleteTable
    @DisplayName("the walkthrough narrates every topic and the results the README quotes")
    void narratesTheLesson(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                .contains("\"Action\" : [ \"dynamodb:GetItem\", \"dynamodb:Query\", \"dynamodb:Scan\" ]")
                .contains("-> Wildcard lint of these four policies: []")
                .contains("\"dynamodb:LeadingKeys\" : \"${cognito-identity.amazonaws.com:sub}\"")
                .contains("tenant-a reads note n2 (tenant-b's): no such note")
                .contains("tenant-a renames n2: false")
                .contains("tenant-a deletes n2: false")
                .contains("tenant-b still reads n2: {title: \"Bob's secret\"}")
                .contains("Refused by the tenant policy: [moderation] not in dynamodb:Attributes")
                .contains("DescribeTable says: AWS owned key")
                .contains("endpoint in eu-west-1: https://dynamodb.eu-west-1.amazonaws.com")
                .contains("Refusing plain http to http://dynamodb.example.com:8000")
                .contains("| \"2024-05-01\" | b64:")
                .contains(
                        "| \"2024-05-01\" | \"4111 1111 1111 1111\" | \"GB\"    | \"c-1\"      | \"ada@example.com\" |")
                .contains("the encrypting client refuses the item: Signature of record does not match")
                .contains("a filter on the encrypted email: Query is using encrypted field : email.")
                .contains("\"aws:SourceVpce\" : \"vpce-0a1b2c3d4e5f60789\"")
                .contains("http://127.0.0.1:8000: StaticCredentialsProvider")
                .contains("DeleteTable on the protected table: ValidationException: Resource cannot be deleted")
                .contains("still listed after the delete: false");
        assertThat(tables.reserved()).isNotEmpty();
    }
}
