package com.example.dynamodb.projects.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The client bean's rules, without Spring: which endpoint gets which credentials, and what is refused. */
class DynamoDbConfigurationTest {

    final DynamoDbConfiguration configuration = new DynamoDbConfiguration();

    static ProfileStoreProperties properties(String endpoint, String region) {
        return new ProfileStoreProperties(
                endpoint == null ? null : URI.create(endpoint),
                region,
                "Profiles",
                3,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                50);
    }

    @Test
    @DisplayName("a loopback endpoint gets dummy credentials and us-east-1 unless a region is set")
    void loopbackGetsDummyCredentials() {
        ProfileStoreProperties local = properties("http://localhost:8000", null);
        try (SdkHttpClient http = configuration.dynamoDbHttpClient(local);
                DynamoDbClient client = configuration.dynamoDbClient(local, http)) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
            assertThat(client.serviceClientConfiguration().credentialsProvider())
                    .isInstanceOf(StaticCredentialsProvider.class);
            assertThat(client.serviceClientConfiguration().endpointOverride())
                    .contains(URI.create("http://localhost:8000"));
        }
    }

    @Test
    @DisplayName("any other endpoint is left to the default credentials chain")
    void elsewhereTheDefaultChain() {
        ProfileStoreProperties remote = properties("https://dynamodb.eu-west-1.amazonaws.com", "eu-west-1");
        try (SdkHttpClient http = configuration.dynamoDbHttpClient(remote);
                DynamoDbClient client = configuration.dynamoDbClient(remote, http)) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(client.serviceClientConfiguration().credentialsProvider())
                    .isNotInstanceOf(StaticCredentialsProvider.class);
        }
    }

    @Test
    @DisplayName("plain http to another machine is refused with a sentence, before any request")
    void plainHttpElsewhereIsRefused() {
        ProfileStoreProperties remote = properties("http://10.1.2.3:8000", "eu-west-1");
        try (SdkHttpClient http = configuration.dynamoDbHttpClient(remote)) {
            assertThatThrownBy(() -> configuration.dynamoDbClient(remote, http))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("profile-store.endpoint http://10.1.2.3:8000 is plain http to another machine:"
                            + " requests would cross the network unencrypted. Use https, or a loopback address.");
        }
    }

    @ParameterizedTest(name = "{0} is loopback: {1}")
    @CsvSource({
        "http://localhost:8000, true",
        "http://127.0.0.1:8000, true",
        "http://127.8.9.10:8000, true",
        "http://[::1]:8000, true",
        "http://[0:0:0:0:0:0:0:1]:8000, true",
        "http://LOCALHOST:8000, true",
        "http://localhost.example.com:8000, false",
        "http://127.0.0.1.example.com:8000, false",
        "http://[::2]:8000, false",
        "http://10.1.2.3:8000, false"
    })
    void loopbackByNameOnly(String endpoint, boolean loopback) {
        assertThat(DynamoDbConfiguration.isLoopback(URI.create(endpoint))).isEqualTo(loopback);
    }

    @Test
    @DisplayName("no table name is refused at start-up with a sentence that says where to set it")
    void tableIsRequired() {
        assertThatThrownBy(() -> new ProfileStoreProperties(
                        null, null, " ", 3, Duration.ofSeconds(2), Duration.ofSeconds(5), 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("profile-store.table is not set");
    }
}
