package com.example.dynamodb.support;

import java.util.Locale;

/** Where the examples send their requests. Chosen with {@code -Dddb.backend=...} or {@code DDB_BACKEND}. */
public enum Backend {
    /** DynamoDB Local inside this JVM: no network, no Docker, no account. The default. */
    EMBEDDED("embedded", false),
    /** DynamoDB Local's HTTP server on a free loopback port, called through a normal SDK client. */
    LOCAL_SERVER("local-server", false),
    /** The {@code amazon/dynamodb-local} image, started with Testcontainers (needs Docker). */
    TESTCONTAINERS("testcontainers", false),
    /** Any DynamoDB-compatible endpoint given with {@code -Dddb.endpoint=URL}. Shared with others. */
    ENDPOINT("endpoint", true),
    /** Real Amazon DynamoDB with the default credentials and region. Opt-in: it costs money. */
    AWS("aws", true);

    private final String id;
    private final boolean shared;

    Backend(String id, boolean shared) {
        this.id = id;
        this.shared = shared;
    }

    /** The name used on the command line, e.g. {@code local-server}. */
    public String id() {
        return id;
    }

    /**
     * Whether other people's tables may live there too. On a shared backend every table name gets a
     * run prefix, and the code must never touch a table it did not create.
     */
    public boolean shared() {
        return shared;
    }

    /** Whether the clients are built by the SDK (so interceptors, retry strategies and metrics apply). */
    public boolean sdkBuilt() {
        return this != EMBEDDED;
    }

    public static Backend fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Backend backend : values()) {
            if (backend.id.equals(wanted)) {
                return backend;
            }
        }
        throw new IllegalArgumentException("Unknown DynamoDB backend '" + id
                + "'. Use one of: embedded, local-server, testcontainers," + " endpoint, aws.");
    }
}
