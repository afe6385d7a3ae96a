package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Credentials: on AWS, the SDK's default provider chain (environment, profile and SSO, web
 * identity, container and instance roles), never keys in code or configuration files you commit;
 * dummy keys only for DynamoDB Local on a loopback address, which checks no signature.
 */
public final class Credentials {

    private Credentials() {}

    // tag::credentials[]
    /** Which credentials a client for this endpoint gets; empty means real AWS, by region. */
    public static AwsCredentialsProvider credentialsFor(Optional<URI> endpoint) {
        if (endpoint.isEmpty()) {
            // Temporary credentials from a role wherever possible: they expire, and nothing is stored.
            return DefaultCredentialsProvider.builder().build();
        }
        URI uri = endpoint.get();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        // Matched by address, never resolved: "127.0.0.1.attacker.example" is not loopback.
        boolean loopback = host.equals("localhost") || host.matches("127(\\.\\d{1,3}){3}") || host.equals("[::1]");
        if (!loopback && "http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Refusing plain http to " + uri
                    + ": signed requests would cross the network unencrypted. Use https.");
        }
        if (loopback) {
            // DynamoDB Local accepts any key of letters and digits, and these never leave the machine.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build(); // a DynamoDB-compatible https endpoint
    }
    // end::credentials[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Credentials: the default chain on AWS, dummy keys on loopback only");
        for (String endpoint :
                new String[] {null, "http://127.0.0.1:8000", "https://dynamodb.eu-west-1.amazonaws.com"}) {
            AwsCredentialsProvider provider =
                    credentialsFor(Optional.ofNullable(endpoint).map(URI::create));
            Narrator.show(
                    endpoint == null ? "AWS (no endpoint)" : endpoint,
                    provider.getClass().getSimpleName());
        }
        try {
            credentialsFor(Optional.of(URI.create("http://10.0.0.12:8000")));
        } catch (IllegalArgumentException e) {
            Narrator.show("http://10.0.0.12:8000", e.getMessage());
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(Credentials::demo);
    }
}
