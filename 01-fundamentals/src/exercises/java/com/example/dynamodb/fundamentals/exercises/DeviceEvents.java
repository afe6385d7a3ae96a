package com.example.dynamodb.fundamentals.exercises;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 01.2 Events in time order (15 minutes). Read first: README section "5. Composite primary
 * key: partition key + sort key".
 *
 * <p>A device reports events. Each has a time {@code at} in epoch seconds (5, 40, 300, 86400,
 * 1700000000: they have different numbers of digits) and a {@code type} ("boot", "alarm"...).
 *
 * <ol>
 *   <li>{@link #createTable}: partition key {@code deviceId} (a String) and sort key {@code at}.
 *       Choose the sort key's type so that a Query returns a device's events in time order.
 *       On-demand billing; wait until the table exists before returning.
 *   <li>{@link #record}: put one event as an item with the attributes {@code deviceId}, {@code at}
 *       and {@code type}.
 *   <li>{@link #between}: one device's events with {@code from <= at <= to}, oldest first, all pages.
 *       The key condition does the selecting: no FilterExpression (a filter would read the whole
 *       partition and throw most of it away).
 * </ol>
 *
 * Done when {@code mvn test -pl 01-fundamentals -Pexercises -Dtest=DeviceEventsTest} passes.
 *
 * <p>Hints: {@code ScalarAttributeType}, {@code KeyType.HASH} and {@code KeyType.RANGE};
 * {@code client.waiter().waitUntilTableExists(...)}; a key condition such as {@code "deviceId = :d
 * AND #at BETWEEN :from AND :to"} ({@code #at} stands for the attribute name through
 * {@code expressionAttributeNames}: some words are reserved); {@code client.queryPaginator(...)
 * .items()} reads every page.
 */
public final class DeviceEvents {

    private static final String NOT_SOLVED = "Exercise 01.2 Events in time order: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/fundamentals/exercises/DeviceEvents.java;"
            + " see README 'Exercises'";

    /** One event of one device, at a time in epoch seconds. */
    public record Event(String deviceId, long at, String type) {}

    private DeviceEvents() {}

    /** Creates {@code table}: partition key {@code deviceId}, sort key {@code at}; waits until it exists. */
    public static void createTable(DynamoDbClient client, String table) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** Puts one event. */
    public static void record(DynamoDbClient client, String table, Event event) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** The device's events with {@code from <= at <= to}, oldest first. */
    public static List<Event> between(DynamoDbClient client, String table, String deviceId, long from, long to) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
