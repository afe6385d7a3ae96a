package com.example.dynamodb.performance;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * From a described workload to capacity units, the monthly cost of each mode, and a choice. A
 * sketch for a first decision, not a quote: it ignores storage, indexes, free tier and reserved
 * capacity, and its prices are a dated snapshot ({@link PriceTable}).
 */
public final class CapacityPlanner {

    private CapacityPlanner() {}

    // tag::plan[]
    /** Hours in an average month, as AWS prices them (24 × 365 / 12). */
    public static final int HOURS_PER_MONTH = 730;

    /** Auto scaling keeps consumption near this share of what is provisioned. */
    public static final double TARGET_UTILIZATION = 0.70;

    /**
     * Average reads and writes per second, the item size, the read consistency, and how much
     * higher the peak is than the average (1 = flat; 10 = peaks ten times the average).
     */
    public record Workload(
            double readsPerSecond,
            double writesPerSecond,
            int itemSizeBytes,
            boolean stronglyConsistent,
            double peakToAverage) {

        public Workload {
            if (readsPerSecond < 0 || writesPerSecond < 0) {
                throw new IllegalArgumentException("Reads and writes per second cannot be negative");
            }
            if (itemSizeBytes < 1 || itemSizeBytes > 400 * 1024) {
                throw new IllegalArgumentException("An item is 1 byte to 400 KB (409,600 bytes), got " + itemSizeBytes);
            }
            if (peakToAverage < 1) {
                throw new IllegalArgumentException(
                        "The peak cannot be below the average: peakToAverage must be at least 1, got " + peakToAverage);
            }
        }
    }

    /** The plan: units, monthly costs in the price table's currency, the choice and why. */
    public record Plan(
            double rcuPerRead,
            double wcuPerWrite,
            long provisionedRcu,
            long provisionedWcu,
            BigDecimal onDemandMonthly,
            BigDecimal provisionedMonthly,
            String recommendation,
            String reasoning) {}

    public static Plan plan(Workload w, PriceTable prices) {
        double rcuPerRead = CapacityCalculator.readUnits(w.itemSizeBytes(), w.stronglyConsistent());
        double wcuPerWrite = CapacityCalculator.writeUnits(w.itemSizeBytes());
        // Provisioned with auto scaling: enough for the peak at the target utilization.
        long rcu = (long) Math.ceil(w.readsPerSecond() * w.peakToAverage() * rcuPerRead / TARGET_UTILIZATION);
        long wcu = (long) Math.ceil(w.writesPerSecond() * w.peakToAverage() * wcuPerWrite / TARGET_UTILIZATION);
        // Provisioned is billed for what is provisioned, all month: auto scaling follows the
        // traffic, so it pays for the average at the target utilization, and the peak only while
        // it lasts. This plan prices the conservative case: capacity held at the peak.
        BigDecimal provisioned = prices.provisionedRcuHour()
                .multiply(BigDecimal.valueOf(Math.max(rcu, 1)))
                .add(prices.provisionedWcuHour().multiply(BigDecimal.valueOf(Math.max(wcu, 1))))
                .multiply(BigDecimal.valueOf(HOURS_PER_MONTH));
        // On-demand is billed per request unit actually used: the average rate, all month.
        double seconds = HOURS_PER_MONTH * 3600.0;
        BigDecimal readUnits = BigDecimal.valueOf(w.readsPerSecond() * rcuPerRead * seconds / 1e6);
        BigDecimal writeUnits = BigDecimal.valueOf(w.writesPerSecond() * wcuPerWrite * seconds / 1e6);
        BigDecimal onDemand = readUnits
                .multiply(prices.onDemandReadPerMillion())
                .add(writeUnits.multiply(prices.onDemandWritePerMillion()));
        boolean onDemandCheaper = onDemand.compareTo(provisioned) <= 0;
        String why = String.format(
                "on-demand %s vs provisioned %s a month at %s; peak %.1f× the average. %s",
                money(onDemand),
                money(provisioned),
                prices.citation(),
                w.peakToAverage(),
                onDemandCheaper
                        ? "Spiky or low traffic: paying per request beats holding capacity for the peak."
                        : "Steady, high traffic: provisioned capacity with auto scaling costs less per request.");
        return new Plan(
                rcuPerRead,
                wcuPerWrite,
                rcu,
                wcu,
                scale(onDemand),
                scale(provisioned),
                onDemandCheaper ? "PAY_PER_REQUEST" : "PROVISIONED",
                why);
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String money(BigDecimal amount) {
        return "$" + scale(amount).toPlainString();
    }
    // end::plan[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Choosing a capacity mode");
        PriceTable prices = PriceTable.usEast1();
        Narrator.step("Prices: " + prices.citation());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("workload", "RCU", "WCU", "on-demand/month", "provisioned/month", "choice"));
        for (Workload w : List.of(new Workload(100, 50, 1024, false, 1), new Workload(100, 50, 1024, false, 10))) {
            Plan p = plan(w, prices);
            rows.add(List.of(
                    String.format(
                            "%.0f reads/s, %.0f writes/s, 1 KB, peak %.0f×",
                            w.readsPerSecond(), w.writesPerSecond(), w.peakToAverage()),
                    String.valueOf(p.provisionedRcu()),
                    String.valueOf(p.provisionedWcu()),
                    "$" + p.onDemandMonthly(),
                    "$" + p.provisionedMonthly(),
                    p.recommendation()));
        }
        Narrator.table(rows);
    }

    public static void main(String[] args) {
        Walkthroughs.run(CapacityPlanner::demo);
    }
}
