package com.example.dynamodb.errors.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

// tag::container[]
/**
 * The repository against DynamoDB Local in a container, at a pinned tag: the image your CI and your
 * teammates run, one server for the whole class, and nothing of DynamoDB Local on the test class
 * path. Where no Docker engine answers, JUnit reports the class as skipped, with the reason.
 */
@EnabledIf(value = "dockerIsAvailable", disabledReason = "no Docker engine answers here: container tests skipped")
class LedgerContainerTest {

    private static GenericContainer<?> dynamodbLocal;
    private static DynamoDbClient client;

    static boolean dockerIsAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @BeforeAll
    static void start() {
        dynamodbLocal = new GenericContainer<>(DockerImageName.parse("amazon/dynamodb-local:3.3.1"))
                .withCommand("-jar DynamoDBLocal.jar -inMemory -sharedDb -disableTelemetry")
                .withExposedPorts(8000);
        dynamodbLocal.start();
        client = DynamoDbClient.builder()
                .endpointOverride(
                        URI.create("http://" + dynamodbLocal.getHost() + ":" + dynamodbLocal.getMappedPort(8000)))
                .region(Region.US_EAST_1) // DynamoDB Local ignores region and credentials; the SDK wants both
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (dynamodbLocal != null) {
            dynamodbLocal.stop();
        }
    }

    @Test
    @DisplayName("records an entry once and reads it back, in a container")
    void recordsAndReadsBack() {
        String table = "ledger-" + UUID.randomUUID();
        client.createTable(Ledger.definition(table));
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
        try {
            Ledger ledger = new Ledger(client, table);
            Ledger.Entry entry = new Ledger.Entry("alice", Instant.parse("2026-03-01T12:00:00Z"), 25);

            assertThat(ledger.record(entry)).isEqualTo(Ledger.Recorded.RECORDED);
            assertThat(ledger.record(entry)).isEqualTo(Ledger.Recorded.ALREADY_RECORDED);
            assertThat(ledger.entriesSince("alice", Instant.EPOCH)).containsExactly(entry);
        } finally {
            client.deleteTable(b -> b.tableName(table));
        }
    }
}
// end::container[]
