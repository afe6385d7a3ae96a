package com.example.dynamodb.errors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.retries.api.BackoffStrategy;

// tag::recording[]
/**
 * A {@link BackoffStrategy} that remembers every delay it chose. The SDK asks its backoff strategy
 * once per retry, with the number of the attempt about to be made (2 for the first retry), and
 * sleeps for the answer; wrapping the strategy shows those answers without timing anything.
 *
 * <pre>{@code
 * RecordingBackoff throttling = new RecordingBackoff(BackoffStrategy.exponentialDelay(base, max));
 * RetryStrategy strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
 *         .throttlingBackoffStrategy(throttling)
 *         .build();
 * ... throttling.chosen()   // [Delay[attempt=2, delay=PT0.007S], Delay[attempt=3, ...]]
 * }</pre>
 */
public final class RecordingBackoff implements BackoffStrategy {

    /** One wait the strategy chose, before attempt number {@code attempt}. */
    public record Delay(int attempt, Duration delay) {}

    private final BackoffStrategy delegate;
    private final List<Delay> chosen = new ArrayList<>();

    public RecordingBackoff(BackoffStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public Duration computeDelay(int attempt) {
        Duration delay = delegate.computeDelay(attempt);
        synchronized (chosen) {
            chosen.add(new Delay(attempt, delay));
        }
        return delay;
    }

    /** Every delay chosen so far, in order. */
    public List<Delay> chosen() {
        synchronized (chosen) {
            return List.copyOf(chosen);
        }
    }
}
// end::recording[]
