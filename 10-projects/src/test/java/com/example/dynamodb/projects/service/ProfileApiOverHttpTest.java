package com.example.dynamodb.projects.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The same application over real HTTP (Tomcat on a random port): the wire format, and two clients at once. */
@ProfileServiceTest
class ProfileApiOverHttpTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, BodyHandlers.ofString());
    }

    @Test
    @DisplayName("a refusal reaches the client as application/problem+json, with the fields and no stack trace")
    void problemOnTheWire() throws Exception {
        HttpResponse<String> response = send(request("/profiles")
                .POST(BodyPublishers.ofString("{\"userId\":\"ok-id\",\"email\":\"nope\",\"name\":\"X\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"field\":\"email\"", "\"reason\":\"email 'nope' is not an address like name@example.com\"")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName(
            "two updates sent at once with the same version: one applies, the other gets 412; retried, both changes stay")
    void concurrentUpdatesLoseNothing() throws Exception {
        String id = ProfileApiTest.newUserId();
        assertThat(send(request("/profiles")
                                .POST(BodyPublishers.ofString("{\"userId\":\"" + id + "\",\"email\":\"" + id
                                        + "@example.com\",\"name\":\"Ada\",\"bio\":\"\"}"))
                                .build())
                        .statusCode())
                .isEqualTo(201);
        // Both editors read version 1; one changes the name, the other the bio.
        HttpRequest rename = request("/profiles/" + id + "/details")
                .header("If-Match", "\"1\"")
                .PUT(BodyPublishers.ofString("{\"name\":\"Ada Lovelace\",\"bio\":\"\"}"))
                .build();
        HttpRequest describe = request("/profiles/" + id + "/details")
                .header("If-Match", "\"1\"")
                .PUT(BodyPublishers.ofString("{\"name\":\"Ada\",\"bio\":\"First programmer\"}"))
                .build();
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(rename, BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> second = http.sendAsync(describe, BodyHandlers.ofString());
        List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        boolean renameWon = statuses.get(0) == 200;
        // The 412 wrote nothing: what is stored is exactly the winner's change, at version 2.
        HttpResponse<String> current = send(request("/profiles/" + id).GET().build());
        assertThat(current.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(current.body())
                .isEqualTo("{\"userId\":\"" + id + "\",\"email\":\"" + id + "@example.com\","
                        + (renameWon
                                ? "\"name\":\"Ada Lovelace\",\"bio\":\"\""
                                : "\"name\":\"Ada\",\"bio\":\"First programmer\"")
                        + ",\"version\":2}");
        // The loser re-applies its own change to what it just read: either way, both changes together.
        HttpResponse<String> retried = send(request("/profiles/" + id + "/details")
                .header("If-Match", "\"2\"")
                .PUT(BodyPublishers.ofString("{\"name\":\"Ada Lovelace\",\"bio\":\"First programmer\"}"))
                .build());
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(send(request("/profiles/" + id).GET().build()).body())
                .isEqualTo("{\"userId\":\"" + id + "\",\"email\":\"" + id
                        + "@example.com\",\"name\":\"Ada Lovelace\",\"bio\":\"First programmer\",\"version\":3}");
    }
}
