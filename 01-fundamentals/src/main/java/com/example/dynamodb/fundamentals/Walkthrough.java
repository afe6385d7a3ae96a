package com.example.dynamodb.fundamentals;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/**
 * The whole lesson in order: {@code mvn -q -pl 01-fundamentals compile exec:java}. Runs against
 * the embedded DynamoDB Local unless {@code -Dddb.backend} says otherwise, and deletes the tables
 * it created before it exits.
 */
public final class Walkthrough {

    private Walkthrough() {}

    static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("01 Fundamentals, on the '" + ddb.kind().id() + "' backend");
        Narrator.say("Tables hold items; items are maps of typed attributes; the primary key finds them.");
        NoSqlVsRelational.demo(ddb, tables);
        TablesAndItems.demo(ddb, tables);
        SimplePrimaryKey.demo(ddb, tables);
        CompositePrimaryKey.demo(ddb, tables);
        DataTypes.demo(ddb, tables);
        DataTypesEnhanced.demo(ddb, tables);
        InvalidInputs.demo(ddb, tables);
        CustomTypes.demo(ddb, tables);
        NestedObjects.demo(ddb, tables);
        StaticSchemas.demo(ddb, tables);
        Narrator.section("Done: every table this walkthrough created is deleted on exit");
    }

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }
}
