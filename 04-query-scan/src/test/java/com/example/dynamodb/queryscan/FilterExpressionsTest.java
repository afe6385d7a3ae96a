package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class FilterExpressionsTest {

    /** A smaller table of its own (300 orders): nine filtered scans stay fast. */
    private static String table;

    private static List<Map<String, AttributeValue>> items;

    @BeforeAll
    static void seed(DynamoDbClient client, Tables classTables) {
        items = SampleOrders.generate(7L, 15, 20);
        table = classTables.reserve("FilterOrders");
        OrdersTable.create(classTables, table);
        SampleOrders.load(client, table, items);
    }

    static Stream<Arguments> examples() {
        Map<String, Predicate<Map<String, AttributeValue>>> same = Map.of(
                "amount > :min",
                i -> amount(i).compareTo(new BigDecimal("900")) > 0,
                "amount BETWEEN :lo AND :hi",
                i -> amount(i).compareTo(new BigDecimal("100")) >= 0
                        && amount(i).compareTo(new BigDecimal("120")) <= 0,
                "#st IN (:a, :b)",
                i -> List.of("Pending", "Cancelled").contains(i.get("status").s()),
                "attribute_exists(giftMessage)",
                i -> i.containsKey("giftMessage"),
                "contains(tags, :tag)",
                i -> i.containsKey("tags") && i.get("tags").ss().contains("fragile"),
                "size(orderLines) >= :n",
                i -> i.get("orderLines").l().size() >= 5,
                "shippingAddress.city = :city",
                i -> city(i).equals("Graz"),
                "begins_with(shippingAddress.postcode, :p)",
                i -> i.get("shippingAddress").m().get("postcode").s().startsWith("99"),
                "#st = :s AND attribute_not_exists(tags)",
                i -> i.get("status").s().equals("Delivered") && !i.containsKey("tags"));
        assertThat(same.keySet()).isEqualTo(FilterExpressions.EXAMPLES.keySet());
        return FilterExpressions.EXAMPLES.keySet().stream().map(f -> Arguments.of(f, same.get(f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("a filtered Scan returns exactly the items the same condition selects in memory")
    void filterMatchesInMemory(String filter, Predicate<Map<String, AttributeValue>> expected, DynamoDbClient client) {
        var found = FilterExpressions.scanWhere(client, table, filter, FilterExpressions.EXAMPLES.get(filter));

        var wanted = items.stream().filter(expected).toList();
        assertThat(wanted).as("the data set has matches for %s", filter).isNotEmpty();
        assertThat(QueryByKeyConditionTest.keys(found))
                .containsExactlyInAnyOrderElementsOf(QueryByKeyConditionTest.keys(wanted));
    }

    @Test
    @DisplayName("the seed's example: a customer's orders in a date range, only the Shipped ones")
    void shippedInRange(DynamoDbClient client, SeededOrders orders) {
        var found = FilterExpressions.shippedOrdersBetween(
                client, orders.table(), "c042", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));

        var inRange = orders.where(i ->
                i.get("customerId").s().equals("c042") && i.get("orderDate").s().compareTo("2024-07-01") < 0);
        var shipped = inRange.stream()
                .filter(i -> i.get("status").s().equals("Shipped"))
                .toList();
        // The filter must have something to drop, and something to keep.
        assertThat(shipped).isNotEmpty().hasSizeLessThan(inRange.size());
        assertThat(QueryByKeyConditionTest.keys(found))
                .containsExactlyElementsOf(QueryByKeyConditionTest.sortedKeys(shipped));
    }

    private static BigDecimal amount(Map<String, AttributeValue> item) {
        return new BigDecimal(item.get("amount").n());
    }

    private static String city(Map<String, AttributeValue> item) {
        return item.get("shippingAddress").m().get("city").s();
    }
}
