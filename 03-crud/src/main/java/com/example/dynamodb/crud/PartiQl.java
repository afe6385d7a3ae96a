package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;

/**
 * PartiQL, DynamoDB's SQL-compatible language, for the same single-item operations:
 * {@code ExecuteStatement} with {@code ?} parameters, {@code BatchExecuteStatement} (each
 * statement succeeds or fails on its own) and {@code ExecuteTransaction} (all or nothing).
 */
public final class PartiQl {

    private PartiQl() {}

    // tag::statement[]
    /** INSERT fails if the key exists (unlike PutItem); values are parameters, never concatenated. */
    public static void insert(DynamoDbClient client, String table, String userId, String email) {
        client.executeStatement(b -> b.statement("INSERT INTO \"" + table + "\" VALUE {'UserID': ?, 'Email': ?}")
                .parameters(AttributeValue.fromS(userId), AttributeValue.fromS(email)));
    }

    /**
     * An equality on the partition key in WHERE makes this a keyed read (here, with UserID the whole
     * key, of one item); a WHERE with no {@code =} or {@code IN} on the partition key is a Scan.
     */
    public static List<Map<String, AttributeValue>> select(DynamoDbClient client, String table, String userId) {
        return client.executeStatement(b -> b.statement("SELECT * FROM \"" + table + "\" WHERE UserID = ?")
                        .parameters(AttributeValue.fromS(userId))
                        .consistentRead(true))
                .items();
    }
    // end::statement[]

    // tag::batch[]
    /** Inserts each user in one call; returns one error code per statement, "OK" for successes. */
    public static List<String> insertAll(DynamoDbClient client, String table, List<String> userIds) {
        List<BatchStatementRequest> statements = userIds.stream()
                .map(id -> BatchStatementRequest.builder()
                        .statement("INSERT INTO \"" + table + "\" VALUE {'UserID': ?}")
                        .parameters(AttributeValue.fromS(id))
                        .build())
                .toList();
        List<BatchStatementResponse> responses =
                client.batchExecuteStatement(b -> b.statements(statements)).responses();
        // The call itself succeeds: failures are reported per statement, in request order.
        return responses.stream()
                .map(r -> r.error() == null ? "OK" : r.error().codeAsString())
                .toList();
    }
    // end::batch[]

    // tag::transaction[]
    /** Two updates that happen together or not at all. */
    public static void loginBoth(DynamoDbClient client, String table, String a, String b, long at) {
        String update = "UPDATE \"" + table + "\" SET LastLogin = ? WHERE UserID = ?";
        client.executeTransaction(r -> r.transactStatements(
                ParameterizedStatement.builder()
                        .statement(update)
                        .parameters(AttributeValue.fromN(String.valueOf(at)), AttributeValue.fromS(a))
                        .build(),
                ParameterizedStatement.builder()
                        .statement(update)
                        .parameters(AttributeValue.fromN(String.valueOf(at)), AttributeValue.fromS(b))
                        .build()));
    }
    // end::transaction[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("PartiQL: the same operations in SQL-like statements");
        DynamoDbClient client = ddb.client();
        String table = UsersTable.create(tables, "Users");
        Narrator.step("INSERT with parameters, then SELECT by key");
        insert(client, table, "ada", "ada@example.com");
        Narrator.items(select(client, table, "ada"));
        Narrator.step("BatchExecuteStatement inserting ada (exists already), bob and cy");
        Narrator.show("per statement", insertAll(client, table, List.of("ada", "bob", "cy")));
        Narrator.step("ExecuteTransaction: set LastLogin on ada and bob together");
        loginBoth(client, table, "ada", "bob", 1678972800L);
        Narrator.items(select(client, table, "bob"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(PartiQl::demo);
    }
}
