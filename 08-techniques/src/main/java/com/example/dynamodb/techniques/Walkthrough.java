package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/** The whole lesson in order: {@code mvn -q -pl 08-techniques compile exec:java}. */
public final class Walkthrough {

    private Walkthrough() {}

    public static void main(String[] args) {
        Walkthroughs.run(Walkthrough::run);
    }

    public static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("08 Advanced techniques (backend: " + ddb.kind().id() + ")");
        AdjacencyList.demo(ddb, tables);
        OverloadedIndex.demo(ddb, tables);
        MaterializedAggregates.demo(ddb, tables);
        ProductsApiDemo.demo(ddb, tables);
        DaxDropIn.demo(ddb, tables);
        WriteSharding.demo(ddb, tables);
        ItemSizeTechniques.demo(ddb, tables);
        ProfiledWorkload.demo(ddb, tables);
    }
}
