package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactDeleteItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A transaction with the Enhanced Client, and the action the transfer in {@link Transactions}
 * does not use: a delete. Closing an account deletes the user only if no credits are left, and
 * only while the bank item is OPEN; either condition false, and nothing is deleted.
 */
public final class EnhancedTransactions {

    private EnhancedTransactions() {}

    // tag::close[]
    public static void closeAccount(DynamoDbEnhancedClient enhanced, DynamoDbTable<User> users, String userId) {
        Expression noCreditsLeft = Expression.builder()
                .expression("attribute_not_exists(Credits) OR Credits = :zero")
                .expressionValues(Map.of(":zero", AttributeValue.fromN("0")))
                .build();
        Expression bankOpen = Expression.builder()
                .expression("#state = :open") // STATE is a reserved word
                .expressionNames(Map.of("#state", "State"))
                .expressionValues(Map.of(":open", AttributeValue.fromS("OPEN")))
                .build();
        enhanced.transactWriteItems(r -> r.addDeleteItem(
                        users,
                        TransactDeleteItemEnhancedRequest.builder()
                                .key(k -> k.partitionValue(userId))
                                .conditionExpression(noCreditsLeft)
                                .build())
                // A condition check on another item of the same table: read, compared, never written.
                .addConditionCheck(
                        users,
                        ConditionCheck.builder()
                                .key(k -> k.partitionValue("bank"))
                                .conditionExpression(bankOpen)
                                .build()));
    }
    // end::close[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("A transaction with the Enhanced Client: delete + condition check");
        String table = UsersTable.create(tables, "Users");
        Transactions.seed(ddb.client(), table); // ada has 100 credits, bob 0, the bank is OPEN
        DynamoDbTable<User> users = PutItems.usersTable(ddb, table);
        Narrator.step("close bob's account: no credits left, bank OPEN");
        closeAccount(ddb.enhancedClient(), users, "bob");
        Narrator.show("bob (0 credits) closed; reading him back gives", GetItems.getUser(users, "bob", true));
        Narrator.step("close ada's account: she still has credits");
        try {
            closeAccount(ddb.enhancedClient(), users, "ada");
        } catch (TransactionCanceledException e) {
            Transactions.explain(e).forEach(Narrator::say);
        }
        Narrator.show(
                "ada (100 credits) refused; reading her back gives",
                GetItems.getUser(users, "ada", true).getUserId());
    }

    public static void main(String[] args) {
        Walkthroughs.run(EnhancedTransactions::demo);
    }
}
