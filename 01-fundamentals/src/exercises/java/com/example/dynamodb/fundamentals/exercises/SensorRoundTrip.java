package com.example.dynamodb.fundamentals.exercises;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 01.1 Sensor round trip (15 minutes). Read first: README section "6. Data types with the
 * low-level client" (and "4. Simple primary key" for the missing item).
 *
 * <p>The test creates a table whose partition key is {@code sensorId} (a String). Write a
 * {@link Sensor} as one item with the low-level client, and read it back exactly:
 *
 * <pre>
 *   sensorId   S    the key
 *   readings   NS   a number SET: one value per reading, exact (a temperature may be 21.5 or -3.125)
 *   location   M    a nested map: building (S) and floor (N)
 * </pre>
 *
 * Done when {@code mvn test -pl 01-fundamentals -Pexercises -Dtest=SensorRoundTripTest} passes.
 *
 * <p>Hints:
 *
 * <ul>
 *   <li>{@code AttributeValue.fromS}, {@code fromN}, {@code fromNs(List<String>)}, {@code fromM(Map)};
 *       a Number travels as text: {@code BigDecimal.toPlainString()} on the way in, {@code new
 *       BigDecimal(value.n())} on the way out. A {@code double} would round it.
 *   <li>DynamoDB refuses an empty set. A sensor with no readings yet has no {@code readings}
 *       attribute at all, and loads with an empty set.
 *   <li>Read with {@code consistentRead(true)}: you want to see your own write. A key that does not
 *       exist is not an error: the response simply has no item ({@code hasItem()} is false).
 * </ul>
 */
public final class SensorRoundTrip {

    private static final String NOT_SOLVED = "Exercise 01.1 Sensor round trip: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/fundamentals/exercises/SensorRoundTrip.java;"
            + " see README 'Exercises'";

    /** A temperature sensor: where it hangs, and the distinct readings it has reported. */
    public record Sensor(String sensorId, Set<BigDecimal> readings, String building, int floor) {}

    private SensorRoundTrip() {}

    /** Writes {@code sensor} as one item of {@code table} (partition key {@code sensorId}). */
    public static void save(DynamoDbClient client, String table, Sensor sensor) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** Reads the sensor back (strongly consistent), or {@code Optional.empty()} if there is none. */
    public static Optional<Sensor> load(DynamoDbClient client, String table, String sensorId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
