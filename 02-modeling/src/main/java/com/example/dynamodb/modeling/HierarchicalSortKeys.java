package com.example.dynamodb.modeling;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Two sort-key grammars. A hierarchical key ({@code US#CA#San Francisco}) lets one
 * {@code begins_with} query zoom from country to state to city. Numbers inside a string key must
 * be zero-padded, because string keys sort character by character: {@code "INV#10"} comes
 * before {@code "INV#9"}, while {@code "INV#000010"} comes after {@code "INV#000009"}.
 */
public final class HierarchicalSortKeys {

    private HierarchicalSortKeys() {}

    // tag::keys[]
    /** country#state#city#storeId: most general first, so each prefix is a level of the tree. */
    public static String location(String country, String state, String city, String storeId) {
        for (String part : List.of(country, state, city, storeId)) {
            if (part.isBlank() || part.contains("#")) {
                throw new IllegalArgumentException("A key part must be non-blank and free of '#': " + part);
            }
        }
        return String.join("#", country, state, city, storeId);
    }

    /** The prefix for a level; the trailing '#' keeps "US#CA" from also matching "US#CAX". */
    public static String prefix(String... levels) {
        return String.join("#", levels) + "#";
    }

    /** Zero-padded to a fixed width, so string order equals numeric order. */
    public static String invoiceKey(long number) {
        if (number < 0 || number > 999_999) {
            throw new IllegalArgumentException("Invoice numbers are 0..999999, got " + number);
        }
        return String.format("INV#%06d", number);
    }
    // end::keys[]

    /** The naive key, for contrast: sorts "INV#10" before "INV#9". */
    public static String unpaddedInvoiceKey(long number) {
        return "INV#" + number;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("2b. Sort keys: hierarchies and zero-padded numbers");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Stores");
        tables.createAndWait(SortKeyRangeQueries.tableDefinition(table));
        // The table's partition key is named customerId; here it holds the brand that owns stores.
        for (String sk : List.of(
                location("US", "CA", "San Francisco", "s1"),
                location("US", "CA", "Los Angeles", "s2"),
                location("US", "WA", "Seattle", "s3"),
                location("DE", "BE", "Berlin", "s4"))) {
            SortKeyRangeQueries.put(client, table, "Acme", sk);
        }
        Narrator.step("Sort key = country#state#city#store; begins_with zooms in level by level");
        Narrator.show("US#", SortKeyRangeQueries.startingWith(client, table, "Acme", prefix("US")));
        Narrator.show("US#CA#", SortKeyRangeQueries.startingWith(client, table, "Acme", prefix("US", "CA")));

        String invoices = tables.reserve("Invoices");
        tables.createAndWait(SortKeyRangeQueries.tableDefinition(invoices));
        for (long n : List.of(1L, 2L, 9L, 10L, 11L, 100L)) {
            SortKeyRangeQueries.put(client, invoices, "raw", unpaddedInvoiceKey(n));
            SortKeyRangeQueries.put(client, invoices, "padded", invoiceKey(n));
        }
        Narrator.step("Numbers inside string sort keys: DynamoDB returns them in string order");
        Narrator.show("unpadded", SortKeyRangeQueries.startingWith(client, invoices, "raw", "INV#"));
        Narrator.show("padded  ", SortKeyRangeQueries.startingWith(client, invoices, "padded", "INV#"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(HierarchicalSortKeys::demo);
    }
}
