package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;

/**
 * The Enhanced Client's batch APIs. {@code batchWriteItem} does not retry: it returns the beans
 * it could not write ({@code unprocessedPutItemsForTable}), and the same loop as the low-level
 * one re-sends them. {@code batchGetItem} returns pages, and fetching the next page asks again
 * for the previous page's unprocessed keys (right away, without backoff).
 */
public final class EnhancedBatch {

    private EnhancedBatch() {}

    // tag::write[]
    /** How many BatchWriteItem calls the work took, and how many re-sent unprocessed beans. */
    public record Written(int calls, int retries) {}

    public static Written putAll(
            DynamoDbEnhancedClient enhanced, DynamoDbTable<User> table, List<User> users, Backoff backoff) {
        int calls = 0;
        int retries = 0;
        for (int from = 0; from < users.size(); from += 25) { // at most 25 writes per call
            List<User> pending = users.subList(from, Math.min(from + 25, users.size()));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > backoff.maxAttempts()) {
                    throw new IllegalStateException(pending.size() + " users still unprocessed");
                }
                if (attempt > 1) {
                    backoff.pause(attempt - 1);
                    retries++;
                }
                WriteBatch.Builder<User> batch = WriteBatch.builder(User.class).mappedTableResource(table);
                pending.forEach(batch::addPutItem);
                BatchWriteResult result = enhanced.batchWriteItem(b -> b.addWriteBatch(batch.build()));
                calls++;
                pending = result.unprocessedPutItemsForTable(table); // beans, mapped back for you
            }
        }
        return new Written(calls, retries);
    }
    // end::write[]

    // tag::read[]
    /** The users found (a missing key is simply absent) and how many result pages it took. */
    public record Read(List<User> users, int pages) {}

    public static Read getAll(DynamoDbEnhancedClient enhanced, DynamoDbTable<User> table, List<String> userIds) {
        List<User> found = new ArrayList<>();
        int pages = 0;
        for (int from = 0; from < userIds.size(); from += 100) { // at most 100 keys per call
            ReadBatch.Builder<User> batch = ReadBatch.builder(User.class).mappedTableResource(table);
            userIds.subList(from, Math.min(from + 100, userIds.size()))
                    .forEach(id ->
                            batch.addGetItem(Key.builder().partitionValue(id).build()));
            for (BatchGetResultPage page : enhanced.batchGetItem(b -> b.addReadBatch(batch.build()))) {
                found.addAll(page.resultsForTable(table));
                pages++;
            }
        }
        return new Read(found, pages);
    }
    // end::read[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Batches with the Enhanced Client");
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = PutItems.usersTable(ddb, table);
        List<User> beans = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            beans.add(new User("user-" + i, "user" + i + "@example.com", 1678886400L + i));
            ids.add("user-" + i);
        }
        Written written = putAll(ddb.enhancedClient(), users, beans, Backoff.standard());
        Narrator.show("30 beans written in calls", written.calls());
        Read read = getAll(ddb.enhancedClient(), users, ids);
        Narrator.show("beans read back", read.users().size() + " in " + read.pages() + " page(s)");
    }

    public static void main(String[] args) {
        Walkthroughs.run(EnhancedBatch::demo);
    }
}
