package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.modeling.ShopData.ShopOrder;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One test per access pattern in the README's table; expectations come from {@link ShopData}. */
@DynamoDbTest
class SingleTableShopTest {

    private static String shop(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Shop");
        tables.createAndWait(ShopTable.tableDefinition(table));
        ShopTable.load(client, table);
        return table;
    }

    private static List<String> attr(List<Map<String, AttributeValue>> items, String name) {
        return items.stream().map(i -> i.get(name).s()).toList();
    }

    private static List<String> ordersOf(String customerId, Comparator<ShopOrder> order) {
        return ShopData.ORDERS.stream()
                .filter(o -> o.customerId().equals(customerId))
                .sorted(order)
                .map(ShopOrder::id)
                .toList();
    }

    @Test
    @DisplayName("AP1 get a customer: GetItem PK = CUSTOMER#id, SK = PROFILE (low-level and immutable record)")
    void ap1Customer(DynamoDbClient client, DynamoDbEnhancedClient enhanced, Tables tables) {
        String table = shop(client, tables);
        ShopData.Customer c1 = ShopData.CUSTOMERS.get(0);

        Map<String, AttributeValue> item = SingleTableShop.customer(client, table, c1.id());
        ShopCustomer record = SingleTableShop.customer(enhanced, table, c1.id());

        assertThat(item.get("name").s()).isEqualTo(c1.name());
        assertThat(item.get("entityType").s()).isEqualTo("Customer");
        assertThat(record).isEqualTo(ShopCustomer.of(c1.id(), c1.name(), c1.email()));
    }

    @Test
    @DisplayName("AP2 get a product: GetItem PK = PRODUCT#id, SK = DETAILS")
    void ap2Product(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);
        ShopData.Product tea = ShopData.PRODUCTS.get(2);

        Map<String, AttributeValue> item = SingleTableShop.product(client, table, tea.id());

        assertThat(item.get("name").s()).isEqualTo(tea.name());
        assertThat(item.get("price").n()).isEqualTo(String.valueOf(tea.price()));
        assertThat(item.get("entityType").s()).isEqualTo("Product");
    }

    @Test
    @DisplayName("AP3 an order with its items: one Query PK = ORDER#id returns the summary and every line")
    void ap3OrderWithItems(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);
        ShopOrder o1 = ShopData.ORDERS.get(0);

        List<Map<String, AttributeValue>> items = SingleTableShop.orderWithItems(client, table, o1.id());

        assertThat(items).hasSize(1 + o1.lines().size());
        assertThat(attr(items, "entityType")).containsOnly("Order", "OrderItem").containsOnlyOnce("Order");
        assertThat(items.stream()
                        .filter(i -> i.containsKey("productId"))
                        .map(i -> i.get("productId").s()))
                .containsExactlyInAnyOrderElementsOf(
                        o1.lines().stream().map(ShopData.Line::productId).toList());
    }

    @Test
    @DisplayName("AP4 a customer's orders, newest first: GSI1PK = CUSTOMER#id AND begins_with(GSI1SK, ORDER#)")
    void ap4OrdersNewestFirst(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        List<Map<String, AttributeValue>> orders = SingleTableShop.ordersNewestFirst(client, table, "c1");

        assertThat(attr(orders, "orderId"))
                .containsExactlyElementsOf(
                        ordersOf("c1", Comparator.comparing(ShopOrder::date).reversed()));
        assertThat(attr(orders, "entityType")).containsOnly("Order");
    }

    @Test
    @DisplayName("AP5 a customer's orders since a date: GSI1PK = CUSTOMER#id AND GSI1SK BETWEEN ORDER#date AND ORDER#~")
    void ap5OrdersSince(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);
        String since = "2026-11-01";

        List<Map<String, AttributeValue>> orders = SingleTableShop.ordersSince(client, table, "c1", since);

        assertThat(attr(orders, "orderId"))
                .isNotEmpty()
                .containsExactlyElementsOf(ShopData.ORDERS.stream()
                        .filter(o -> o.customerId().equals("c1") && o.date().compareTo(since) >= 0)
                        .sorted(Comparator.comparing(ShopOrder::date))
                        .map(ShopOrder::id)
                        .toList());
    }

    @Test
    @DisplayName("AP6 a customer and their orders in one Query: GSI1PK = CUSTOMER#id, descending, profile first")
    void ap6CustomerWithOrders(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        List<Map<String, AttributeValue>> items = SingleTableShop.customerWithOrders(client, table, "c1");

        assertThat(items.get(0).get("entityType").s()).isEqualTo("Customer");
        assertThat(attr(items.subList(1, items.size()), "orderId"))
                .containsExactlyElementsOf(
                        ordersOf("c1", Comparator.comparing(ShopOrder::date).reversed()));
    }

    @Test
    @DisplayName("AP7 the orders containing a product: GSI1PK = PRODUCT#id, oldest first")
    void ap7OrdersForProduct(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        List<Map<String, AttributeValue>> lines = SingleTableShop.orderLinesForProduct(client, table, "p3");

        assertThat(attr(lines, "orderId"))
                .containsExactlyElementsOf(ShopData.ORDERS.stream()
                        .filter(o ->
                                o.lines().stream().anyMatch(l -> l.productId().equals("p3")))
                        .sorted(Comparator.comparing(ShopOrder::date))
                        .map(ShopOrder::id)
                        .toList());
    }

    @Test
    @DisplayName("key builders reject ids that would break the key grammar")
    void keyBuildersValidate() {
        assertThatThrownBy(() -> ShopKeys.orderPk("o#1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("free of '#'");
        assertThat(ShopKeys.orderByDateSk("2026-11-01", "o9")).isEqualTo("ORDER#2026-11-01#o9");
    }

    @Test
    @DisplayName("the README's access-pattern table lists exactly the AP tests here, with their key conditions")
    void readmeTableMatchesTheTests() throws IOException {
        Map<String, String> keyConditionById = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (AP\\d+) \\|[^|]*\\|[^|]*\\| `([^`]*)`")
                .matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            keyConditionById.put(row.group(1), row.group(2));
        }
        Map<String, String> displayNameById = new TreeMap<>();
        for (Method m : SingleTableShopTest.class.getDeclaredMethods()) {
            DisplayName name = m.getAnnotation(DisplayName.class);
            if (name != null && name.value().startsWith("AP")) {
                displayNameById.put(name.value().substring(0, name.value().indexOf(' ')), name.value());
            }
        }

        assertThat(keyConditionById).isNotEmpty().containsOnlyKeys(displayNameById.keySet());
        keyConditionById.forEach(
                (id, condition) -> assertThat(displayNameById.get(id)).as(id).contains(condition));
    }
}
