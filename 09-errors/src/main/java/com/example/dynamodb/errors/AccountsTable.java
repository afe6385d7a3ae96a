package com.example.dynamodb.errors;

import com.example.dynamodb.support.Tables;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The lesson's one table: accounts with a numeric {@code balance}, keyed by {@code accountId}, and a
 * GSI by {@code owner}. Counters, balances and transfers are where a lost update or a double-counted
 * retry costs real money, so every error in this lesson is shown on them.
 */
public final class AccountsTable {

    public static final String PK = "accountId";
    public static final String OWNER_INDEX = "OwnerIndex";

    private AccountsTable() {}

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName(PK)
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("owner")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName(PK)
                        .keyType(KeyType.HASH)
                        .build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(OWNER_INDEX)
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("owner")
                                .keyType(KeyType.HASH)
                                .build())
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .build())
                .build();
    }

    /** Reserves a name, creates the table and waits until it is active; returns the name. */
    public static String create(Tables tables, String logicalName) {
        String name = tables.reserve(logicalName);
        tables.createAndWait(definition(name));
        return name;
    }

    /** Puts an account with a balance (and an owner, for the index). */
    public static void open(DynamoDbClient client, String table, String accountId, String owner, long balance) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        PK,
                        AttributeValue.fromS(accountId),
                        "owner",
                        AttributeValue.fromS(owner),
                        "balance",
                        AttributeValue.fromN(Long.toString(balance)))));
    }

    /** The balance, read strongly consistent; 0 when the account or its balance does not exist. */
    public static long balance(DynamoDbClient client, String table, String accountId) {
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table)
                        .key(Map.of(PK, AttributeValue.fromS(accountId)))
                        .consistentRead(true))
                .item();
        return item == null || !item.containsKey("balance")
                ? 0
                : Long.parseLong(item.get("balance").n());
    }
}
