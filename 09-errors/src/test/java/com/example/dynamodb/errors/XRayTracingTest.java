package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Segment;
import com.example.dynamodb.errors.XRayTracing.Call;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.FaultInjector.Fault;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;

@DynamoDbTest(sdkClient = true)
class XRayTracingTest {

    private static DynamoDbClient traced(DynamoDbBackend backend, FaultInjector faults, AWSXRayRecorder recorder) {
        return backend.newClient(b -> XRayTracing.addTo(
                b.httpClientBuilder(faults.httpClientBuilder())
                        .overrideConfiguration(o -> o.retryStrategy(FastRetries.standard(3))),
                recorder));
    }

    @Test
    @DisplayName("a DynamoDB call becomes a subsegment with its operation, table and request id")
    void subsegmentPerCall(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        InMemoryEmitter emitter = new InMemoryEmitter();
        AWSXRayRecorder recorder = XRayTracing.recorder(emitter);

        String requestId;
        try (DynamoDbClient client = traced(backend, new FaultInjector(), recorder)) {
            requestId = XRayTracing.inSegment(
                    recorder,
                    "handler",
                    () -> RequestIds.putAndReturnRequestId(
                            client, table, Map.of(AccountsTable.PK, AttributeValue.fromS("a"))));
        }

        Segment segment = emitter.segments().get(0);
        assertThat(segment.getName()).isEqualTo("handler");
        assertThat(XRayTracing.calls(segment)).containsExactly(new Call("PutItem", table, requestId, 0, false, false));
        assertThat(segment.getSubsegmentsCopy().get(0).getNamespace()).isEqualTo("aws");
    }

    @Test
    @DisplayName("a call the SDK retried is one subsegment whose retries count the resends")
    void retriedCall(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        InMemoryEmitter emitter = new InMemoryEmitter();
        AWSXRayRecorder recorder = XRayTracing.recorder(emitter);
        FaultInjector faults = new FaultInjector().inject("PutItem", Fault.THROTTLE, 2);

        try (DynamoDbClient client = traced(backend, faults, recorder)) {
            XRayTracing.inSegment(
                    recorder,
                    "handler",
                    () -> RequestIds.putAndReturnRequestId(
                            client, table, Map.of(AccountsTable.PK, AttributeValue.fromS("a"))));
        }

        assertThat(faults.attempts("PutItem")).isEqualTo(3);
        assertThat(XRayTracing.calls(emitter.segments().get(0))).singleElement().satisfies(call -> {
            assertThat(call.retries()).isEqualTo(2);
            assertThat(call.error()).isFalse();
        });
    }

    @Test
    @DisplayName("a failed call is marked in its subsegment, with the failing attempt's request id and the exception")
    void failedCall(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        InMemoryEmitter emitter = new InMemoryEmitter();
        AWSXRayRecorder recorder = XRayTracing.recorder(emitter);
        FaultInjector faults = new FaultInjector().inject("GetItem", Fault.SERVER_ERROR, 3);

        try (DynamoDbClient client = traced(backend, faults, recorder)) {
            assertThatThrownBy(() -> XRayTracing.inSegment(
                            recorder, "handler", () -> TableErrors.findAccount(client, table, "a")))
                    .isInstanceOf(InternalServerErrorException.class);
        }

        Segment segment = emitter.segments().get(0);
        Call call = XRayTracing.calls(segment).get(0);
        assertThat(call.operation()).isEqualTo("GetItem");
        assertThat(call.error()).isTrue();
        assertThat(call.requestId()).startsWith("injected-");
        assertThat(segment.getSubsegmentsCopy().get(0).isFault()).isTrue(); // 5xx: a fault, not an error
        assertThat(segment.getSubsegmentsCopy().get(0).getCause().getExceptions())
                .extracting(e -> e.getType())
                .contains(InternalServerErrorException.class.getName());
    }

    @Test
    @DisplayName("addTo keeps the caller's interceptor and retry strategy: 2 attempts, both seen, one subsegment")
    void keepsTheCallersSettings(DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        InMemoryEmitter emitter = new InMemoryEmitter();
        AWSXRayRecorder recorder = XRayTracing.recorder(emitter);
        CallersSettings callers = new CallersSettings("GetItem");

        try (DynamoDbClient client = backend.newClient(b -> {
            XRayTracing.addTo(callers.applyTo(b), recorder);
            callers.assertKeptIn(b.overrideConfiguration());
        })) {
            callers.assertInForce(() ->
                    XRayTracing.inSegment(recorder, "handler", () -> TableErrors.findAccount(client, table, "a")));
        }

        assertThat(XRayTracing.calls(emitter.segments().get(0)))
                .singleElement()
                .satisfies(call -> assertThat(call.retries()).isEqualTo(1));
    }
}
