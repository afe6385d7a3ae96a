package com.example.dynamodb.performance;

import java.time.Duration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The HTTP client under the SDK client, and the settings that matter for throughput. Build one
 * DynamoDB client per application and share it: it is thread-safe, and each one owns a
 * connection pool (a client per request pays a TCP and TLS handshake every time). Each builder
 * returned here can take more settings before it is handed to {@code httpClientBuilder(...)}.
 */
public final class HttpClients {

    private HttpClients() {}

    // tag::http-clients[]
    /**
     * Sync, the default: a pool of connections; size it to the threads that call DynamoDB.
     * {@code readTimeout}: how long to wait for the next bytes of a response (the SDK's default is
     * 30 s; DynamoDB answers in milliseconds, so a few seconds is plenty).
     */
    public static Apache5HttpClient.Builder apache(int maxConnections, Duration readTimeout) {
        return Apache5HttpClient.builder()
                .maxConnections(maxConnections) // default 50
                .connectionTimeout(Duration.ofSeconds(2)) // to open a connection
                .socketTimeout(readTimeout) // between bytes of a response
                .connectionTimeToLive(Duration.ofMinutes(5)) // recycle, so DNS changes are seen
                .tcpKeepAlive(true);
    }

    /** Sync, JDK only: fewer dependencies and a faster start (e.g. Lambda), no connection pool to tune. */
    public static UrlConnectionHttpClient.Builder urlConnection(Duration readTimeout) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(readTimeout);
    }

    /** Async: Netty, non-blocking; maxConcurrency bounds the requests on the wire at once. */
    public static NettyNioAsyncHttpClient.Builder netty(int maxConcurrency, Duration readTimeout) {
        return NettyNioAsyncHttpClient.builder()
                .maxConcurrency(maxConcurrency) // default 50; more requests wait for a connection
                .connectionAcquisitionTimeout(Duration.ofSeconds(10)) // how long they may wait
                .connectionTimeout(Duration.ofSeconds(2))
                .readTimeout(readTimeout)
                .connectionTimeToLive(Duration.ofMinutes(5));
    }
    // end::http-clients[]
}
