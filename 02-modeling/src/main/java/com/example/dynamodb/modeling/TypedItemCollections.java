package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One Query, several Java types: the customer's GSI1 collection of the single-table shop holds the
 * customer's profile, orders and addresses. The Enhanced Client maps one class per table, so the
 * query is sent once with the low-level client and each raw item is handed to the
 * {@code TableSchema} its {@code entityType} names. An item of a type this code does not know (a
 * newer writer's) is skipped and reported, never guessed at. Writes of mixed types go in one
 * transaction, each item through its own typed table.
 */
public final class TypedItemCollections {

    private TypedItemCollections() {}

    // tag::typed[]
    /** One schema per entityType value, built once. */
    static final Map<String, TableSchema<? extends ShopEntity>> SCHEMAS = Map.of(
            "Customer", TableSchema.fromImmutableClass(ShopCustomer.class),
            "Order", TableSchema.fromImmutableClass(ShopOrderSummary.class),
            "Address", TableSchema.fromImmutableClass(ShopAddress.class));

    /** The typed items of a collection in sort-key order, and the items no schema here can read. */
    public record TypedItems(List<ShopEntity> items, List<String> skipped) {
        public <T extends ShopEntity> List<T> ofType(Class<T> type) {
            return items.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** A customer, their orders and their addresses: one Query on GSI1, every page, every type. */
    public static TypedItems customerCollection(DynamoDbClient client, String table, String customerId) {
        List<ShopEntity> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Iterable<QueryResponse> pages = client.queryPaginator(b -> b.tableName(table)
                .indexName(ShopKeys.GSI1)
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ShopKeys.customerPk(customerId)))));
        for (QueryResponse page : pages) {
            for (Map<String, AttributeValue> item : page.items()) {
                AttributeValue type = item.get("entityType");
                TableSchema<? extends ShopEntity> schema = type == null ? null : SCHEMAS.get(type.s());
                if (schema == null) { // a type from a newer writer, or no type at all: report it, do not guess
                    skipped.add(item.get("PK").s() + " " + item.get("SK").s() + ": no schema for entityType "
                            + (type == null ? "(none)" : type.s()));
                } else {
                    items.add(schema.mapToItem(item));
                }
            }
        }
        return new TypedItems(items, skipped);
    }

    /** A new customer and their first address, two types in one transaction: both items, or neither. */
    public static void signUp(
            DynamoDbEnhancedClient enhanced, String table, ShopCustomer customer, ShopAddress address) {
        var customers = enhanced.table(table, TableSchema.fromImmutableClass(ShopCustomer.class));
        var addresses = enhanced.table(table, TableSchema.fromImmutableClass(ShopAddress.class));
        enhanced.transactWriteItems(b -> b.addPutItem(
                        customers,
                        TransactPutItemEnhancedRequest.builder(ShopCustomer.class)
                                .item(customer)
                                .conditionExpression(Expression.builder()
                                        .expression("attribute_not_exists(PK)") // a new customer only
                                        .build())
                                .build())
                .addPutItem(addresses, address));
    }
    // end::typed[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("8. Typed item collections: one Query, several Java types");
        DynamoDbClient client = ddb.client();
        DynamoDbEnhancedClient enhanced = ddb.enhancedClient();
        String table = tables.reserve("Shop");
        tables.createAndWait(ShopTable.tableDefinition(table));
        ShopTable.load(client, table);
        enhanced.table(table, TableSchema.fromImmutableClass(ShopAddress.class))
                .putItem(ShopAddress.of("c1", "home", "Lisbon"));
        client.putItem(b -> b.tableName(table).item(newerWritersItem("c1")));
        Narrator.step("Customer c1's GSI1 collection, each item as the record its entityType names:");
        TypedItems c1 = customerCollection(client, table, "c1");
        for (ShopEntity e : c1.items()) {
            Narrator.say(String.format("%-17s %s", e.getClass().getSimpleName(), describe(e)));
        }
        c1.skipped().forEach(reason -> Narrator.show("skipped", reason));

        Narrator.step("Sign up c3: a customer and an address in one transaction; then c1 again");
        signUp(enhanced, table, ShopCustomer.of("c3", "Cy", "cy@x.org"), ShopAddress.of("c3", "home", "Faro"));
        int typed = customerCollection(client, table, "c3").items().size();
        Narrator.show("c3's collection, typed items", typed);
        try {
            signUp(enhanced, table, ShopCustomer.of("c1", "Ana", "a@x.org"), ShopAddress.of("c1", "work", "Porto"));
        } catch (TransactionCanceledException e) {
            Narrator.show(
                    "c1 again, cancelled, nothing written",
                    e.cancellationReasons().get(0).code());
        }
    }

    /** What a caller does with a typed collection: act on each type it knows. */
    private static String describe(ShopEntity entity) {
        if (entity instanceof ShopCustomer c) {
            return c.customerId() + ", " + c.name();
        } else if (entity instanceof ShopOrderSummary o) {
            return o.orderId() + " of " + o.orderDate();
        } else if (entity instanceof ShopAddress a) {
            return a.label() + " in " + a.city();
        }
        return entity.toString();
    }

    /** A wish list, an entity this version of the code has no schema for. */
    static Map<String, AttributeValue> newerWritersItem(String customerId) {
        AttributeValue pk = AttributeValue.fromS(ShopKeys.customerPk(customerId));
        AttributeValue sk = AttributeValue.fromS("WISHLIST#w1");
        return Map.of("PK", pk, "SK", sk, "GSI1PK", pk, "GSI1SK", sk, "entityType", AttributeValue.fromS("Wishlist"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(TypedItemCollections::demo);
    }
}
