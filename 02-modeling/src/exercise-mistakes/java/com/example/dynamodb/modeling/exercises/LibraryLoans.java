package com.example.dynamodb.modeling.exercises;

import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A plausible wrong solution of exercise 02.1: the table's sort key is the loan date alone. It sorts
 * and ranges nicely, but it is not unique: a second book borrowed by the same member on the same
 * day replaces the first loan. The tests must catch it.
 */
public final class LibraryLoans {

    public static final String BY_BOOK = "ByBook";

    private LibraryLoans() {}

    public static CreateTableRequest tableDefinition(String tableName) {
        return KeyDesign.table(
                tableName,
                KeyDesign.key("memberId", "loanedOn"),
                KeyDesign.index(BY_BOOK, KeyDesign.key("bookId", "loanedOn")));
    }

    public static Map<String, AttributeValue> loanItem(String memberId, String bookId, LocalDate loanedOn) {
        return Map.of(
                "memberId", AttributeValue.fromS(memberId),
                "bookId", AttributeValue.fromS(bookId),
                "loanedOn", AttributeValue.fromS(loanedOn.toString()));
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
                .keyConditionExpression("memberId = :m AND loanedOn BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":m", AttributeValue.fromS(memberId),
                        ":from", AttributeValue.fromS(from.toString()),
                        ":to", AttributeValue.fromS(to.toString())))
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
