package com.example.dynamodb.projects.service;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

// tag::properties[]
/**
 * Where the profiles live, from {@code profile-store.*}: no endpoint means real DynamoDB, with the
 * default credentials chain and region; an endpoint on this machine (DynamoDB Local) gets dummy
 * credentials; any other endpoint, the default chain again.
 *
 * @param endpoint e.g. {@code http://localhost:8000}; unset for DynamoDB itself
 * @param region unset: the default region chain ({@code AWS_REGION}, the profile); us-east-1 on loopback
 * @param table the table holding profiles and email reservations (required)
 * @param maxAttempts attempts per call, retries included (the SDK's standard strategy)
 * @param apiCallAttemptTimeout one attempt, also the HTTP read timeout
 * @param apiCallTimeout the whole call, retries and backoff included
 * @param maxConnections the HTTP pool; a request that finds it full waits at most one second
 */
@ConfigurationProperties("profile-store")
public record ProfileStoreProperties(
        URI endpoint,
        String region,
        String table,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("2s") Duration apiCallAttemptTimeout,
        @DefaultValue("5s") Duration apiCallTimeout,
        @DefaultValue("50") int maxConnections) {

    public ProfileStoreProperties {
        if (table == null || table.isBlank()) {
            throw new IllegalArgumentException("profile-store.table is not set: name the DynamoDB table that"
                    + " holds the profiles (application.yml, --profile-store.table=... or PROFILE_STORE_TABLE)");
        }
    }
}
// end::properties[]
