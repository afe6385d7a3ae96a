package com.example.dynamodb.advanced;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The whole lesson in order: {@code mvn -q -pl 05-advanced-features compile exec:java}. */
public final class Walkthrough {

    private Walkthrough() {}

    public static void main(String[] args) {
        Walkthroughs.run(Walkthrough::run);
    }

    public static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("05 Advanced features (backend: " + ddb.kind().id() + ")");
        StreamViewTypes.demo(ddb, tables);
        StreamPoller.demo(ddb, tables);
        LocalEventSourceMapping.demo(ddb, tables);
        TimeToLive.demo(ddb, tables);
        ActiveSessions.demo(ddb, tables);
        TtlDeletesDemo.demo(ddb, tables);
        GlobalTables.demo(ddb, tables);
        TwoRegionReplication.demo(ddb, tables);
        OnDemandBackups.demo(ddb, tables);
        PointInTimeRecovery.demo(ddb, tables);
        try {
            LogicalBackup.demo(ddb, tables);
        } catch (IOException e) {
            throw new UncheckedIOException("The logical backup demo could not use its temporary folder", e);
        }
        ChangeDataCapture.demo(ddb, tables);
    }
}
