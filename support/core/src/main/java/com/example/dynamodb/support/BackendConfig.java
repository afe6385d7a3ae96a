package com.example.dynamodb.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Which backend to use, read from system properties first and environment variables second:
 *
 * <pre>
 *   -Dddb.backend=embedded|local-server|testcontainers|endpoint|aws   (or DDB_BACKEND)
 *   -Dddb.endpoint=http://127.0.0.1:8000                              (or DDB_ENDPOINT)
 * </pre>
 *
 * An endpoint on its own means the {@code endpoint} backend. The safety rules are checked here,
 * before any client exists: plain {@code http://} only to a loopback address.
 */
public record BackendConfig(Backend backend, Optional<URI> endpoint) {

    public static final String BACKEND_PROPERTY = "ddb.backend";
    public static final String BACKEND_ENV = "DDB_BACKEND";
    public static final String ENDPOINT_PROPERTY = "ddb.endpoint";
    public static final String ENDPOINT_ENV = "DDB_ENDPOINT";

    public BackendConfig {
        if (backend == Backend.ENDPOINT && endpoint.isEmpty()) {
            throw new IllegalArgumentException(
                    "The 'endpoint' backend needs a URL: add -Dddb.endpoint=http://127.0.0.1:8000 (or set"
                            + " DDB_ENDPOINT).");
        }
        if (backend != Backend.ENDPOINT && endpoint.isPresent()) {
            throw new IllegalArgumentException("An endpoint (" + endpoint.get() + ") was given together with the '"
                    + backend.id() + "' backend. Drop -Dddb.backend, or set it to 'endpoint'.");
        }
        endpoint.ifPresent(Endpoints::requireSafe);
    }

    public static BackendConfig of(Backend backend) {
        return new BackendConfig(backend, Optional.empty());
    }

    public static BackendConfig endpoint(String url) {
        return new BackendConfig(Backend.ENDPOINT, Optional.of(parse(url)));
    }

    /** The configuration of this JVM: system properties, then environment, then the default. */
    public static BackendConfig fromEnvironment() {
        return resolve(System::getProperty, System::getenv);
    }

    /** Resolves a configuration from any two lookups; {@link #fromEnvironment()} uses the real ones. */
    public static BackendConfig resolve(UnaryOperator<String> properties, UnaryOperator<String> env) {
        Optional<String> backendName = firstNonBlank(properties.apply(BACKEND_PROPERTY), env.apply(BACKEND_ENV));
        Optional<URI> endpoint = firstNonBlank(properties.apply(ENDPOINT_PROPERTY), env.apply(ENDPOINT_ENV))
                .map(BackendConfig::parse);
        Backend backend =
                backendName.map(Backend::fromId).orElse(endpoint.isPresent() ? Backend.ENDPOINT : Backend.EMBEDDED);
        return new BackendConfig(backend, endpoint);
    }

    private static Optional<String> firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return Optional.of(first.trim());
        }
        return second == null || second.isBlank() ? Optional.empty() : Optional.of(second.trim());
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("The DynamoDB endpoint '" + url
                        + "' is not an http(s) URL with a host, e.g." + " http://127.0.0.1:8000.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The DynamoDB endpoint '" + url + "' is not a valid URL.", e);
        }
    }
}
