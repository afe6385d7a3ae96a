package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class QueryByKeyConditionTest {

    static List<String> keys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get(OrdersTable.SK).s()).toList();
    }

    static List<String> sortedKeys(List<Map<String, AttributeValue>> items) {
        return keys(items).stream().sorted().toList();
    }

    static List<String> newestFirst(List<Map<String, AttributeValue>> items) {
        return keys(items).stream().sorted(Comparator.reverseOrder()).toList();
    }

    @Test
    @DisplayName("BETWEEN two dates returns exactly the customer's orders of those days, in date order")
    void dateRange(DynamoDbClient client, SeededOrders orders) {
        var found = QueryByKeyCondition.ordersBetween(
                client, orders.table(), "c042", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30));

        var expected = orders.where(i -> i.get("customerId").s().equals("c042")
                && i.get("orderDate").s().compareTo("2024-03-01") >= 0
                && i.get("orderDate").s().compareTo("2024-07-01") < 0);
        assertThat(expected).isNotEmpty();
        assertThat(keys(found)).containsExactlyElementsOf(sortedKeys(expected));
    }

    @ParameterizedTest(name = "orderKey {0} \"2024-07-01\"")
    @ValueSource(strings = {"=", "<", "<=", ">", ">="})
    @DisplayName("each comparison operator on the sort key returns what the same comparison selects")
    void comparisons(String operator, DynamoDbClient client, SeededOrders orders) {
        String value = "2024-07-01";
        var found = QueryByKeyCondition.compareSortKey(client, orders.table(), "c042", operator, value);

        var expected = orders.ofCustomer("c042").stream()
                .filter(i -> {
                    int c = i.get(OrdersTable.SK).s().compareTo(value);
                    return switch (operator) {
                        case "=" -> c == 0;
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
                })
                .toList();
        assertThat(keys(found)).containsExactlyElementsOf(sortedKeys(expected));
    }

    @Test
    @DisplayName("= on the sort key finds exactly one order; begins_with finds a month's orders")
    void equalityAndPrefix(DynamoDbClient client, SeededOrders orders) {
        String someKey = orders.ofCustomer("c007").get(3).get(OrdersTable.SK).s();
        assertThat(keys(QueryByKeyCondition.compareSortKey(client, orders.table(), "c007", "=", someKey)))
                .containsExactly(someKey);

        String month = someKey.substring(0, 7);
        var expected = orders.where(i -> i.get("customerId").s().equals("c007")
                && i.get(OrdersTable.SK).s().startsWith(month));
        assertThat(keys(QueryByKeyCondition.ordersWithPrefix(client, orders.table(), "c007", month)))
                .containsExactlyElementsOf(sortedKeys(expected));
    }

    @Test
    @DisplayName("= on the partition key alone returns the whole item collection, sorted")
    void wholeCollection(DynamoDbClient client, SeededOrders orders) {
        var found = QueryByKeyCondition.allOrders(client, orders.table(), "c100");
        assertThat(found).hasSize(SampleOrders.ORDERS_PER_CUSTOMER);
        assertThat(keys(found))
                .isSortedAccordingTo(Comparator.naturalOrder())
                .containsExactlyElementsOf(sortedKeys(orders.ofCustomer("c100")));
    }

    @Test
    @DisplayName("an operator a key condition does not support is refused before any request")
    void unsupportedOperator(DynamoDbClient client, SeededOrders orders) {
        assertThatThrownBy(() -> QueryByKeyCondition.compareSortKey(client, orders.table(), "c042", "<>", "2024"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'<>' is not one of them");
    }
}
