package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest(sdkClient = true)
class RequestIdLogTest {

    private static DynamoDbClient logged(DynamoDbBackend backend, FaultInjector faults, List<String> lines) {
        return backend.newClient(b -> b.httpClientBuilder(faults.httpClientBuilder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new RequestIdLog(lines::add))
                        .retryStrategy(FastRetries.standard(3))));
    }

    @Test
    @DisplayName("the logged request id is the one in the response's metadata")
    void loggedIdMatchesResponse(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        List<String> lines = new CopyOnWriteArrayList<>();

        String id;
        try (DynamoDbClient client = logged(backend, new FaultInjector(), lines)) {
            id = RequestIds.putAndReturnRequestId(client, table, Map.of(AccountsTable.PK, AttributeValue.fromS("a")));
        }

        assertThat(id).isNotBlank();
        assertThat(lines).containsExactly("PutItem attempt 1 status 200 requestId " + id);
    }

    @Test
    @DisplayName("every attempt of a retried call is logged with its status; the exception carries the last id")
    void everyAttemptLogged(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        List<String> lines = new CopyOnWriteArrayList<>();
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 3);

        Throwable failure;
        try (DynamoDbClient client = logged(backend, faults, lines)) {
            failure = catchThrowable(() -> TableErrors.findAccount(client, table, "a"));
        }

        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(i)).startsWith("GetItem attempt " + (i + 1) + " status 500 requestId injected-");
        }
        assertThat(lines.get(2)).endsWith(RequestIds.requestIdOf(failure));
    }

    @Test
    @DisplayName("a failure without a response has no request id, and says so")
    void noResponseNoId() {
        assertThat(RequestIds.requestIdOf(SdkClientException.create("Unable to execute HTTP request")))
                .isEqualTo("(none)");
    }
}
