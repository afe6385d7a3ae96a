package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where the request id is: every response carries it in its metadata, every service exception in
 * {@code requestId()}, and {@link RequestIdLog} logs it for every attempt, retries included. Log
 * it with the business key you were working on, and an "inconsistent data" report can be traced to
 * the exact writes that made it.
 */
public final class RequestIds {

    private RequestIds() {}

    // tag::ids[]
    /** Writes an item and returns DynamoDB's id for the request that did it. */
    public static String putAndReturnRequestId(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        return client.putItem(b -> b.tableName(table).item(item))
                .responseMetadata()
                .requestId();
    }

    /** The request id of a failure, or "(none)" when no response arrived (a timeout, a refused connection). */
    public static String requestIdOf(Throwable failure) {
        return failure instanceof AwsServiceException e && e.requestId() != null ? e.requestId() : "(none)";
    }
    // end::ids[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Debugging: log the request id of every attempt");
        String table = AccountsTable.create(tables, "Accounts");
        List<String> lines = new ArrayList<>();
        try (DynamoDbClient client = ddb.newClient(
                b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(new RequestIdLog(lines::add))))) {
            String id = putAndReturnRequestId(client, table, Map.of(AccountsTable.PK, AttributeValue.fromS("alice")));
            Narrator.show("PutItem's request id", id);
            try {
                client.deleteTable(b -> b.tableName(tables.reserve("Missing")));
            } catch (AwsServiceException e) {
                Narrator.show("the failed DeleteTable's request id", requestIdOf(e));
            }
        }
        lines.forEach(line -> Narrator.say("log: " + line));
    }

    public static void main(String[] args) {
        Walkthroughs.run(RequestIds::demo);
    }
}
