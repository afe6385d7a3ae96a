package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;

/**
 * Counters the Enhanced Client keeps on the server: {@code @DynamoDbAtomicCounter} turns each update
 * into {@code SET c = if_not_exists(c, start - delta) + delta}, so concurrent updates all count and
 * the value in the bean is never sent. The AtomicCounterExtension is on by default.
 */
public final class AtomicCounters {

    private AtomicCounters() {}

    // tag::count[]
    /** Records one API call: Calls + 1 and Remaining - 1, added by the server; returns the new counts. */
    public static ApiQuota recordCall(DynamoDbTable<ApiQuota> quotas, String userId) {
        ApiQuota key = new ApiQuota();
        key.setUserId(userId);
        // Only the key is set; SCALAR_ONLY leaves other null attributes alone instead of removing them.
        return quotas.updateItem(r -> r.item(key).ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY));
    }
    // end::count[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Atomic counters: @DynamoDbAtomicCounter");
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<ApiQuota> quotas = ddb.enhancedClient().table(table, TableSchema.fromBean(ApiQuota.class));
        for (int call = 1; call <= 3; call++) {
            ApiQuota after = recordCall(quotas, "ada");
            Narrator.show("call " + call + ": Calls / Remaining", after.getCalls() + " / " + after.getRemaining());
        }
        Narrator.say("The first update stores the start values (1 and 99), not start + delta.");
        ApiQuota replaced = new ApiQuota();
        replaced.setUserId("ada");
        quotas.putItem(replaced);
        ApiQuota afterPut = quotas.getItem(replaced);
        Narrator.show(
                "after a putItem of the same key: Calls / Remaining",
                afterPut.getCalls() + " / " + afterPut.getRemaining() + " (reset to the start values)");
    }

    public static void main(String[] args) {
        Walkthroughs.run(AtomicCounters::demo);
    }
}
