package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/**
 * Module 02, data modeling: keys, secondary indexes, single-table design and denormalization,
 * narrated in lesson order. Runs offline against the embedded DynamoDB Local by default.
 */
public final class Walkthrough {

    private Walkthrough() {}

    static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("02 Data modeling: design for your access patterns");
        Narrator.say("Backend: " + ddb.kind().id() + ". Every table below is deleted at the end.");
        PartitionKeyCardinality.demo(ddb, tables);
        SortKeyRangeQueries.demo(ddb, tables);
        HierarchicalSortKeys.demo(ddb, tables);
        GsiOrdersByCustomer.demo(ddb, tables);
        GsiProjections.demo(ddb, tables);
        SparseIndex.demo(ddb, tables);
        AddGsiToExistingTable.demo(ddb, tables);
        LsiPostsByCategory.demo(ddb, tables);
        SingleTableShop.demo(ddb, tables);
        MultiTableShop.demo(ddb, tables);
        Denormalization.demo(ddb, tables);
        RejectedKeys.demo(ddb, tables);
        TypedItemCollections.demo(ddb, tables);
    }

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }
}
