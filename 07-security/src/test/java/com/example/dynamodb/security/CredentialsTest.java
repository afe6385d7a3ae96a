package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Endpoints;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

@DynamoDbTest(sdkClient = true)
class CredentialsTest {

    @Test
    @DisplayName("real AWS (no endpoint) and a remote https endpoint get the default provider chain, never fixed keys")
    void awsUsesTheDefaultChain() {
        assertThat(Credentials.credentialsFor(Optional.empty())).isInstanceOf(DefaultCredentialsProvider.class);
        assertThat(Credentials.credentialsFor(Optional.of(URI.create("https://dynamodb.eu-west-1.amazonaws.com"))))
                .isInstanceOf(DefaultCredentialsProvider.class);
    }

    /**
     * One table of hosts through both rules: this lesson's copyable one and the support code's,
     * which every backend uses. Loopback as written only: both refuse the other spellings of an
     * IPv6 loopback address and names that merely look local, which is stricter than needed, never looser.
     */
    @ParameterizedTest(name = "{0} is loopback: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://127.0.0.1:8000                                   | true
            http://127.255.255.254:8000                             | true
            http://127.0.0.01:8000                                  | true
            http://localhost:8000                                   | true
            http://LocalHost:8000                                   | true
            https://localhost:8443                                  | true
            http://[::1]:8000                                       | true
            http://[0:0:0:0:0:0:0:1]:8000                           | true
            http://[0::1]:8000                                      | false
            http://[::0:1]:8000                                     | false
            http://[0000:0000:0000:0000:0000:0000:0000:0001]:8000   | false
            http://[::ffff:127.0.0.1]:8000                          | false
            http://[::1%25lo]:8000                                  | false
            http://localhost.:8000                                  | false
            http://2130706433:8000                                  | false
            http://127.1:8000                                       | false
            http://127.256.0.1:8000                                 | false
            http://127.0.0.1.example.com:8000                       | false
            http://localhost.evil.com:8000                          | false
            http://evil-localhost:8000                              | false
            http://127.0.0.1@evil.com:8000                          | false
            http://0.0.0.0:8000                                     | false
            http://[::]:8000                                        | false
            http://128.0.0.1:8000                                   | false
            http://10.0.0.12:8000                                   | false
            """)
    void sameLoopbackRuleAsSupport(String endpoint, boolean loopback) {
        URI uri = URI.create(endpoint);

        assertThat(Credentials.isLoopback(uri)).as("this lesson's rule").isEqualTo(loopback);
        assertThat(Endpoints.isLoopback(uri)).as("the support rule").isEqualTo(loopback);
        if (loopback) {
            assertThat(Credentials.credentialsFor(Optional.of(uri))).isInstanceOf(StaticCredentialsProvider.class);
            assertThat(Endpoints.requireSafe(uri)).isEqualTo(uri);
        } else {
            assertThatThrownBy(() -> Credentials.credentialsFor(Optional.of(uri)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("signed requests would cross the network unencrypted");
            assertThatThrownBy(() -> Endpoints.requireSafe(uri)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("on loopback, this lesson signs with the same dummy keys as the support factory's client")
    void sameDummyKeysAsSupport(DynamoDbBackend backend) {
        URI local = backend.endpoint().orElseThrow();
        AwsCredentialsIdentity support = backend.client()
                .serviceClientConfiguration()
                .credentialsProvider()
                .resolveIdentity()
                .join();
        AwsCredentials lesson = Credentials.credentialsFor(Optional.of(local)).resolveCredentials();

        assertThat(local.getHost()).isEqualTo("127.0.0.1");
        assertThat(lesson.accessKeyId()).isEqualTo(support.accessKeyId()).isEqualTo("dummykey");
        assertThat(lesson.secretAccessKey())
                .isEqualTo(support.secretAccessKey())
                .isEqualTo("dummysecret");
    }
}
