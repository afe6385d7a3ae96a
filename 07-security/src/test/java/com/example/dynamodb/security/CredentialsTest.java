package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

@DynamoDbTest(sdkClient = true)
class CredentialsTest {

    private static AwsCredentialsProvider forEndpoint(String endpoint) {
        return Credentials.credentialsFor(Optional.of(URI.create(endpoint)));
    }

    @Test
    @DisplayName("real AWS (no endpoint) and a remote https endpoint get the default provider chain, never fixed keys")
    void awsUsesTheDefaultChain() {
        assertThat(Credentials.credentialsFor(Optional.empty())).isInstanceOf(DefaultCredentialsProvider.class);
        assertThat(forEndpoint("https://dynamodb.eu-west-1.amazonaws.com"))
                .isInstanceOf(DefaultCredentialsProvider.class);
    }

    @Test
    @DisplayName("dummy keys go to loopback addresses only")
    void dummyOnLoopback() {
        for (String local : List.of("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000")) {
            AwsCredentialsProvider provider = forEndpoint(local);
            assertThat(provider).isInstanceOf(StaticCredentialsProvider.class);
            assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("local");
        }
    }

    @Test
    @DisplayName("plain http to a remote host is refused, also a name that merely starts with 127.")
    void remotePlainHttpRefused() {
        for (String remote : List.of("http://10.0.0.12:8000", "http://127.0.0.1.attacker.example:8000")) {
            assertThatThrownBy(() -> forEndpoint(remote))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("signed requests would cross the network unencrypted");
        }
    }

    @Test
    @DisplayName("the support factory's client for DynamoDB Local on loopback signs with dummy keys")
    void supportUsesDummyKeysOnLoopback(DynamoDbBackend backend) {
        AwsCredentialsIdentity identity = backend.client()
                .serviceClientConfiguration()
                .credentialsProvider()
                .resolveIdentity()
                .join();

        assertThat(backend.endpoint().orElseThrow().getHost()).isEqualTo("127.0.0.1");
        assertThat(identity.accessKeyId()).isEqualTo("dummykey");
    }
}
