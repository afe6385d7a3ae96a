package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/**
 * Section IX of the agenda, Advanced Error Handling and Debugging, in lesson order: the exceptions,
 * handling them, retries, timeouts, idempotency, throttling, inconsistencies, tracing, async.
 */
public final class Walkthrough {

    private Walkthrough() {}

    static void run(DynamoDbBackend ddb, Tables tables) {
        if (!ddb.kind().sdkBuilt()) {
            Walkthroughs.onSdkPipeline(
                    ddb, tables, "retry strategies, interceptors and async clients", Walkthrough::run);
            return;
        }
        Narrator.section(
                "09 Errors, retries and debugging (backend: " + ddb.kind().id() + ")");
        ConditionalFailures.demo(ddb, tables);
        TableErrors.demo(ddb, tables);
        ValidationErrors.demo(ddb, tables);
        ErrorHandling.demo(ddb, tables);
        RetryStrategies.demo(ddb, tables);
        RetryPlan.demo(ddb, tables);
        Timeouts.demo(ddb, tables);
        IdempotentWrites.demo(ddb, tables);
        DebuggingThrottling.demo(ddb, tables);
        ConsistencyModel.demo(ddb, tables);
        LostUpdate.demo(ddb, tables);
        RequestIds.demo(ddb, tables);
        OpenTelemetryTracing.demo(ddb, tables);
        XRayTracing.demo(ddb, tables);
        AsyncErrors.demo(ddb, tables);
    }

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }
}
