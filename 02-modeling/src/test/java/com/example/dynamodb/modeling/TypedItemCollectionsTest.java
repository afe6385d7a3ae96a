package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.modeling.TypedItemCollections.TypedItems;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** One Query, typed records per entityType; mixed types written in one transaction (SDK 2.59.1). */
@DynamoDbTest
class TypedItemCollectionsTest {

    private static String shop(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Shop");
        tables.createAndWait(ShopTable.tableDefinition(table));
        ShopTable.load(client, table);
        return table;
    }

    private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, String pk, String sk) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("one Query returns c1's address, orders and profile as typed records, in sort-key order")
    void oneQueryManyTypes(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        String table = shop(client, tables);
        enhanced.table(table, TableSchema.fromImmutableClass(ShopAddress.class))
                .putItem(ShopAddress.of("c1", "home", "Lisbon"));
        RecordingClient recording = RecordingClient.of(client);

        TypedItems c1 = TypedItemCollections.customerCollection(recording.client(), table, "c1");

        assertThat(recording.requests(QueryRequest.class)).hasSize(1);
        assertThat(c1.items())
                .extracting(entity -> entity.getClass().getSimpleName())
                .containsExactly(
                        "ShopAddress", "ShopOrderSummary", "ShopOrderSummary", "ShopOrderSummary", "ShopCustomer");
        assertThat(c1.ofType(ShopCustomer.class))
                .containsExactly(ShopCustomer.of("c1", "Ana Silva", "ana@example.com"));
        assertThat(c1.ofType(ShopAddress.class)).containsExactly(ShopAddress.of("c1", "home", "Lisbon"));
        assertThat(c1.ofType(ShopOrderSummary.class))
                .containsExactlyElementsOf(ShopData.ORDERS.stream()
                        .filter(o -> o.customerId().equals("c1"))
                        .sorted(Comparator.comparing(ShopData.ShopOrder::date))
                        .map(o -> ShopOrderSummary.of(o.id(), o.customerId(), o.date()))
                        .toList());
        assertThat(c1.skipped()).isEmpty();
    }

    @Test
    @DisplayName("an item of an unknown type, or of no type, is skipped and reported; the others are still typed")
    void unknownTypesAreSkippedAndReported(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);
        client.putItem(b -> b.tableName(table).item(TypedItemCollections.newerWritersItem("c1")));
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "PK", AttributeValue.fromS("CUSTOMER#c1"),
                        "SK", AttributeValue.fromS("NOTE#1"),
                        "GSI1PK", AttributeValue.fromS("CUSTOMER#c1"),
                        "GSI1SK", AttributeValue.fromS("NOTE#1"))));

        TypedItems c1 = TypedItemCollections.customerCollection(client, table, "c1");

        assertThat(c1.skipped())
                .containsExactly(
                        "CUSTOMER#c1 NOTE#1: no schema for entityType (none)",
                        "CUSTOMER#c1 WISHLIST#w1: no schema for entityType Wishlist");
        assertThat(c1.ofType(ShopOrderSummary.class)).hasSize(3);
        assertThat(c1.ofType(ShopCustomer.class)).hasSize(1);
    }

    @Test
    @Tag("transactions") // the Enhanced Client's transactWriteItems
    @DisplayName("a sign-up writes a Customer and an Address item in one transaction, attribute by attribute")
    void mixedTypesInOneTransaction(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        String table = shop(client, tables);

        TypedItemCollections.signUp(
                enhanced,
                table,
                ShopCustomer.of("c3", "Cy Lopes", "cy@example.com"),
                ShopAddress.of("c3", "home", "Faro"));

        AttributeValue pk = AttributeValue.fromS("CUSTOMER#c3");
        assertThat(raw(client, table, "CUSTOMER#c3", "PROFILE"))
                .isEqualTo(Map.of(
                        "PK", pk,
                        "SK", AttributeValue.fromS("PROFILE"),
                        "GSI1PK", pk,
                        "GSI1SK", AttributeValue.fromS("PROFILE"),
                        "entityType", AttributeValue.fromS("Customer"),
                        "customerId", AttributeValue.fromS("c3"),
                        "name", AttributeValue.fromS("Cy Lopes"),
                        "email", AttributeValue.fromS("cy@example.com")));
        assertThat(raw(client, table, "CUSTOMER#c3", "ADDRESS#home"))
                .isEqualTo(Map.of(
                        "PK", pk,
                        "SK", AttributeValue.fromS("ADDRESS#home"),
                        "GSI1PK", pk,
                        "GSI1SK", AttributeValue.fromS("ADDRESS#home"),
                        "entityType", AttributeValue.fromS("Address"),
                        "customerId", AttributeValue.fromS("c3"),
                        "label", AttributeValue.fromS("home"),
                        "city", AttributeValue.fromS("Faro")));
    }

    @Test
    @Tag("transactions") // the Enhanced Client's transactWriteItems and its cancellation
    @DisplayName("signing up an existing customer is cancelled by the condition, and the address is not written either")
    void allOrNothing(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        String table = shop(client, tables);

        assertThatThrownBy(() -> TypedItemCollections.signUp(
                        enhanced,
                        table,
                        ShopCustomer.of("c1", "Ana Again", "ana@example.com"),
                        ShopAddress.of("c1", "work", "Porto")))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.cancellationReasons())
                                .extracting(CancellationReason::code)
                                .containsExactly("ConditionalCheckFailed", "None"));
        assertThat(raw(client, table, "CUSTOMER#c1", "ADDRESS#work")).isEmpty();
        assertThat(raw(client, table, "CUSTOMER#c1", "PROFILE").get("name").s()).isEqualTo("Ana Silva");
    }

    @Test
    @DisplayName(
            "a schema maps whatever it is given: an Order item read as a Customer is a half-empty customer, no error")
    void whyTheDiscriminator(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);
        Map<String, AttributeValue> orderItem = raw(client, table, "ORDER#o1", "SUMMARY");

        ShopCustomer wrong = TableSchema.fromImmutableClass(ShopCustomer.class).mapToItem(orderItem);

        assertThat(wrong.header().entityType()).isEqualTo("Order");
        assertThat(wrong.customerId()).isEqualTo("c1");
        assertThat(wrong.name()).isNull();
        assertThat(wrong.email()).isNull();
    }

    @Test
    @DisplayName("ShopOrderSummary maps the order items ShopTable writes: same attributes, nothing lost")
    void orderRecordMatchesTheLowLevelItem(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);
        Map<String, AttributeValue> orderItem = raw(client, table, "ORDER#o1", "SUMMARY");
        TableSchema<ShopOrderSummary> schema = TableSchema.fromImmutableClass(ShopOrderSummary.class);

        assertThat(schema.itemToMap(schema.mapToItem(orderItem), true)).isEqualTo(orderItem);
        assertThat(List.of(schema.mapToItem(orderItem))).containsExactly(ShopOrderSummary.of("o1", "c1", "2026-10-28"));
    }
}
