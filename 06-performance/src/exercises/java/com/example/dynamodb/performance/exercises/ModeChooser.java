package com.example.dynamodb.performance.exercises;

/**
 * Exercise 06.2 Choose a capacity mode (15 minutes). Read first: README sections "1. Capacity
 * units, to the byte" and "4. Capacity modes and a planner".
 *
 * <p>Write {@link #choose}: for a described workload, the capacity a provisioned table needs, the
 * monthly cost of each mode with the prices given, and the cheaper mode.
 *
 * <ul>
 *   <li>Units per request: a read is {@code ceil(itemBytes / 4096)} read units if strongly
 *       consistent, half that if eventually consistent; a write is {@code ceil(itemBytes / 1024)}
 *       write units (each at least 1).
 *   <li>Provisioned: auto scaling keeps consumption near 70% of what is provisioned, and the table
 *       must serve the PEAK, which is {@code peakToAverage} times the average:
 *       {@code rcu = ceil(readsPerSecond × peakToAverage × unitsPerRead / 0.7)}, the same for writes.
 *       Its cost: {@code (rcu × rcuHour + wcu × wcuHour) × 730} hours.
 *   <li>On-demand: billed per request unit used, at the AVERAGE rate, for 730 hours:
 *       {@code readsPerSecond × unitsPerRead × 730 × 3600 / 1e6 × readPerMillion}, plus the same
 *       for writes.
 *   <li>The choice is "PAY_PER_REQUEST" when on-demand costs no more than provisioned, else
 *       "PROVISIONED". Round the costs to cents.
 * </ul>
 *
 * Done when {@code mvn test -pl 06-performance -Pexercises -Dtest=ModeChooserTest} passes.
 */
public final class ModeChooser {

    /** Prices: per million on-demand request units, and per provisioned unit-hour. */
    public record Prices(double readPerMillion, double writePerMillion, double rcuHour, double wcuHour) {}

    /** Average reads and writes per second, item size, consistency, peak as a multiple of the average. */
    public record Workload(
            double readsPerSecond,
            double writesPerSecond,
            int itemBytes,
            boolean stronglyConsistent,
            double peakToAverage) {}

    /** The answer: units to provision, monthly costs (rounded to cents), and the mode. */
    public record Choice(long rcu, long wcu, double onDemandMonthly, double provisionedMonthly, String mode) {}

    private static final String NOT_SOLVED = "Exercise 06.2 Choose a capacity mode: not solved yet — start in"
            + " src/exercises/java/com/example/dynamodb/performance/exercises/ModeChooser.java; see README 'Exercises'";

    private ModeChooser() {}

    public static Choice choose(Workload workload, Prices prices) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
