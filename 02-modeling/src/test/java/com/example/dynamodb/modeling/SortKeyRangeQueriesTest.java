package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class SortKeyRangeQueriesTest {

    /** Every 61 hours from the start of October: timestamps that straddle month boundaries. */
    private static List<String> timestamps() {
        List<String> result = new ArrayList<>();
        Instant at = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < 40; i++) {
            result.add(at.plus(Duration.ofHours(61L * i)).toString());
        }
        return result;
    }

    private static String tableWith(DynamoDbClient client, Tables tables, List<String> sortKeys) {
        String table = tables.reserve("CustomerOrders");
        tables.createAndWait(SortKeyRangeQueries.tableDefinition(table));
        sortKeys.forEach(sk -> SortKeyRangeQueries.put(client, table, "C1", sk));
        SortKeyRangeQueries.put(client, table, "C2", "2026-11-05T00:00:00Z"); // another partition
        return table;
    }

    private static List<String> expected(List<String> all, Predicate<String> keep) {
        return all.stream().filter(keep).sorted().toList();
    }

    @Test
    @DisplayName("BETWEEN, < and > on ISO-8601 sort keys return exactly the instants in range, sorted")
    void rangesOnTimestamps(DynamoDbClient client, Tables tables) {
        List<String> all = timestamps();
        String table = tableWith(client, tables, all);
        String from = "2026-11-01";
        String to = "2026-11-16";

        assertThat(SortKeyRangeQueries.between(client, table, "C1", from, to))
                .isNotEmpty()
                .isEqualTo(expected(all, t -> t.compareTo(from) >= 0 && t.compareTo(to) <= 0));
        assertThat(SortKeyRangeQueries.before(client, table, "C1", from))
                .isEqualTo(expected(all, t -> t.compareTo(from) < 0));
        assertThat(SortKeyRangeQueries.after(client, table, "C1", to))
                .isEqualTo(expected(all, t -> t.compareTo(to) > 0));
    }

    @Test
    @DisplayName("begins_with on a timestamp prefix selects a whole month, and only that customer's")
    void prefixSelectsAMonth(DynamoDbClient client, Tables tables) {
        List<String> all = timestamps();
        String table = tableWith(client, tables, all);

        assertThat(SortKeyRangeQueries.startingWith(client, table, "C1", "2026-11"))
                .isNotEmpty()
                .isEqualTo(expected(all, t -> t.startsWith("2026-11")));
    }

    @Test
    @DisplayName("a STATUS#date sort key answers 'shipped orders in a date range' with one query")
    void statusPrefixedCompositeKey(DynamoDbClient client, Tables tables) {
        List<String> keys = List.of(
                "PENDING#2026-11-20",
                "SHIPPED#2026-10-28",
                "SHIPPED#2026-11-01",
                "SHIPPED#2026-11-18",
                "DELIVERED#2026-11-02",
                "SHIPPED#2026-12-01");
        String table = tableWith(client, tables, keys);

        assertThat(SortKeyRangeQueries.startingWith(client, table, "C1", "SHIPPED#"))
                .isEqualTo(expected(keys, k -> k.startsWith("SHIPPED#")));
        assertThat(SortKeyRangeQueries.between(client, table, "C1", "SHIPPED#2026-11-01", "SHIPPED#2026-11-30"))
                .containsExactly("SHIPPED#2026-11-01", "SHIPPED#2026-11-18");
    }

    @Test
    @DisplayName("only one fixed format sorts like time: a mixed precision or a UTC offset breaks the order")
    void onlyOneFixedFormatSortsLikeTime(DynamoDbClient client, Tables tables) {
        Instant whole = Instant.parse("2026-11-01T09:30:00Z");
        Instant halfSecondLater = whole.plusMillis(500);
        // Instant.toString() drops a zero fraction, so one writer produces two precisions...
        String wholeText = whole.toString(); // 2026-11-01T09:30:00Z
        String laterText = halfSecondLater.toString(); // 2026-11-01T09:30:00.500Z
        // ...and an offset other than Z names an instant in another way: 10:00+01:00 is 09:00Z.
        String offsetText = "2026-11-01T10:00:00+01:00";
        String table = tableWith(client, tables, List.of(wholeText, laterText, offsetText));

        // '.' sorts before 'Z': the later instant comes first, and 09:00Z comes last.
        assertThat(SortKeyRangeQueries.startingWith(client, table, "C1", "2026-11-01"))
                .containsExactly(laterText, wholeText, offsetText);
        assertThat(halfSecondLater).isAfter(whole);
        assertThat(java.time.OffsetDateTime.parse(offsetText).toInstant()).isBefore(whole);
    }
}
