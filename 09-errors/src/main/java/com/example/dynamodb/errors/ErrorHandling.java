package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The agenda's boto3 snippet, in idiomatic Java. boto3 raises one {@code ClientError} and you
 * compare error-code strings; the Java SDK unmarshals each modeled error into its own exception
 * class, so you catch the specific types first and fall back to {@code DynamoDbException}, whose
 * {@code awsErrorDetails()} holds the code, the message and the request id. By the time any of
 * these reaches your catch block, the SDK has already retried what was retryable.
 */
public final class ErrorHandling {

    private ErrorHandling() {}

    // tag::handling[]
    /**
     * Adds {@code amount} to an open account. Not caught, on purpose: an {@code SdkClientException}
     * (no answer at all: a timeout, a refused connection), after which the write may or may not have
     * happened; only an idempotent write can settle that.
     */
    public static DepositOutcome deposit(DynamoDbClient client, String table, String accountId, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A deposit must be positive, got " + amount);
        }
        try {
            client.updateItem(b -> b.tableName(table)
                    .key(Map.of("accountId", AttributeValue.fromS(accountId)))
                    .updateExpression("ADD balance :amount")
                    .conditionExpression("attribute_exists(accountId)")
                    .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(amount)))));
            return DepositOutcome.DEPOSITED;
        } catch (ConditionalCheckFailedException e) {
            // The condition was false: a business answer, not a failure. Never retry it as is.
            return DepositOutcome.ACCOUNT_CLOSED;
        } catch (DynamoDbException e) {
            // ProvisionedThroughputExceededException, ThrottlingException, RequestLimitExceeded: the SDK
            // retried with backoff and was still throttled. One remedy for all three: shed load or queue.
            if (e.isThrottlingException()) {
                return DepositOutcome.THROTTLED;
            }
            // No class exists for ValidationException: the error code says it.
            if ("ValidationException".equals(e.awsErrorDetails().errorCode())) {
                throw new IllegalArgumentException(
                        "DynamoDB refused the deposit: " + e.awsErrorDetails().errorMessage(), e);
            }
            throw e; // keep the request id (e.requestId()) in the log: AWS Support asks for it
        }
    }
    // end::handling[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Handling specific exceptions (the agenda's boto3 snippet, in Java)");
        DynamoDbClient client = ddb.client();
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 10);
        Narrator.show("deposit 5 to alice", deposit(client, table, "alice", 5));
        Narrator.show("deposit 5 to a closed account", deposit(client, table, "carol", 5));
        try {
            deposit(client, table, "", 5);
        } catch (IllegalArgumentException e) {
            Narrator.show("deposit to an empty account id", e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(ErrorHandling::demo);
    }
}
