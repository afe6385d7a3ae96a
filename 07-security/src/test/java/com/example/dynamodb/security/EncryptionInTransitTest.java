package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.BackendConfig;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class EncryptionInTransitTest {

    @ParameterizedTest(name = "{0} resolves to {1}")
    @CsvSource({
        "eu-west-1, https://dynamodb.eu-west-1.amazonaws.com",
        "us-east-1, https://dynamodb.us-east-1.amazonaws.com",
        "ap-southeast-2, https://dynamodb.ap-southeast-2.amazonaws.com",
        "cn-north-1, https://dynamodb.cn-north-1.amazonaws.com.cn"
    })
    @DisplayName("the SDK resolves every region's DynamoDB endpoint to https")
    void httpsEndpoints(String region, String expected) {
        assertThat(EncryptionInTransit.resolvedEndpoint(Region.of(region), false, false))
                .isEqualTo(URI.create(expected));
    }

    @Test
    @DisplayName("FIPS and dual-stack endpoints are https too")
    void fipsAndDualStack() {
        assertThat(EncryptionInTransit.resolvedEndpoint(Region.US_EAST_1, true, false))
                .isEqualTo(URI.create("https://dynamodb-fips.us-east-1.amazonaws.com"));
        assertThat(EncryptionInTransit.resolvedEndpoint(Region.EU_WEST_1, false, true))
                .isEqualTo(URI.create("https://dynamodb.eu-west-1.api.aws"));
    }

    @Test
    @DisplayName("the support factory refuses plain http to anything but a loopback address")
    void supportRefusesRemotePlainHttp() {
        for (String remote :
                List.of("http://dynamodb.example.com:8000", "http://10.0.0.12:8000", "http://127.0.0.1.example.com")) {
            assertThatThrownBy(() -> BackendConfig.endpoint(remote))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Refusing plain http to " + remote)
                    .hasMessageContaining("unencrypted");
            assertThatThrownBy(() -> BackendConfig.resolve(p -> p.equals("ddb.endpoint") ? remote : null, e -> null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String fine : List.of("http://127.0.0.1:8000", "http://localhost:8000", "https://dynamodb.example.com")) {
            assertThat(BackendConfig.endpoint(fine).endpoint()).contains(URI.create(fine));
        }
    }

    @Test
    @DisplayName("on the wire, the client's first bytes are a TLS ClientHello offering TLS 1.3 and 1.2, nothing older")
    void clientHelloOnTheWire() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> firstRecord = CompletableFuture.supplyAsync(() -> firstRecord(server));
            try (DynamoDbClient client = DynamoDbClient.builder()
                    .httpClient(EncryptionInTransit.tls12OrNewer())
                    .endpointOverride(URI.create("https://127.0.0.1:" + server.getLocalPort()))
                    .region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .overrideConfiguration(
                            o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(Duration.ofSeconds(10)))
                    .build()) {
                // Our fake server hangs up after the ClientHello: the call fails, and nothing was sent in clear.
                assertThatThrownBy(() -> client.listTables()).isInstanceOf(SdkClientException.class);
            }
            byte[] hello = firstRecord.get(10, TimeUnit.SECONDS);

            assertThat(hello[0]).as("TLS record type 22: handshake").isEqualTo((byte) 0x16);
            assertThat(hello[5]).as("handshake type 1: ClientHello").isEqualTo((byte) 0x01);
            assertThat(offeredVersions(hello)).containsExactly("TLSv1.3", "TLSv1.2");
        }
    }

    /** Accepts one connection and returns the first TLS record the client sends. */
    private static byte[] firstRecord(ServerSocket server) {
        try (Socket socket = server.accept()) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] header = in.readNBytes(5);
            int length = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
            byte[] record = new byte[5 + length];
            System.arraycopy(header, 0, record, 0, 5);
            in.readFully(record, 5, length);
            return record;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The supported_versions extension (43) of a ClientHello (RFC 8446, section 4.2.1). */
    private static List<String> offeredVersions(byte[] record) {
        ByteBuffer b = ByteBuffer.wrap(record);
        b.position(5 + 4 + 2 + 32); // record header, handshake header, legacy_version, random
        b.position(b.position() + 1 + (b.get(b.position()) & 0xff)); // session id
        b.position(b.position() + 2 + (b.getShort(b.position()) & 0xffff)); // cipher suites
        b.position(b.position() + 1 + (b.get(b.position()) & 0xff)); // compression methods
        int end = b.position() + 2 + (b.getShort() & 0xffff);
        List<String> versions = new ArrayList<>();
        while (b.position() < end) {
            int type = b.getShort() & 0xffff;
            int length = b.getShort() & 0xffff;
            if (type != 43) {
                b.position(b.position() + length);
                continue;
            }
            int count = (b.get() & 0xff) / 2;
            for (int i = 0; i < count; i++) {
                int version = b.getShort() & 0xffff;
                versions.add(
                        version == 0x0304
                                ? "TLSv1.3"
                                : version == 0x0303 ? "TLSv1.2" : String.format("0x%04x", version));
            }
        }
        return versions;
    }
}
