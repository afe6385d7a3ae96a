package com.example.dynamodb.performance;

import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The HTTP client under the SDK client, and the settings that matter for throughput. Build one
 * DynamoDB client per application and share it: it is thread-safe, and each one owns a
 * connection pool (a client per request pays a TCP and TLS handshake every time).
 */
public final class HttpClients {

    private HttpClients() {}

    // tag::http-clients[]
    /** Sync, the default: a pool of connections; size it to the threads that call DynamoDB. */
    public static SdkHttpClient.Builder<?> apache(int maxConnections) {
        return ApacheHttpClient.builder()
                .maxConnections(maxConnections) // default 50
                .connectionTimeout(Duration.ofSeconds(2)) // to open a connection
                .socketTimeout(Duration.ofSeconds(5)) // between bytes of a response
                .connectionTimeToLive(Duration.ofMinutes(5)) // recycle, so DNS changes are seen
                .tcpKeepAlive(true);
    }

    /** Sync, JDK only: fewer dependencies and a faster start (e.g. Lambda), no connection pool to tune. */
    public static SdkHttpClient.Builder<?> urlConnection() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(5));
    }

    /** Async: Netty, non-blocking; maxConcurrency bounds the requests on the wire at once. */
    public static SdkAsyncHttpClient.Builder<?> netty(int maxConcurrency) {
        return NettyNioAsyncHttpClient.builder()
                .maxConcurrency(maxConcurrency) // default 50; more requests wait for a connection
                .connectionAcquisitionTimeout(Duration.ofSeconds(10)) // how long they may wait
                .connectionTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5))
                .connectionTimeToLive(Duration.ofMinutes(5));
    }
    // end::http-clients[]
}
