package com.example.dynamodb.performance.exercises;

/**
 * Exercise 06.2, a plausible mistake: the provisioned capacity is sized for the average rate, as
 * if auto scaling followed every spike at once. Right for flat traffic, wrong (too cheap, and
 * throttled in reality) when the peak is ten times the average.
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

    private ModeChooser() {}

    public static Choice choose(Workload workload, Prices prices) {
        Workload w = workload;
        double perRead = Math.max(1, Math.ceil(w.itemBytes() / 4096.0)) / (w.stronglyConsistent() ? 1 : 2);
        double perWrite = Math.max(1, Math.ceil(w.itemBytes() / 1024.0));
        long rcu = (long) Math.ceil(w.readsPerSecond() * perRead / 0.7);
        long wcu = (long) Math.ceil(w.writesPerSecond() * perWrite / 0.7);
        double provisioned = (rcu * prices.rcuHour() + wcu * prices.wcuHour()) * 730;
        double millions = 730 * 3600 / 1e6;
        double onDemand = w.readsPerSecond() * perRead * millions * prices.readPerMillion()
                + w.writesPerSecond() * perWrite * millions * prices.writePerMillion();
        return new Choice(
                rcu,
                wcu,
                cents(onDemand),
                cents(provisioned),
                onDemand <= provisioned ? "PAY_PER_REQUEST" : "PROVISIONED");
    }

    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
