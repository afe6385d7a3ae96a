package com.example.dynamodb.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Table names and clean-up. Examples speak of logical names ("Orders"); this class turns them into
 * physical names that cannot collide with anyone else's table, and deletes only those names when
 * it is closed.
 *
 * <p>The rule that keeps other people's data safe: a name is handed out only after DynamoDB has
 * said that no such table exists, and only handed-out names are ever deleted. A table this run
 * did not create is never deleted or overwritten.
 */
public final class Tables implements AutoCloseable {

    private static final Pattern LOGICAL_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    private final DynamoDbClient client;
    private final String prefix;
    private final boolean uniqueSuffix;
    private final Set<String> reserved = Collections.synchronizedSet(new LinkedHashSet<>());

    /**
     * @param prefix put before every name, e.g. a run prefix on a shared backend ("" for none)
     * @param uniqueSuffix whether every name gets a random suffix (tests that share one engine)
     */
    public Tables(DynamoDbClient client, String prefix, boolean uniqueSuffix) {
        this.client = client;
        this.prefix = prefix;
        this.uniqueSuffix = uniqueSuffix;
    }

    /**
     * For walkthroughs: readable names ("Users") on a private engine; on a shared backend
     * (endpoint, aws) every name starts with a prefix unique to this run, e.g. "djx-3f9a1c-Users".
     */
    public static Tables forWalkthrough(DynamoDbBackend backend) {
        String prefix = backend.kind().shared() ? "djx-" + shortId() + "-" : "";
        return new Tables(backend.client(), prefix, false);
    }

    /** For tests: a unique name per call, so tests sharing one engine never see each other's tables. */
    public static Tables forTests(DynamoDbBackend backend) {
        return new Tables(backend.client(), backend.kind().shared() ? "djx-test-" : "", true);
    }

    /**
     * Returns a physical name for {@code logicalName} that no existing table has, and remembers it
     * so that {@link #close()} can delete the table if the caller creates one.
     */
    public String reserve(String logicalName) {
        if (logicalName == null || !LOGICAL_NAME.matcher(logicalName).matches()) {
            throw new IllegalArgumentException(
                    "A table name may use only letters, digits, '_', '-' and '.', got: " + logicalName);
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = prefix + logicalName;
            if (uniqueSuffix) {
                candidate += "-" + shortId();
            } else if (attempt > 0) {
                candidate += "-" + (attempt + 1);
            }
            if (!reserved.contains(candidate) && !exists(candidate)) {
                reserved.add(candidate);
                return candidate;
            }
        }
        throw new IllegalStateException("Could not find a free table name for " + logicalName);
    }

    /** The names handed out so far, in order. */
    public List<String> reserved() {
        synchronized (reserved) {
            return List.copyOf(reserved);
        }
    }

    /** Creates a table and waits until it is ACTIVE. The name must come from {@link #reserve}. */
    public void createAndWait(CreateTableRequest request) {
        if (!reserved.contains(request.tableName())) {
            throw new IllegalArgumentException(
                    "Table " + request.tableName() + " was not reserved with Tables.reserve(...): refusing to"
                            + " create a table this run could not safely clean up.");
        }
        client.createTable(request);
        waitUntilActive(client, request.tableName());
    }

    /**
     * How {@link #waitUntilActive} polls: 50 ms after the first look, then twice as long each time up
     * to the 20 s the SDK's waiter always waits, about 10 minutes in all. A local engine that is still
     * CREATING at the first look (dynalite, a busy DynamoDB Local) is ready milliseconds later, and
     * the SDK's fixed 20 s made each such table cost 20 s; on AWS a table takes seconds, and a few
     * more DescribeTable calls at the start cost nothing. (The waiter asks the strategy for attempt
     * n's delay as {@code computeDelay(n + 2)}: hence the 25 ms base.)
     */
    static final WaiterOverrideConfiguration POLLING = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(
                    BackoffStrategy.exponentialDelayWithoutJitter(Duration.ofMillis(25), Duration.ofSeconds(20)))
            .maxAttempts(40)
            .build();

    /** Waits until a table exists and is ACTIVE (DynamoDB creates tables asynchronously). */
    public static void waitUntilActive(DynamoDbClient client, String tableName) {
        // The builder form works for any DynamoDbClient, also the embedded engine's proxy.
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
                .client(client)
                .overrideConfiguration(POLLING)
                .build()) {
            waiter.waitUntilTableExists(b -> b.tableName(tableName));
        }
    }

    /**
     * Deletes the reserved tables that exist now; leaves every other table alone. A table of ours
     * with deletion protection on gets it switched off first (DynamoDB refuses to delete it
     * otherwise). One failed delete does not stop the others: after trying every table, the first
     * failure is thrown, naming the tables left behind, with the other failures suppressed.
     */
    @Override
    public void close() {
        List<String> names = new ArrayList<>(reserved());
        Collections.reverse(names);
        List<String> leftBehind = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (String name : names) {
            try {
                deleteIfExists(name);
                reserved.remove(name);
            } catch (RuntimeException e) {
                leftBehind.add(name);
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException(
                    "Could not delete " + leftBehind.size() + " table(s) this run created: " + leftBehind
                            + ". Delete them yourself (aws dynamodb delete-table --table-name NAME). First"
                            + " cause: " + failures.get(0).getMessage(),
                    failures.get(0));
            failures.subList(1, failures.size()).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private void deleteIfExists(String name) {
        TableDescription table;
        try {
            table = client.describeTable(
                            DescribeTableRequest.builder().tableName(name).build())
                    .table();
        } catch (ResourceNotFoundException e) {
            return;
        }
        if (Boolean.TRUE.equals(table.deletionProtectionEnabled())) {
            // Ours, so ours to unprotect. DynamoDB updates the table asynchronously: wait for ACTIVE.
            client.updateTable(UpdateTableRequest.builder()
                    .tableName(name)
                    .deletionProtectionEnabled(false)
                    .build());
            waitUntilActive(client, name);
        }
        try {
            client.deleteTable(DeleteTableRequest.builder().tableName(name).build());
        } catch (ResourceNotFoundException e) {
            // Gone in the meantime: what we wanted.
        }
    }

    private boolean exists(String name) {
        try {
            client.describeTable(DescribeTableRequest.builder().tableName(name).build());
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
