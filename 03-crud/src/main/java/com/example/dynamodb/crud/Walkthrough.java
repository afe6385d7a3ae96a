package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/**
 * Section III of the agenda, Basic Data Operations, narrated in lesson order: PutItem, GetItem,
 * UpdateItem, conditional writes, optimistic locking, concurrency, DeleteItem, batches,
 * transactions, PartiQL, bad input and the practical task; then what the Enhanced Client's
 * extensions do, partial updates and conditions with the Enhanced Client.
 */
public final class Walkthrough {

    private Walkthrough() {}

    static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("03 CRUD: create, read, update and delete items");
        Narrator.say("Backend: " + ddb.kind().id() + ". Every example writes to its own Users table.");
        PutItems.demo(ddb, tables);
        GetItems.demo(ddb, tables);
        UpdateItems.demo(ddb, tables);
        ConditionalWrites.demo(ddb, tables);
        OptimisticLocking.demo(ddb, tables);
        ConcurrentUpdates.demo(ddb, tables);
        DeleteItems.demo(ddb, tables);
        BatchWrites.demo(ddb, tables);
        BatchGets.demo(ddb, tables);
        EnhancedBatch.demo(ddb, tables);
        Transactions.demo(ddb, tables);
        EnhancedTransactions.demo(ddb, tables);
        PartiQl.demo(ddb, tables);
        BadInput.demo(ddb, tables);
        UserLifecycle.demo(ddb, tables);
        VersionedRecords.demo(ddb, tables);
        AtomicCounters.demo(ddb, tables);
        GeneratedTimestamps.demo(ddb, tables);
        GeneratedIds.demo(ddb, tables);
        TenantIsolation.demo(ddb, tables);
        PartialUpdates.demo(ddb, tables);
        EnhancedConditions.demo(ddb, tables);
    }

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }
}
