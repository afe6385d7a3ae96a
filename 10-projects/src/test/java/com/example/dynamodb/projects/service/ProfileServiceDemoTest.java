package com.example.dynamodb.projects.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo's own start and stop, in-process: the service answers the commands it prints with the
 * statuses the README shows, and closing it stops the web server and closes the DynamoDB client.
 * (A second Spring context on purpose: the shared test context stays open until the JVM ends.)
 */
@DynamoDbTest(sdkClient = true)
class ProfileServiceDemoTest {

    @Test
    @DisplayName(
            "the printed curl commands get 201, 200, 200, 412, 409, 400, 200, 200, 204, 404; stopping closes everything")
    void startsAnswersAndStops(DynamoDbBackend backend, Tables tables) throws Exception {
        ConfigurableApplicationContext service = ProfileServiceDemo.start(backend, tables, "--server.port=0");
        int port = ProfileServiceDemo.port(service);
        DynamoDbClient client = service.getBean(DynamoDbClient.class);
        List<Integer> statuses = new ArrayList<>();
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String command : ProfileServiceDemo.curlCommands(port)) {
                statuses.add(
                        http.send(asRequest(command), BodyHandlers.discarding()).statusCode());
            }
        } finally {
            service.close();
        }

        assertThat(statuses).containsExactly(201, 200, 200, 412, 409, 400, 200, 200, 204, 404);
        assertThat(service.isActive()).isFalse();
        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("localhost", port), 1000))
                .isInstanceOf(ConnectException.class);
        // The client bean was closed with the context: its timer threads are gone, it sends nothing more.
        assertThatThrownBy(() -> client.listTables(b -> b.limit(1))).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    @DisplayName("a port already taken ends in one sentence that says what to do")
    void portInUse(DynamoDbBackend backend, Tables tables) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> ProfileServiceDemo.start(backend, tables, "--server.port=" + taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " is taken by another program: stop it, or give"
                            + " the service another port (-Dserver.port=8081).");
        }
    }

    private static final Pattern TOKEN = Pattern.compile("'([^']*)'|(\\S+)");

    /** The few curl options the demo prints: -i, -X METHOD, -H 'Name: value', -d 'body', and the URL. */
    static HttpRequest asRequest(String command) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(command);
        while (m.find()) {
            tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        String method = "GET";
        String body = null;
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (int i = 1; i < tokens.size(); i++) {
            switch (tokens.get(i)) {
                case "-i" -> {}
                case "-X" -> method = tokens.get(++i);
                case "-H" -> {
                    String[] header = tokens.get(++i).split(":\\s*", 2);
                    request.header(header[0], header[1]);
                }
                case "-d" -> body = tokens.get(++i);
                default -> request.uri(URI.create(tokens.get(i)));
            }
        }
        return request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .build();
    }
}
