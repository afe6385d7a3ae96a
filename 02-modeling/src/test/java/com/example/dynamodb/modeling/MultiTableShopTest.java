package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.modeling.MultiTableShop.Names;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class MultiTableShopTest {

    private static List<String> ids(List<Map<String, AttributeValue>> items, String name) {
        return items.stream()
                .filter(i -> i.containsKey(name))
                .map(i -> i.get(name).s())
                .toList();
    }

    @Test
    @DisplayName("multi-table AP3 and AP6 return the same data as the single-table queries")
    void sameAnswersAsSingleTable(DynamoDbClient client, Tables tables) {
        Names n = new Names(
                tables.reserve("ShopCustomers"), tables.reserve("ShopOrders"), tables.reserve("ShopOrderItems"));
        MultiTableShop.create(tables, n);
        MultiTableShop.load(client, n);
        String single = tables.reserve("Shop");
        tables.createAndWait(ShopTable.tableDefinition(single));
        ShopTable.load(client, single);

        assertThat(ids(MultiTableShop.orderWithItems(client, n, "o1"), "productId"))
                .containsExactlyInAnyOrderElementsOf(
                        ids(SingleTableShop.orderWithItems(client, single, "o1"), "productId"));
        List<Map<String, AttributeValue>> multi = MultiTableShop.customerWithOrders(client, n, "c1");
        List<Map<String, AttributeValue>> one = SingleTableShop.customerWithOrders(client, single, "c1");
        assertThat(multi.get(0).get("name")).isEqualTo(one.get(0).get("name"));
        assertThat(ids(multi.subList(1, multi.size()), "orderId"))
                .containsExactlyElementsOf(ids(one.subList(1, one.size()), "orderId"));
    }
}
