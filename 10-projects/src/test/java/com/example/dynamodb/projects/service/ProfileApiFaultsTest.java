package com.example.dynamodb.projects.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB refusing through the service's real client: the fault injector answers chosen attempts
 * with DynamoDB's own error responses, the SDK unmarshals and retries them (two attempts in this
 * context), and the API turns what is left into a 503. The table is read with the extension's
 * client, which bypasses the injector.
 */
@ProfileServiceTest
class ProfileApiFaultsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FaultInjector faults;

    @Test
    @DisplayName("a throttled update is a 503 with Retry-After after the client's retries, and changes nothing")
    void throttlingIsA503(DynamoDbClient client) {
        String id = ProfileApiTest.newUserId();
        assertThat(mvc.post()
                        .uri("/profiles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"" + id + "\",\"email\":\"" + id + "@example.com\",\"name\":\"Ada\"}"))
                .hasStatus(HttpStatus.CREATED);
        int before = faults.attempts("UpdateItem");
        faults.inject("UpdateItem", Fault.THROTTLE, 2);

        assertThat(mvc.put()
                        .uri("/profiles/" + id + "/details")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ada Lovelace\"}"))
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .hasHeader("Retry-After", "1")
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"type": "%sdynamodb-unavailable", "title": "Service Unavailable", "status": 503,
                         "instance": "/profiles/%s/details",
                         "detail": "DynamoDB is throttling this table right now: nothing was written. Retry in a second."}
                        """.formatted(ProblemResponses.TYPE_PREFIX, id));
        assertThat(faults.attempts("UpdateItem") - before).isEqualTo(2); // max-attempts, both sent
        assertThat(faults.pending("UpdateItem")).isZero();
        Map<String, AttributeValue> stored = client.getItem(
                        b -> b.tableName(ServiceBackend.target().table())
                                .key(Map.of("pk", AttributeValue.fromS("USER#" + id)))
                                .consistentRead(true))
                .item();
        assertThat(stored.get("name").s()).isEqualTo("Ada");
        assertThat(stored.get("version").n()).isEqualTo("1");
    }

    @Test
    @DisplayName("a sign-up whose transaction DynamoDB keeps failing is a 503, and neither item exists")
    void failedTransactionWritesNothing(DynamoDbClient client) {
        String id = ProfileApiTest.newUserId();
        int before = faults.attempts("TransactWriteItems");
        faults.inject("TransactWriteItems", Fault.SERVICE_UNAVAILABLE, 2);

        assertThat(mvc.post()
                        .uri("/profiles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"" + id + "\",\"email\":\"" + id + "@example.com\",\"name\":\"Ada\"}"))
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .hasHeader("Retry-After", "1")
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("DynamoDB did not answer in time or failed. A change may or may not have been applied");
        assertThat(faults.attempts("TransactWriteItems") - before).isEqualTo(2);
        String table = ServiceBackend.target().table();
        for (String key : new String[] {"USER#" + id, "EMAIL#" + id + "@example.com"}) {
            assertThat(client.getItem(b -> b.tableName(table)
                                    .key(Map.of("pk", AttributeValue.fromS(key)))
                                    .consistentRead(true))
                            .hasItem())
                    .as(key)
                    .isFalse();
        }
    }
}
