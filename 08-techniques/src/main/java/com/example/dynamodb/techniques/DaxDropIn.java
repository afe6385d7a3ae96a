package com.example.dynamodb.techniques;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dax.ClusterDaxClient;
import software.amazon.dax.Configuration;

/**
 * DynamoDB Accelerator as a drop-in: {@code ClusterDaxClient} implements {@link DynamoDbClient},
 * so code written against that interface ({@link ProductStore}, every example of this corpus) runs
 * on a DAX cluster unchanged. No DAX cluster runs locally; what runs here is the client's
 * configuration and its failure when no cluster answers, which must be fast and clear.
 */
public final class DaxDropIn {

    // Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
    private static final Logger DAX_LOG = Logger.getLogger("software.amazon.dax");

    private DaxDropIn() {}

    // tag::configure[]
    /** {@code clusterUrl} is the cluster endpoint, e.g. "dax://my-cluster.abc123.dax-clusters.eu-west-1.amazonaws.com". */
    public static Configuration configuration(String clusterUrl, Region region, AwsCredentialsProvider credentials) {
        try {
            return Configuration.builder()
                    .url(clusterUrl) // dax:// plain, daxs:// with TLS (clusters created with encryption in transit)
                    .region(region)
                    .credentialsProvider(credentials) // DAX signs requests like DynamoDB: same IAM credentials
                    .connectTimeoutMillis(1_000)
                    // Defaults are 6 s to discover the cluster's nodes and 60 s per request: bound both.
                    .endpointRefreshTimeoutMillis(2_000)
                    .requestTimeoutMillis(1_000)
                    .build(); // resolves the credentials now: none found fails here
        } catch (SdkClientException e) {
            throw new IllegalStateException(
                    "Could not configure a DAX client for " + clusterUrl + ": " + e.getMessage(), e);
        }
    }
    // end::configure[]

    // tag::connect[]
    /**
     * Builds the client and makes one small read, so that a wrong endpoint or a missing network
     * path fails at start-up with a sentence, not at the first user request.
     */
    public static DynamoDbClient connect(Configuration configuration, String table) {
        DynamoDbClient dax;
        try {
            dax = ClusterDaxClient.builder()
                    .overrideConfiguration(configuration)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start a DAX client for " + configuration.url() + ": " + e.getMessage(), e);
        }
        try {
            dax.scan(b -> b.tableName(table).limit(1)); // the cheapest read that needs no key
            return dax;
        } catch (SdkClientException e) { // no node answered (a service error would be an AwsServiceException)
            dax.close();
            throw new IllegalStateException(
                    "No DAX cluster answered at " + configuration.url() + " (" + e.getMessage()
                            + "). Check the cluster endpoint, that this code runs in the cluster's VPC, and that the"
                            + " cluster's security group allows its port (8111, or 9111 with TLS).",
                    e);
        } catch (RuntimeException e) { // the cluster answered with an error, e.g. no such table
            dax.close();
            throw e;
        }
    }
    // end::connect[]

    static void demo(DynamoDbBackend ddb, Tables tables) { // neither is used: no DAX cluster runs locally
        Narrator.section("DAX: a drop-in DynamoDbClient (no cluster here)");
        Narrator.step("ClusterDaxClient is a DynamoDbClient: "
                + DynamoDbClient.class.isAssignableFrom(ClusterDaxClient.class));
        // The client logs its failed discovery with a stack trace; the exception below says it in one sentence.
        DAX_LOG.setLevel(Level.OFF);
        String url = "dax://127.0.0.1:" + freePort(); // nothing listens there
        long start = System.nanoTime();
        try {
            var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy"));
            connect(configuration(url, Region.US_EAST_1, credentials), "Products");
        } catch (IllegalStateException e) {
            Narrator.step(String.format("Failed in %.1f s: %s", (System.nanoTime() - start) / 1e9, e.getMessage()));
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free local port", e);
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(DaxDropIn::demo);
    }
}
