package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DynamoDbTest(sdkClient = true)
class WalkthroughTest {

    @Test
    @DisplayName("the walkthrough narrates every topic and the results the README quotes")
    void narratesTheLesson(DynamoDbBackend backend, Tables tables) {
        String out = Narrator.capture(() -> Walkthrough.run(backend, tables));

        assertThat(out)
                // sdkClient = true: local-server by default, or whichever SDK-built backend was chosen.
                .contains("== 09 Errors, retries and debugging (backend: "
                        + backend.kind().id() + ")")
                .contains("the item inside the exception: {accountId: \"alice\", balance: 30, owner: \"alice\"}")
                .contains("cancellation reasons: [ConditionalCheckFailed, None]")
                .contains("second call created it: false")
                .contains("| CONSISTENT_READ_ON_GSI           | DynamoDbException | ValidationException |")
                .contains("deposit 5 to a closed account: ACCOUNT_CLOSED")
                .contains("| DynamoDB client default (standard)   | 4           |")
                .contains("| DynamoDB client, retry_mode = legacy | 9           |")
                .contains("calls that still got their 2 retries: 17")
                .contains("retries of the calls after them: [1, 0]")
                .contains("adaptive: the next first attempt may go at once: false")
                .contains("standard: the next first attempt may go at once: true")
                .contains("naive ADD of 10, sent twice: balance: 20")
                .contains("conditional deposit, 2nd: ALREADY_APPLIED")
                .contains("| acct-hot      |")
                .contains("eventually consistent reads from replicas 0, 1, 2: v2, v2, v1")
                .contains("balance (130 expected): 120")
                .contains("log: PutItem attempt 1 status 200 requestId ")
                .contains("PutItem on Accounts: retries 0, error false, request id present true")
                .contains("DynamoDb.GetItem: tables [Accounts-typo], error true, aws.request_id present false")
                .contains("join() on a missing table throws: CompletionException caused by ResourceNotFoundException");
    }
}
