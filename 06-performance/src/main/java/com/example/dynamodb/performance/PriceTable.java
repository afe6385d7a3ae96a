package com.example.dynamodb.performance;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Properties;

/**
 * Prices for one Region, read from a dated snapshot in {@code src/main/resources}. A snapshot goes
 * stale: every report that uses it says which Region and which date it is.
 */
public record PriceTable(
        String region,
        LocalDate effective,
        BigDecimal onDemandWritePerMillion,
        BigDecimal onDemandReadPerMillion,
        BigDecimal provisionedWcuHour,
        BigDecimal provisionedRcuHour) {

    /** The snapshot for us-east-1 that ships with the lesson. */
    public static PriceTable usEast1() {
        return load("/dynamodb-prices-us-east-1.properties");
    }

    public static PriceTable load(String resource) {
        Properties p = new Properties();
        try (InputStream in = PriceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No price table at " + resource + " on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the price table " + resource, e);
        }
        return new PriceTable(
                p.getProperty("region"),
                LocalDate.parse(p.getProperty("effective")),
                new BigDecimal(p.getProperty("onDemand.writeRequestUnitsPerMillion")),
                new BigDecimal(p.getProperty("onDemand.readRequestUnitsPerMillion")),
                new BigDecimal(p.getProperty("provisioned.wcuHour")),
                new BigDecimal(p.getProperty("provisioned.rcuHour")));
    }

    /** "us-east-1 prices of 2024-11-01 (a snapshot: re-check before deciding)". */
    public String citation() {
        return region + " prices of " + effective + " (a snapshot: re-check before deciding)";
    }
}
