package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class HierarchicalSortKeysTest {

    private static String storesTable(DynamoDbClient client, Tables tables, List<String> keys) {
        String table = tables.reserve("Stores");
        tables.createAndWait(SortKeyRangeQueries.tableDefinition(table));
        keys.forEach(sk -> SortKeyRangeQueries.put(client, table, "Acme", sk));
        return table;
    }

    @Test
    @DisplayName("begins_with on country#, country#state# and country#state#city# narrows level by level")
    void prefixesSelectLevels(DynamoDbClient client, Tables tables) {
        String sf = HierarchicalSortKeys.location("US", "CA", "San Francisco", "s1");
        String la = HierarchicalSortKeys.location("US", "CA", "Los Angeles", "s2");
        String sea = HierarchicalSortKeys.location("US", "WA", "Seattle", "s3");
        String ber = HierarchicalSortKeys.location("DE", "BE", "Berlin", "s4");
        String cax = HierarchicalSortKeys.location("US", "CAX", "Elsewhere", "s5");
        String table = storesTable(client, tables, List.of(sf, la, sea, ber, cax));

        assertThat(SortKeyRangeQueries.startingWith(client, table, "Acme", HierarchicalSortKeys.prefix("US")))
                .containsExactly(la, sf, cax, sea);
        // The trailing '#' is what keeps the state "CAX" out of "CA".
        assertThat(SortKeyRangeQueries.startingWith(client, table, "Acme", HierarchicalSortKeys.prefix("US", "CA")))
                .containsExactly(la, sf);
        assertThat(SortKeyRangeQueries.startingWith(client, table, "Acme", "US#CA"))
                .containsExactly(la, sf, cax);
        assertThat(SortKeyRangeQueries.startingWith(
                        client, table, "Acme", HierarchicalSortKeys.prefix("US", "CA", "San Francisco")))
                .containsExactly(sf);
    }

    @Test
    @DisplayName("unpadded numbers come back in string order; zero-padded ones in numeric order")
    void zeroPaddingMakesStringOrderNumeric(DynamoDbClient client, Tables tables) {
        List<Long> numbers = List.of(100L, 2L, 11L, 1L, 10L, 9L);
        String table = tables.reserve("Invoices");
        tables.createAndWait(SortKeyRangeQueries.tableDefinition(table));
        for (long n : numbers) {
            SortKeyRangeQueries.put(client, table, "raw", HierarchicalSortKeys.unpaddedInvoiceKey(n));
            SortKeyRangeQueries.put(client, table, "padded", HierarchicalSortKeys.invoiceKey(n));
        }
        List<Long> numericOrder = numbers.stream().sorted().toList();

        List<String> raw = SortKeyRangeQueries.startingWith(client, table, "raw", "INV#");
        List<String> padded = SortKeyRangeQueries.startingWith(client, table, "padded", "INV#");

        assertThat(raw).containsExactly("INV#1", "INV#10", "INV#100", "INV#11", "INV#2", "INV#9");
        assertThat(raw.stream().map(k -> Long.parseLong(k.substring(4))).toList())
                .isNotEqualTo(numericOrder);
        assertThat(padded.stream().map(k -> Long.parseLong(k.substring(4))).toList())
                .isEqualTo(numericOrder);
        assertThat(padded).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    @DisplayName("a range over padded keys is a numeric range: invoices 9..100")
    void paddedRange(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Invoices");
        tables.createAndWait(SortKeyRangeQueries.tableDefinition(table));
        LongStream.rangeClosed(1, 120)
                .forEach(n -> SortKeyRangeQueries.put(client, table, "padded", HierarchicalSortKeys.invoiceKey(n)));

        List<String> range = SortKeyRangeQueries.between(
                client, table, "padded", HierarchicalSortKeys.invoiceKey(9), HierarchicalSortKeys.invoiceKey(100));

        assertThat(range).hasSize(100 - 9 + 1).startsWith("INV#000009").endsWith("INV#000100");
    }

    @Test
    @DisplayName("key builders reject a '#' inside a part and numbers that do not fit the padding")
    void keyBuildersValidate() {
        assertThatThrownBy(() -> HierarchicalSortKeys.location("US", "C#A", "X", "s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'#'");
        assertThatThrownBy(() -> HierarchicalSortKeys.invoiceKey(1_000_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..999999");
    }
}
