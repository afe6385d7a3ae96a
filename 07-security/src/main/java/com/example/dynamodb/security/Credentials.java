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
 * Credentials: on AWS, the SDK's default provider chain; never keys in code or in files you commit.
 * Dummy keys only for DynamoDB Local on a loopback address, which checks no signature. The loopback
 * rule and the dummy keys are the support code's ({@code Endpoints.isLoopback}, {@code DynamoDbBackend}),
 * written out here so that the region can be copied alone; a test holds the two to the same answers.
 */
public final class Credentials {

    private Credentials() {}

    // tag::credentials[]
    /** Which credentials a client for this endpoint gets; empty means real AWS, by region. */
    public static AwsCredentialsProvider credentialsFor(Optional<URI> endpoint) {
        if (endpoint.isEmpty()) {
            // The default chain asks, in this order (SDK 2.59.1): Java system properties, environment
            // variables, a web identity token, the shared config and credentials files (a profile, IAM
            // Identity Center included), the container's role, the instance profile. The first two and a
            // profile can hold long-term access keys: prefer a role or IAM Identity Center, whose
            // credentials expire.
            return DefaultCredentialsProvider.builder().build();
        }
        URI uri = endpoint.get();
        if (isLoopback(uri)) {
            // DynamoDB Local accepts any key of letters and digits, and these never leave the machine.
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("dummykey", "dummysecret"));
        }
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("Refusing plain http to " + uri
                    + ": signed requests would cross the network unencrypted. Use https.");
        }
        return DefaultCredentialsProvider.builder().build(); // a DynamoDB-compatible https endpoint
    }

    /** {@code localhost}, {@code 127.x.y.z}, {@code [::1]} or {@code [0:0:0:0:0:0:0:1]}, as written: no name is resolved. */
    public static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost() == null ? "" : endpoint.getHost().toLowerCase(Locale.ROOT);
        // A URI writes an IPv6 address in brackets. "127.0.0.1.example.com" is a name, not loopback.
        String address = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return address.equals("localhost")
                || address.matches("127(\\.\\d{1,3}){3}")
                || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1");
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
