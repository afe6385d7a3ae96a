package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A global secondary index answers a question the table's key cannot: the Orders table is keyed
 * by {@code orderId}, and the {@value Order#BY_CUSTOMER} index, keyed by {@code customerId} and
 * {@code orderDate}, lists one customer's orders by date. A GSI has its own provisioned
 * throughput, every table write that touches it also costs index writes, and its reads are
 * eventually consistent only: a consistent read is rejected.
 */
public final class GsiOrdersByCustomer {

    private GsiOrdersByCustomer() {}

    // tag::table[]
    /** Provisioned mode: the table and the index each get their own read and write capacity. */
    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions( // only key attributes (of the table and its indexes) are declared
                        a -> a.attributeName("orderId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("customerId").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("orderDate").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("orderId").keyType(KeyType.HASH))
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(t -> t.readCapacityUnits(10L).writeCapacityUnits(5L))
                .globalSecondaryIndexes(g -> g.indexName(Order.BY_CUSTOMER)
                        .keySchema(
                                k -> k.attributeName("customerId").keyType(KeyType.HASH),
                                k -> k.attributeName("orderDate").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(2L)))
                .build();
    }
    // end::table[]

    /** Writes an order and returns what it cost, table and index separately. */
    public static ConsumedCapacity putOrder(DynamoDbClient client, String table, Order order) {
        return client.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "orderId", AttributeValue.fromS(order.getOrderId()),
                                "customerId", AttributeValue.fromS(order.getCustomerId()),
                                "orderDate", AttributeValue.fromS(order.getOrderDate()),
                                "total", AttributeValue.fromN(String.valueOf(order.getTotal()))))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
    }

    // tag::query[]
    /** Low-level client: a customer's order ids, newest first. */
    public static List<String> orderIdsNewestFirst(DynamoDbClient client, String table, String customerId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(Order.BY_CUSTOMER)
                        .keyConditionExpression("customerId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId)))
                        .scanIndexForward(false))
                .items()
                .stream()
                .map(item -> item.get("orderId").s())
                .toList();
    }

    /** Enhanced Client: the same query through the annotated bean's index. */
    public static List<Order> ordersNewestFirst(DynamoDbEnhancedClient enhanced, String table, String customerId) {
        return enhanced
                .table(table, TableSchema.fromBean(Order.class))
                .index(Order.BY_CUSTOMER)
                .query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(customerId)))
                        .scanIndexForward(false)
                        .build())
                .stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }
    // end::query[]

    /** Asks the index for a strongly consistent read: DynamoDB refuses. */
    public static List<Map<String, AttributeValue>> consistentQuery(
            DynamoDbClient client, String table, String customerId) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(Order.BY_CUSTOMER)
                        .consistentRead(true)
                        .keyConditionExpression("customerId = :c")
                        .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(customerId))))
                .items()
                .stream()
                .toList();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("3. Global secondary index: orders by customer");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Orders");
        tables.createAndWait(tableDefinition(table));
        var index = client.describeTable(b -> b.tableName(table))
                .table()
                .globalSecondaryIndexes()
                .get(0);
        Narrator.show(
                "index " + index.indexName() + " throughput (RCU/WCU)",
                index.provisionedThroughput().readCapacityUnits() + "/"
                        + index.provisionedThroughput().writeCapacityUnits() + ", the table's is 10/5");
        ConsumedCapacity cost = null;
        for (Order o : List.of(
                new Order("o-1", "C1", "2026-11-01", 30),
                new Order("o-2", "C2", "2026-11-02", 12),
                new Order("o-3", "C1", "2026-11-05", 55))) {
            cost = putOrder(client, table, o);
        }
        Narrator.show(
                "one put's cost",
                cost.capacityUnits() + " WCU = table " + cost.table().capacityUnits() + " + index "
                        + cost.globalSecondaryIndexes());
        Narrator.show("C1's orders, newest first (low-level)", orderIdsNewestFirst(client, table, "C1"));
        Narrator.show("C1's orders, newest first (Enhanced)", ordersNewestFirst(ddb.enhancedClient(), table, "C1"));
        Narrator.step("A strongly consistent read on a GSI:");
        try {
            consistentQuery(client, table, "C1");
        } catch (DynamoDbException e) {
            Narrator.say("rejected: " + e.awsErrorDetails().errorMessage());
            Narrator.say("GSIs are updated asynchronously; read the table by key for the latest.");
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(GsiOrdersByCustomer::demo);
    }
}
