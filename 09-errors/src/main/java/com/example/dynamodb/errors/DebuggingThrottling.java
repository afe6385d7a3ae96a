package com.example.dynamodb.errors;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

/**
 * Debugging persistent throttling, made concrete: read the reasons DynamoDB gives in the exception,
 * then run the workload through a {@link HotKeySampler} and read off the partition keys that take
 * the most requests and retries.
 */
public final class DebuggingThrottling {

    private DebuggingThrottling() {}

    // tag::reasons[]
    /**
     * Why DynamoDB throttled, as it says in the exception: reason and resource, e.g.
     * "TableWriteKeyRangeThroughputExceeded on arn:...:table/Accounts" (a hot partition), or
     * "TableReadProvisionedThroughputExceeded" (over the provisioned capacity). Empty if none given.
     */
    public static List<String> throttlingReasons(Throwable failure) {
        List<ThrottlingReason> reasons = List.of();
        if (failure instanceof ProvisionedThroughputExceededException e && e.hasThrottlingReasons()) {
            reasons = e.throttlingReasons();
        } else if (failure instanceof ThrottlingException e && e.hasThrottlingReasons()) {
            reasons = e.throttlingReasons();
        } else if (failure instanceof RequestLimitExceededException e && e.hasThrottlingReasons()) {
            reasons = e.throttlingReasons();
        }
        return reasons.stream().map(r -> r.reason() + " on " + r.resource()).toList();
    }
    // end::reasons[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Debugging throttling: which partition keys are hot?");
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(ddb.client(), table, "acct-hot", "celebrity", 0);
        for (int i = 0; i < 20; i++) {
            AccountsTable.open(ddb.client(), table, "acct-" + i, "user" + i, 0);
        }
        HotKeySampler sampler = new HotKeySampler(AccountsTable.PK, 1, new Random(7));
        try (DynamoDbClient client =
                ddb.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(sampler)))) {
            Random workload = new Random(42);
            for (int i = 0; i < 60; i++) {
                // Half the traffic goes to one account: the "celebrity" key of the workload.
                String account = workload.nextBoolean() ? "acct-hot" : "acct-" + workload.nextInt(20);
                ErrorHandling.deposit(client, table, account, 1);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("partition key", "requests", "attempts", "share"));
        for (HotKeySampler.HotKey key : sampler.hottest(3)) {
            rows.add(List.of(
                    key.key(),
                    String.valueOf(key.requests()),
                    String.valueOf(key.attempts()),
                    String.format("%.0f%%", key.share() * 100)));
        }
        Narrator.table(rows);
        Narrator.say("Checklist: ThrottledRequests and consumed vs provisioned capacity in CloudWatch, hot keys");
        Narrator.say("(Contributor Insights, or a sampler like this), scans and queries that read too much,");
        Narrator.say("the capacity mode, and DAX for hot reads. Lesson 06-performance measures each.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(DebuggingThrottling::demo);
    }
}
