package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class PaginationTest {

    @Test
    @DisplayName("paging by hand with ExclusiveStartKey returns every order once, in order")
    void byHand(DynamoDbClient client, SeededOrders orders) {
        List<Pagination.Page> pages = Pagination.allPages(client, orders.table(), "c042", 8);

        // 20 orders in pages of 8: 8, 8, 4. Were it 16, a full last page would carry a
        // LastEvaluatedKey (Limit stops the read before DynamoDB looks further): 8, 8, 0.
        List<Integer> expected = new ArrayList<>();
        for (int left = orders.ofCustomer("c042").size(); left >= 0; left -= 8) {
            expected.add(Math.min(8, left));
            if (left < 8) {
                break;
            }
        }
        assertThat(pages).extracting(p -> p.items().size()).containsExactlyElementsOf(expected);
        assertThat(pages.subList(0, pages.size() - 1)).allMatch(Pagination.Page::hasNext);
        assertThat(pages.get(pages.size() - 1).hasNext()).isFalse();
        var keys = pages.stream().flatMap(p -> p.items().stream()).toList();
        assertThat(QueryByKeyConditionTest.keys(keys))
                .containsExactlyElementsOf(QueryByKeyConditionTest.sortedKeys(orders.ofCustomer("c042")));
        // The LastEvaluatedKey is the key of the page's last item, nothing more.
        assertThat(pages.get(0).nextKey())
                .containsOnlyKeys(OrdersTable.PK, OrdersTable.SK)
                .containsEntry(OrdersTable.SK, pages.get(0).items().get(7).get(OrdersTable.SK));
    }

    @Test
    @DisplayName("the SDK paginator makes the same pages as the hand-written loop")
    void paginatorSamePages(DynamoDbClient client, SeededOrders orders) {
        assertThat(Pagination.pageSizesWithPaginator(client, orders.table(), "c042", 8))
                .containsExactlyElementsOf(Pagination.allPages(client, orders.table(), "c042", 8).stream()
                        .map(p -> p.items().size())
                        .toList());
    }

    @Test
    @DisplayName("with a filter, a page can be empty and still have a LastEvaluatedKey")
    void emptyPagesWithNextKey(DynamoDbClient client, SeededOrders orders) {
        String customer = orders.where(i -> i.containsKey("giftMessage"))
                .get(0)
                .get("customerId")
                .s();
        int gifts = orders.where(i ->
                        i.containsKey("giftMessage") && i.get("customerId").s().equals(customer))
                .size();

        List<ScanResponse> pages = Pagination.filteredScanPages(client, orders.table(), customer, 200);

        assertThat(pages.stream().mapToInt(ScanResponse::count).sum()).isEqualTo(gifts);
        assertThat(pages.stream().mapToInt(ScanResponse::scannedCount).sum())
                .isEqualTo(orders.items().size());
        var emptyButNotLast = pages.stream()
                .filter(p -> p.count() == 0 && !p.lastEvaluatedKey().isEmpty())
                .toList();
        assertThat(emptyButNotLast)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.scannedCount()).isEqualTo(200));
        // A loop that stopped at the first empty page would have missed the matches after it.
        int firstEmpty = pages.indexOf(emptyButNotLast.get(0));
        assertThat(pages.subList(firstEmpty, pages.size()).stream()
                        .mapToInt(ScanResponse::count)
                        .sum())
                .isPositive();
    }
}
