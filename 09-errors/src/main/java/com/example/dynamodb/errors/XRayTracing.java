package com.example.dynamodb.errors;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.AWSXRayRecorderBuilder;
import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import com.amazonaws.xray.strategy.sampling.AllSamplingStrategy;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * AWS X-Ray's interceptor for SDK v2 adds one subsegment per DynamoDB call to the segment open on
 * the calling thread (in Lambda or behind X-Ray's servlet filter, the request's segment), with the
 * operation, the table, the request id, the number of retries and the HTTP status. In the X-Ray
 * console that is the DynamoDB node of the service map and the bar in each trace's timeline.
 *
 * <p>The X-Ray SDKs are in maintenance mode since 2026-02-25 (critical security fixes only) and reach
 * their end of support on 2027-02-25 (AWS X-Ray Developer Guide, "X-Ray SDK and daemon end of
 * support timeline"): new code should trace with OpenTelemetry ({@link OpenTelemetryTracing}),
 * which can send its traces to X-Ray. This class stays for applications that still run the X-Ray SDK.
 */
public final class XRayTracing {

    private XRayTracing() {}

    // tag::xray[]
    /** A recorder that samples every request; an application uses the default (daemon, sampling rules). */
    public static AWSXRayRecorder recorder(Emitter emitter) {
        return AWSXRayRecorderBuilder.standard()
                .withEmitter(emitter)
                .withSamplingStrategy(new AllSamplingStrategy())
                .build();
    }

    /** X-Ray's interceptor for the SDK: one subsegment per call. */
    public static ExecutionInterceptor interceptor(AWSXRayRecorder recorder) {
        return new TracingInterceptor(recorder, null, null); // new TracingInterceptor(): the global recorder
    }

    /**
     * Adds X-Ray tracing to a client builder (sync or async) and keeps what the builder already has:
     * the caller's retry strategy, timeouts, metric publishers and interceptors.
     * {@code builder.overrideConfiguration(o -> ...)} would start from an empty configuration and drop them.
     */
    public static <B extends SdkClientBuilder<B, ?>> B addTo(B builder, AWSXRayRecorder recorder) {
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(interceptor(recorder))
                .build());
    }

    /** Runs {@code work} in a segment of its own (Lambda and X-Ray's servlet filter open one for you). */
    public static <T> T inSegment(AWSXRayRecorder recorder, String name, Supplier<T> work) {
        recorder.beginSegment(name);
        try {
            return work.get();
        } finally {
            recorder.endSegment();
        }
    }
    // end::xray[]

    /** What one DynamoDB subsegment recorded. */
    public record Call(
            String operation, String table, String requestId, int retries, boolean error, boolean throttle) {}

    /** The DynamoDB calls in a segment, in order. */
    public static List<Call> calls(Segment segment) {
        List<Call> calls = new ArrayList<>();
        for (Subsegment sub : segment.getSubsegmentsCopy()) {
            Map<String, Object> aws = sub.getAws();
            calls.add(new Call(
                    String.valueOf(aws.get("operation")),
                    String.valueOf(aws.get("table_name")),
                    String.valueOf(aws.get("request_id")),
                    aws.get("retries") instanceof Number n ? n.intValue() : 0,
                    sub.isError() || sub.isFault(),
                    sub.isThrottle()));
        }
        return calls;
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Tracing with the X-Ray SDK (maintenance mode until 2027-02-25)");
        String table = AccountsTable.create(tables, "Accounts");
        InMemoryEmitter emitter = new InMemoryEmitter();
        AWSXRayRecorder recorder = recorder(emitter);
        try (DynamoDbClient client = ddb.newClient(b -> addTo(b, recorder))) {
            inSegment(recorder, "deposit-handler", () -> {
                AccountsTable.open(client, table, "alice", "alice", 10);
                try {
                    client.getItem(
                            b -> b.tableName(table + "-typo").key(Map.of(AccountsTable.PK, AttributeValue.fromS("a"))));
                } catch (DynamoDbException expected) {
                    // recorded in the trace as an error
                }
                return null;
            });
        }
        Segment segment = emitter.segments().get(0);
        Narrator.show(
                "segment",
                segment.getName() + ", " + segment.getSubsegmentsCopy().size() + " subsegments");
        for (Call call : calls(segment)) {
            Narrator.say(call.operation() + " on " + call.table().replace(table, "Accounts") + ": retries "
                    + call.retries() + ", error " + call.error() + ", request id present "
                    + !call.requestId().equals("null"));
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(XRayTracing::demo);
    }
}
