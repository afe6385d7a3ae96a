package com.example.dynamodb.projects.service;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB side of the service as plain beans: an HTTP client, the {@code DynamoDbClient}, and
 * the {@link ProfileStore}. Spring closes them in reverse order on shutdown, after the web server
 * has finished the requests in flight ({@code server.shutdown: graceful}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProfileStoreProperties.class)
public class DynamoDbConfiguration {

    // tag::client[]
    /**
     * Chosen explicitly: a Spring application often has several SDK HTTP clients on its class path
     * (Apache 5, URL connection, the older Apache 4), and the SDK would otherwise pick one by itself.
     */
    @Bean
    public SdkHttpClient dynamoDbHttpClient(ProfileStoreProperties store) {
        return Apache5HttpClient.builder()
                .maxConnections(store.maxConnections())
                .connectionAcquisitionTimeout(Duration.ofSeconds(1)) // a full pool becomes a 503, not a hang
                .connectionTimeout(Duration.ofSeconds(1))
                .socketTimeout(store.apiCallAttemptTimeout())
                .build();
    }

    /** Closed by Spring at shutdown; it leaves the HTTP client, a bean of its own, to Spring too. */
    @Bean
    public DynamoDbClient dynamoDbClient(ProfileStoreProperties store, SdkHttpClient dynamoDbHttpClient) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(dynamoDbHttpClient)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(store.maxAttempts())
                                .build())
                        .apiCallAttemptTimeout(store.apiCallAttemptTimeout())
                        .apiCallTimeout(store.apiCallTimeout()));
        URI endpoint = store.endpoint();
        boolean loopback = endpoint != null && isLoopback(endpoint);
        if (endpoint != null) {
            if ("http".equalsIgnoreCase(endpoint.getScheme()) && !loopback) {
                throw new IllegalStateException("profile-store.endpoint " + endpoint + " is plain http to another"
                        + " machine: requests would cross the network unencrypted. Use https, or a loopback address.");
            }
            builder.endpointOverride(endpoint);
        }
        if (loopback) {
            // DynamoDB Local on this machine accepts any key: real credentials never go to a local endpoint.
            builder.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("dummykey", "dummysecret")));
            builder.region(Region.of(store.region() == null ? "us-east-1" : store.region()));
        } else if (store.region() != null) {
            builder.region(Region.of(store.region()));
        } // else: the default region chain; and off loopback always the default credentials chain
        return builder.build();
    }

    /** localhost, 127.x.y.z or ::1, by name only: a host name that resolves to 127.0.0.1 today is not trusted. */
    static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return host.equals("localhost")
                || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }
    // end::client[]

    @Bean
    public ProfileStore profileStore(DynamoDbClient dynamoDbClient, ProfileStoreProperties store) {
        return new ProfileStore(dynamoDbClient, store.table());
    }
}
