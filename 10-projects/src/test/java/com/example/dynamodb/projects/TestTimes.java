package com.example.dynamodb.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Times for tests, always relative to the real clock: no test may depend on today's date staying
 * before a constant, because TTL (which deletes expired items) runs on the real clock.
 */
public final class TestTimes {

    private TestTimes() {}

    /**
     * Tomorrow (UTC) at {@code hour:minute}: a time of day the test can name (23:00 to cross midnight),
     * and in the future, so that items expiring after it are not TTL's to delete while the test runs.
     */
    public static Instant tomorrowAt(int hour, int minute) {
        return LocalDate.now(Clock.systemUTC()).plusDays(1).atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }
}
