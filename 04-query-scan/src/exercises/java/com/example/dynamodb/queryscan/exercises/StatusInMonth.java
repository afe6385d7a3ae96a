package com.example.dynamodb.queryscan.exercises;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Exercise 04.2 Orders of a status in a month (15 minutes). Read first: README sections "1. Query:
 * key conditions", "3. Query a GSI and an LSI" and "7. Query vs Scan, measured".
 *
 * <p>The orders table (the test creates it) is keyed by {@code customerId} and {@code orderKey}. Its
 * global secondary index {@link #STATUS_INDEX} is keyed by {@code status} (partition key) and
 * {@code orderDate} (sort key, ISO-8601 such as "2024-03-31T23:59:59Z"), and projects
 * {@code amount}. The warehouse asks: "all Shipped orders of March 2024, whoever the customer,
 * oldest first".
 *
 * <p>Write {@link #ordersOfStatusInMonth}: one Query on the index (all its pages), where the key
 * condition selects both the status and the month. Every order of the month counts, from the first
 * second of its first day to the last second of its last day, and nothing of the months around it.
 * The tests check what each page read ({@code ScannedCount}): keeping the month in Java would read
 * every order of that status, of every month, and pay for them all. (DynamoDB refuses a
 * FilterExpression on a key attribute of the index you query, so a filter is no way out.)
 *
 * <p>Done when {@code mvn test -pl 04-query-scan -Pexercises -Dtest=StatusInMonthTest} passes.
 *
 * <p>Hints: {@code indexName(...)}; {@code status} is a reserved word ({@code #st} with
 * {@code expressionAttributeNames}); for the sort key, {@code begins_with(orderDate, :month)} with
 * {@code YearMonth.toString()} ("2024-03"), or a {@code BETWEEN} whose upper bound you think through
 * ("2024-03-31" is less than "2024-03-31T10:00:00Z"); {@code client.queryPaginator(...).items()}.
 */
public final class StatusInMonth {

    /** The GSI keyed by status (partition key) and orderDate (sort key). */
    public static final String STATUS_INDEX = "StatusDateIndex";

    private static final String NOT_SOLVED = "Exercise 04.2 Orders of a status in a month: not solved yet —"
            + " start in src/exercises/java/com/example/dynamodb/queryscan/exercises/StatusInMonth.java;"
            + " see README 'Exercises'";

    private StatusInMonth() {}

    /** Every order with {@code status} placed in {@code month}, of all customers, oldest first. */
    public static List<Map<String, AttributeValue>> ordersOfStatusInMonth(
            DynamoDbClient client, String table, String status, YearMonth month) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
