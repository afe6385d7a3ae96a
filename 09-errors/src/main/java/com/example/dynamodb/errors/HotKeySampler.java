package com.example.dynamodb.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

// tag::sampler[]
/**
 * Persistent throttling on a table that is not over its capacity usually means a hot partition key:
 * one key gets more than a partition can serve (3,000 RCU / 1,000 WCU per second). CloudWatch
 * Contributor Insights shows the most accessed keys on AWS; this interceptor does the same on the
 * client side, for any workload and in tests: it samples single-item requests, counts them by
 * partition key, and counts attempts too, so that keys whose requests were retried stand out.
 */
public final class HotKeySampler implements ExecutionInterceptor {

    /** One partition key value: sampled requests, their attempts, and its share of the sample. */
    public record HotKey(String key, long requests, long attempts, double share) {}

    private static final ExecutionAttribute<String> SAMPLED_KEY = new ExecutionAttribute<>("HotKeySampler.key");

    private final String partitionKey;
    private final int oneIn;
    private final Random random;
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> attempts = new ConcurrentHashMap<>();
    private final LongAdder sampled = new LongAdder();

    /** Samples one request in {@code oneIn} (1: every request), chosen by {@code random}. */
    public HotKeySampler(String partitionKey, int oneIn, Random random) {
        if (oneIn < 1) {
            throw new IllegalArgumentException("Sample one request in 1 or more, not " + oneIn);
        }
        this.partitionKey = partitionKey;
        this.oneIn = oneIn;
        this.random = random;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        AttributeValue key = keyOf(context.request());
        if (key != null && (oneIn == 1 || random.nextInt(oneIn) == 0)) {
            String value = key.s() != null ? key.s() : key.n();
            requests.computeIfAbsent(value, k -> new LongAdder()).increment();
            sampled.increment();
            attributes.putAttribute(SAMPLED_KEY, value); // remembered for this call's attempts
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String value = attributes.getAttribute(SAMPLED_KEY);
        if (value != null) {
            attempts.computeIfAbsent(value, k -> new LongAdder()).increment(); // first tries and retries
        }
    }

    private AttributeValue keyOf(SdkRequest request) {
        if (request instanceof GetItemRequest r) {
            return r.key().get(partitionKey);
        } else if (request instanceof PutItemRequest r) {
            return r.item().get(partitionKey);
        } else if (request instanceof UpdateItemRequest r) {
            return r.key().get(partitionKey);
        } else if (request instanceof DeleteItemRequest r) {
            return r.key().get(partitionKey);
        }
        return null; // queries, scans, batches: not sampled here
    }

    /** The {@code n} keys with the most sampled requests, hottest first. */
    public List<HotKey> hottest(int n) {
        double total = Math.max(1, sampled.sum());
        List<HotKey> keys = new ArrayList<>();
        requests.forEach((key, count) -> keys.add(new HotKey(
                key, count.sum(), attempts.getOrDefault(key, new LongAdder()).sum(), count.sum() / total)));
        keys.sort(Comparator.comparingLong(HotKey::requests).reversed().thenComparing(HotKey::key));
        return keys.subList(0, Math.min(n, keys.size()));
    }

    /** How many requests were sampled in all. */
    public long sampled() {
        return sampled.sum();
    }
}
// end::sampler[]
