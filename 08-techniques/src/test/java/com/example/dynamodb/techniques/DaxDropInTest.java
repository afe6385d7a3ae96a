package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dax.ClusterDaxClient;
import software.amazon.dax.Configuration;

/**
 * No DAX cluster runs locally. These tests prove what can be proven here: the configuration, and
 * that a client with no cluster to talk to fails quickly with a sentence. The timeouts below are
 * guards against a hang, not measurements.
 */
class DaxDropInTest {

    private static final AwsCredentialsProvider DUMMY =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy"));
    private static final Duration NO_HANG = Duration.ofSeconds(30);
    // Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
    private static final Logger DAX_LOG = Logger.getLogger("software.amazon.dax");

    @BeforeAll
    static void quietDaxStartupLog() {
        // The client logs its failed discovery with a stack trace; the tests check the exception instead.
        DAX_LOG.setLevel(Level.OFF);
    }

    @Test
    @DisplayName("the configuration carries the endpoint, region, credentials and bounded timeouts")
    void configuration() {
        Configuration config = DaxDropIn.configuration(
                "dax://my-cluster.abc123.dax-clusters.eu-west-1.amazonaws.com", Region.EU_WEST_1, DUMMY);

        assertThat(config.url()).isEqualTo("dax://my-cluster.abc123.dax-clusters.eu-west-1.amazonaws.com");
        assertThat(config.region()).isEqualTo(Region.EU_WEST_1);
        assertThat(config.credentialsProvider()).isSameAs(DUMMY);
        assertThat(config.connectTimeoutMillis()).isEqualTo(1_000);
        assertThat(config.endpointRefreshTimeoutMillis()).isEqualTo(2_000);
        assertThat(config.requestTimeoutMillis()).isEqualTo(1_000);
        // The defaults this replaces: 6 s to discover the nodes, 60 s per request.
        Configuration defaults = Configuration.builder()
                .url("dax://x:8111")
                .region(Region.EU_WEST_1)
                .credentialsProvider(DUMMY)
                .build();
        assertThat(defaults.endpointRefreshTimeoutMillis()).isEqualTo(6_000);
        assertThat(defaults.requestTimeoutMillis()).isEqualTo(60_000);
    }

    @Test
    @DisplayName("ClusterDaxClient is a DynamoDbClient for data calls; control-plane calls are not DAX's")
    void dropIn() throws IOException {
        assertThat(DynamoDbClient.class).isAssignableFrom(ClusterDaxClient.class);
        // Building succeeds even with nothing listening: the client only logs that discovery failed.
        try (DynamoDbClient dax = ClusterDaxClient.builder()
                .overrideConfiguration(
                        DaxDropIn.configuration("dax://127.0.0.1:" + DaxDropIn.freePort(), Region.US_EAST_1, DUMMY))
                .build()) {
            assertThatThrownBy(() -> dax.describeTable(b -> b.tableName("Products")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> dax.getItem(b -> b.tableName("Products")))
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageContaining("no healthy endpoints available");
        }
    }

    @Test
    @DisplayName("connecting where nothing listens fails at once with a sentence that says what to check")
    void nothingListening() {
        String url = "dax://127.0.0.1:" + DaxDropIn.freePort();

        assertTimeoutPreemptively(
                NO_HANG,
                () -> assertThatThrownBy(() ->
                                DaxDropIn.connect(DaxDropIn.configuration(url, Region.US_EAST_1, DUMMY), "Products"))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("No DAX cluster answered at " + url + " (")
                        .hasMessageContaining("no healthy endpoints available")
                        .hasMessageContaining("security group allows its port"));
    }

    @Test
    @DisplayName(
            "an endpoint that accepts connections but never answers fails within the configured timeouts, not a hang")
    void silentEndpoint() throws IOException {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept()); // accept, read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "dax://127.0.0.1:" + silent.getLocalPort();
            // Shorter than the example's 2 s discovery timeout, to keep the test quick; the behaviour is the same.
            Configuration quick = DaxDropIn.configuration(url, Region.US_EAST_1, DUMMY).toBuilder()
                    .endpointRefreshTimeoutMillis(500)
                    .build();

            assertTimeoutPreemptively(
                    NO_HANG,
                    () -> assertThatThrownBy(() -> DaxDropIn.connect(quick, "Products"))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageStartingWith("No DAX cluster answered at " + url));
            assertThat(accepted).as("the client did reach the endpoint").isNotEmpty();
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    @DisplayName("missing credentials fail while the client is configured, with the SDK's reason")
    void noCredentials() {
        AwsCredentialsProvider none = () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        };

        assertThatThrownBy(() -> DaxDropIn.configuration("dax://127.0.0.1:8111", Region.US_EAST_1, none))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not configure a DAX client for dax://127.0.0.1:8111: Unable to load credentials"
                        + " from any of the providers in the chain");
    }
}
