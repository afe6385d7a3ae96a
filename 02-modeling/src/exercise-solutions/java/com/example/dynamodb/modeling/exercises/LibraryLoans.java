package com.example.dynamodb.modeling.exercises;

import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Reference solution of exercise 02.1 Keys for three access patterns.
 *
 * <pre>
 *   table      memberId (partition)   loanKey = loanedOn#bookId (sort)   AP1, AP2
 *   ByBook     bookId (partition)     loanedOn (sort)                    AP3
 * </pre>
 */
public final class LibraryLoans {

    public static final String BY_BOOK = "ByBook";

    private LibraryLoans() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        // The date first, so a member's loans sort by date; the book keeps two loans of the same
        // day apart (a primary key must be unique). The index need not be unique.
        return KeyDesign.table(
                tableName,
                KeyDesign.key("memberId", "loanKey"),
                KeyDesign.index(BY_BOOK, KeyDesign.key("bookId", "loanedOn")));
    }

    public static Map<String, AttributeValue> loanItem(String memberId, String bookId, LocalDate loanedOn) {
        return Map.of(
                "memberId", AttributeValue.fromS(memberId),
                "bookId", AttributeValue.fromS(bookId),
                "loanedOn", AttributeValue.fromS(loanedOn.toString()),
                "loanKey", AttributeValue.fromS(loanedOn + "#" + bookId));
    }

    public static QueryRequest memberLoansNewestFirst(String tableName, String memberId) {
        return QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("memberId = :m")
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromS(memberId)))
                .scanIndexForward(false)
                .build();
    }

    public static QueryRequest memberLoansBetween(String tableName, String memberId, LocalDate from, LocalDate to) {
        return QueryRequest.builder()
                .tableName(tableName)
                // "2026-03-09#b-1" > "2026-03-09": the upper bound needs a character after '#'.
                .keyConditionExpression("memberId = :m AND loanKey BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":m", AttributeValue.fromS(memberId),
                        ":from", AttributeValue.fromS(from.toString()),
                        ":to", AttributeValue.fromS(to + "#~")))
                .build();
    }

    public static QueryRequest bookHistory(String tableName, String bookId) {
        return QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_BOOK)
                .keyConditionExpression("bookId = :b")
                .expressionAttributeValues(Map.of(":b", AttributeValue.fromS(bookId)))
                .build();
    }
}
