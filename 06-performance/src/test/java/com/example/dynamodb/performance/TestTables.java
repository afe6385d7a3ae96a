package com.example.dynamodb.performance;

import com.example.dynamodb.support.Tables;

/** The lesson's table for tests in other packages (the exercise tests): on demand, keyed by {@code pk}. */
public final class TestTables {

    private TestTables() {}

    /** Reserves {@code logicalName} and creates an on-demand table keyed by {@code pk} (string). */
    public static String keyedByPk(Tables tables, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(TableSetup.keyed(false).toBuilder().tableName(name).build());
        return name;
    }
}
