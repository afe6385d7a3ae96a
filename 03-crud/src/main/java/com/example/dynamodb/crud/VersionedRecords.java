package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * What the VersionedRecordExtension does beyond section 4: where version numbers start, and what it
 * does not do. A new record is written only if no Version exists and gets {@code startAt +
 * incrementBy} (0 + 1); every later put and update is conditional on the version read. A delete
 * is not, so a stale delete removes a newer item unless the delete carries the condition itself.
 */
public final class VersionedRecords {

    private VersionedRecords() {}

    // tag::delete[]
    /** Deletes the user only if nobody wrote it since {@code read} was read; else ConditionalCheckFailedException. */
    public static void deleteIfUnchanged(DynamoDbTable<VersionedUser> users, VersionedUser read) {
        users.deleteItem(DeleteItemEnhancedRequest.builder()
                .key(k -> k.partitionValue(read.getUserId()))
                .conditionExpression(Expression.builder()
                        .expression("#version = :read") // the extension adds no condition to a delete
                        .expressionNames(Map.of("#version", "Version"))
                        .expressionValues(Map.of(":read", AttributeValue.fromN(Long.toString(read.getVersion()))))
                        .build())
                .build());
    }
    // end::delete[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Versioned records: the start value, and deletes");
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<VersionedUser> users =
                ddb.enhancedClient().table(table, TableSchema.fromBean(VersionedUser.class));
        VersionedUser ada = new VersionedUser();
        ada.setUserId("ada");
        ada.setEmail("ada@example.com");
        Narrator.show(
                "a new user: the first save stores Version",
                users.updateItem(ada).getVersion());
        Key key = Key.builder().partitionValue("ada").build();
        VersionedUser stale = users.getItem(r -> r.key(key).consistentRead(true));
        VersionedUser fresh = users.getItem(r -> r.key(key).consistentRead(true));
        fresh.setEmail("ada@new.example");
        Narrator.show("another writer saves, Version", users.updateItem(fresh).getVersion());
        try {
            deleteIfUnchanged(users, stale);
        } catch (ConditionalCheckFailedException e) {
            Narrator.show("delete with the stale Version in a condition", "refused, the item stays");
        }
        users.deleteItem(stale);
        Narrator.show(
                "plain deleteItem(stale) succeeds: the item is",
                users.getItem(r -> r.key(key).consistentRead(true)) == null ? "gone" : "still there");
    }

    public static void main(String[] args) {
        Walkthroughs.run(VersionedRecords::demo);
    }
}
