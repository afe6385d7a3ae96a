package com.example.dynamodb.projects;

import com.example.dynamodb.projects.iot.IotTables;
import com.example.dynamodb.projects.sessions.SessionsTable;
import com.example.dynamodb.support.Tables;

/**
 * The sessions and readings tables as the lessons define them, without their TTL setting. Most
 * tests do not depend on expired items being deleted ({@code SessionTtlTest} and {@code ReadingsTest}
 * prove the TTL settings), and without {@code UpdateTimeToLive} they also run on engines that lack it.
 */
public final class TestTables {

    private TestTables() {}

    public static String sessionsWithoutTtl(Tables tables) {
        String table = tables.reserve("Sessions");
        tables.createAndWait(SessionsTable.definition(table));
        return table;
    }

    public static String readingsWithoutTtl(Tables tables) {
        String table = tables.reserve("Readings");
        tables.createAndWait(IotTables.readings(table));
        return table;
    }
}
