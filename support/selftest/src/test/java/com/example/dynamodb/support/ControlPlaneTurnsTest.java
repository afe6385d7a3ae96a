package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Table changes take their turn while they run, and give it back however they end; reads never
 * wait for it. Observed from inside each request: on the SDK pipeline, by an interceptor of the
 * test's own that runs as the request goes on the wire.
 */
@DynamoDbTest(sdkClient = true)
@Isolated // no other test class changes a table while this one looks at the turn
class ControlPlaneTurnsTest {

    @Test
    @DisplayName(
            "on the SDK pipeline, CreateTable and DeleteTable hold the turn on the wire, reads do not; a refusal gives it back")
    void sdkClients(DynamoDbBackend backend, Tables tables) {
        Map<String, Integer> freeOnTheWire = new LinkedHashMap<>();
        ExecutionInterceptor look = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                freeOnTheWire.put(
                        attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), ControlPlaneTurns.turnsFree());
            }
        };
        String table = tables.reserve("Turns");
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(look)))) {
            client.createTable(DynamoDbBackendTest.simpleTable(table));
            client.listTables();
            assertThatThrownBy(() -> client.createTable(DynamoDbBackendTest.simpleTable(table)))
                    .isInstanceOf(ResourceInUseException.class);
            assertThat(ControlPlaneTurns.turnsFree()).isOne();
            client.deleteTable(b -> b.tableName(table));
        }

        assertThat(freeOnTheWire)
                .containsExactly(Map.entry("CreateTable", 0), Map.entry("ListTables", 1), Map.entry("DeleteTable", 0));
        assertThat(ControlPlaneTurns.turnsFree()).isOne();
    }

    @Test
    @DisplayName(
            "on the embedded engine's client, a table change holds the turn while it runs and gives it back when refused")
    void embeddedClient() {
        Map<String, Integer> freeDuringCall = new LinkedHashMap<>();
        DynamoDbClient recording = new DynamoDbClient() {
            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {}

            @Override
            public software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse deleteTable(
                    software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest request) {
                freeDuringCall.put("DeleteTable", ControlPlaneTurns.turnsFree());
                throw ResourceNotFoundException.builder()
                        .message("no such table")
                        .build();
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.ListTablesResponse listTables(
                    software.amazon.awssdk.services.dynamodb.model.ListTablesRequest request) {
                freeDuringCall.put("ListTables", ControlPlaneTurns.turnsFree());
                return software.amazon.awssdk.services.dynamodb.model.ListTablesResponse.builder()
                        .build();
            }
        };
        DynamoDbClient inTurns = ControlPlaneTurns.inTurns(recording);

        inTurns.listTables(b -> {});
        assertThatThrownBy(() -> inTurns.deleteTable(b -> b.tableName("Missing")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("no such table");

        assertThat(freeDuringCall).containsExactly(Map.entry("ListTables", 1), Map.entry("DeleteTable", 0));
        assertThat(ControlPlaneTurns.turnsFree()).isOne();
    }
}
