package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackendConfigTest {

    private static BackendConfig resolve(Map<String, String> properties, Map<String, String> env) {
        return BackendConfig.resolve(properties::get, env::get);
    }

    @Test
    @DisplayName("with nothing set, the embedded engine is used")
    void defaultsToEmbedded() {
        assertThat(resolve(Map.of(), Map.of()).backend()).isEqualTo(Backend.EMBEDDED);
    }

    @Test
    @DisplayName("a system property wins over the environment variable")
    void propertyBeatsEnvironment() {
        BackendConfig config = resolve(Map.of("ddb.backend", "local-server"), Map.of("DDB_BACKEND", "testcontainers"));
        assertThat(config.backend()).isEqualTo(Backend.LOCAL_SERVER);
    }

    @Test
    @DisplayName("the environment variable is read when no property is set")
    void environmentIsRead() {
        assertThat(resolve(Map.of(), Map.of("DDB_BACKEND", "AWS")).backend()).isEqualTo(Backend.AWS);
    }

    @Test
    @DisplayName("an endpoint on its own selects the endpoint backend")
    void endpointImpliesEndpointBackend() {
        BackendConfig config = resolve(Map.of(), Map.of("DDB_ENDPOINT", "http://127.0.0.1:8000"));
        assertThat(config.backend()).isEqualTo(Backend.ENDPOINT);
        assertThat(config.endpoint()).contains(URI.create("http://127.0.0.1:8000"));
    }

    @Test
    @DisplayName("an unknown backend name is rejected with the list of valid ones")
    void unknownBackend() {
        assertThatThrownBy(() -> resolve(Map.of("ddb.backend", "mongo"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mongo")
                .hasMessageContaining("embedded, local-server, testcontainers, endpoint, aws");
    }

    @Test
    @DisplayName("the endpoint backend without a URL says how to give one")
    void endpointBackendNeedsUrl() {
        assertThatThrownBy(() -> resolve(Map.of("ddb.backend", "endpoint"), Map.of()))
                .hasMessageContaining("-Dddb.endpoint=");
    }

    @Test
    @DisplayName("an endpoint together with another backend is a contradiction, not a guess")
    void endpointWithOtherBackend() {
        assertThatThrownBy(() -> resolve(Map.of("ddb.backend", "aws", "ddb.endpoint", "https://example.com"), Map.of()))
                .hasMessageContaining("'aws' backend");
    }

    @ParameterizedTest(name = "plain http to {0} is refused")
    @ValueSource(strings = {"http://10.0.0.5:8000", "http://dynamodb.example.com", "http://127.0.0.1.example.com:8000"})
    void plainHttpToRemoteHostIsRefused(String url) {
        assertThatThrownBy(() -> BackendConfig.endpoint(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Refusing plain http");
    }

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(
            strings = {
                "http://localhost:8000",
                "http://127.0.0.1:8000",
                "http://127.1.2.3:9",
                "http://[::1]:8000",
                "https://dynamodb.eu-west-1.amazonaws.com"
            })
    void loopbackOrHttpsIsAccepted(String url) {
        assertThat(BackendConfig.endpoint(url).endpoint()).contains(URI.create(url));
    }

    @ParameterizedTest(name = "{0} is not a usable endpoint")
    @ValueSource(strings = {"ftp://127.0.0.1", "127.0.0.1:8000", "http://"})
    void malformedEndpoint(String url) {
        assertThatThrownBy(() -> BackendConfig.endpoint(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("only loopback hosts count as loopback; names are not resolved")
    void loopbackDetection() {
        assertThat(Endpoints.isLoopback(URI.create("http://localhost:1"))).isTrue();
        assertThat(Endpoints.isLoopback(URI.create("http://[::1]:1"))).isTrue();
        assertThat(Endpoints.isLoopback(URI.create("http://127.0.0.1:1"))).isTrue();
        assertThat(Endpoints.isLoopback(URI.create("http://localhost.example.com:1")))
                .isFalse();
        assertThat(Endpoints.isLoopback(URI.create("http://192.168.1.10:1"))).isFalse();
    }
}
