package com.example.dynamodb.security;

import com.example.dynamodb.support.BackendConfig;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ssl.TLS;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

/**
 * Encryption in transit: the SDK resolves every AWS endpoint to an {@code https://} URL, so each
 * request is a TLS connection; the HTTP client decides which TLS versions and which trusted
 * certificates. Plain {@code http://} is for DynamoDB Local on your own machine only.
 */
public final class EncryptionInTransit {

    private EncryptionInTransit() {}

    // tag::resolve[]
    /** The endpoint the SDK would call in a region: what its rules say, without sending anything. */
    public static URI resolvedEndpoint(Region region, boolean fips, boolean dualStack) {
        return DynamoDbEndpointProvider.defaultProvider()
                .resolveEndpoint(DynamoDbEndpointParams.builder()
                        .region(region)
                        .useFips(fips) // FIPS 140 validated TLS endpoints (US and Canada regions)
                        .useDualStack(dualStack) // IPv4 and IPv6
                        .build())
                .join()
                .url();
    }
    // end::resolve[]

    // tag::tls-client[]
    /** TLS 1.3 or 1.2 and nothing older, with the JDK's trusted certificates and host name checks. */
    public static SdkHttpClient tls12OrNewer() {
        try {
            TlsSocketStrategy tls = ClientTlsStrategyBuilder.create()
                    .setSslContext(SSLContext.getDefault()) // the JDK's trusted certificates
                    .setTlsVersions(TLS.V_1_3, TLS.V_1_2) // what the client offers in its ClientHello
                    .buildClassic(); // no verifier given: the JDK's own check that the certificate names the host
            return Apache5HttpClient.builder().tlsSocketStrategy(tls).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM offers no default TLS context", e);
        }
    }
    // end::tls-client[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Encryption in transit: HTTPS endpoints, TLS settings");
        for (Region region : new Region[] {Region.EU_WEST_1, Region.US_EAST_1}) {
            Narrator.show("endpoint in " + region.id(), resolvedEndpoint(region, false, false));
        }
        Narrator.show("FIPS endpoint in us-east-1", resolvedEndpoint(Region.US_EAST_1, true, false));
        Narrator.show("dual-stack endpoint in eu-west-1", resolvedEndpoint(Region.EU_WEST_1, false, true));
        try {
            BackendConfig.endpoint("http://dynamodb.example.com:8000");
        } catch (IllegalArgumentException e) {
            Narrator.show("-Dddb.endpoint=http://dynamodb.example.com:8000", e.getMessage());
        }
        Narrator.show("-Dddb.endpoint=http://127.0.0.1:8000", "accepted: loopback never leaves this machine");
    }

    public static void main(String[] args) {
        Walkthroughs.run(EncryptionInTransit::demo);
    }
}
