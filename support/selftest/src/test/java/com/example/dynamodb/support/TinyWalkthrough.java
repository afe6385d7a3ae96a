package com.example.dynamodb.support;

/**
 * A walkthrough as small as a lesson's, for {@link BadConfigurationTest}: its {@code main} is
 * wired exactly as every lesson's is. With the argument {@code missing-table} it asks for a table
 * that does not exist, so that DynamoDB itself ends the lesson.
 */
public final class TinyWalkthrough {

    private TinyWalkthrough() {}

    static void run(DynamoDbBackend ddb, Tables tables, boolean missingTable) {
        Narrator.section("Tiny walkthrough, on the '" + ddb.kind().id() + "' backend");
        Narrator.say("tables: " + ddb.client().listTables().tableNames().size());
        if (missingTable) {
            ddb.client().describeTable(b -> b.tableName("NoSuchTable-" + System.nanoTime()));
        }
        Narrator.say("done");
    }

    public static void main(String[] args) {
        boolean missingTable = args.length > 0 && args[0].equals("missing-table");
        Walkthroughs.run((ddb, tables) -> run(ddb, tables, missingTable));
    }
}
