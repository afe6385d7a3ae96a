package com.example.dynamodb.modeling.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Exercise 02.1: what "done" means for {@link LibraryLoans}. The test creates the table from your
 * definition, puts your items, then sends each of your queries, reading every page.
 */
@DynamoDbTest
@DisplayName("Exercise 02.1 Keys for three access patterns")
class LibraryLoansTest {

    /** A loan as the test reads it back from the plain attributes. */
    record Loan(String memberId, String bookId, String loanedOn) {}

    /** What a query returned, and how many items it read to get there. */
    record Result(List<Loan> loans, int count, int scanned) {}

    private static final List<Loan> LOANS = List.of(
            new Loan("m1", "b1", "2026-01-15"),
            new Loan("m1", "b2", "2026-03-02"),
            new Loan("m1", "b3", "2026-03-02"), // same member, same day, another book
            new Loan("m1", "b1", "2026-03-09"),
            new Loan("m1", "b4", "2026-04-01"),
            new Loan("m2", "b1", "2026-02-01"),
            new Loan("m2", "b2", "2026-03-05"),
            new Loan("m3", "b1", "2025-12-24"));

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createAndFill(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Loans");
        tables.createAndWait(LibraryLoans.tableDefinition(table));
        for (Loan loan : LOANS) {
            client.putItem(b -> b.tableName(table)
                    .item(LibraryLoans.loanItem(loan.memberId(), loan.bookId(), LocalDate.parse(loan.loanedOn()))));
        }
    }

    private Result run(QueryRequest request) {
        List<Loan> loans = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        for (QueryResponse page : client.queryPaginator(request)) {
            page.items()
                    .forEach(i -> loans.add(new Loan(
                            i.get("memberId").s(),
                            i.get("bookId").s(),
                            i.get("loanedOn").s())));
            count += page.count();
            scanned += page.scannedCount();
        }
        return new Result(loans, count, scanned);
    }

    private static List<Loan> loansOf(String memberId) {
        return LOANS.stream().filter(l -> l.memberId().equals(memberId)).toList();
    }

    @Test
    @DisplayName("AP1: a member's loans come back newest first, both books lent on the same day included")
    void memberLoansNewestFirst() {
        Result result = run(LibraryLoans.memberLoansNewestFirst(table, "m1"));

        assertThat(result.loans()).containsExactlyInAnyOrderElementsOf(loansOf("m1"));
        assertThat(result.loans()).extracting(Loan::loanedOn).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    @DisplayName("AP2: a member's loans from 2026-03-02 to 2026-03-09 come back oldest first, both days included")
    void memberLoansBetween() {
        Result result = run(LibraryLoans.memberLoansBetween(
                table, "m1", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09")));

        assertThat(result.loans())
                .containsExactlyInAnyOrder(
                        new Loan("m1", "b2", "2026-03-02"),
                        new Loan("m1", "b3", "2026-03-02"),
                        new Loan("m1", "b1", "2026-03-09"));
        assertThat(result.loans()).extracting(Loan::loanedOn).isSorted();
    }

    @Test
    @DisplayName("AP3: a book's loan history comes back oldest first across members, from a global secondary index")
    void bookHistory() {
        QueryRequest request = LibraryLoans.bookHistory(table, "b1");
        List<String> indexes = client.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName)
                .toList();

        Result result = run(request);

        assertThat(indexes).as("the table's GSIs").contains(request.indexName());
        assertThat(result.loans())
                .containsExactly(
                        new Loan("m3", "b1", "2025-12-24"),
                        new Loan("m1", "b1", "2026-01-15"),
                        new Loan("m2", "b1", "2026-02-01"),
                        new Loan("m1", "b1", "2026-03-09"));
    }

    @Test
    @DisplayName("each access pattern is one Query with a key condition: no FilterExpression, nothing read in vain")
    void keyConditionsOnly() {
        List<QueryRequest> requests = List.of(
                LibraryLoans.memberLoansNewestFirst(table, "m2"),
                LibraryLoans.memberLoansBetween(
                        table, "m1", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31")),
                LibraryLoans.bookHistory(table, "b2"));

        for (QueryRequest request : requests) {
            assertThat(request.keyConditionExpression())
                    .as("KeyConditionExpression")
                    .isNotBlank();
            assertThat(request.filterExpression())
                    .as(
                            "FilterExpression of %s (a filter is applied after the read, which is billed in full)",
                            request.keyConditionExpression())
                    .isNull();
            Result result = run(request);
            assertThat(result.count())
                    .as("items returned by %s", request.keyConditionExpression())
                    .isPositive();
            assertThat(result.scanned())
                    .as("items read (ScannedCount) by %s", request.keyConditionExpression())
                    .isEqualTo(result.count());
        }
    }
}
