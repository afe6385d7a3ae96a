package com.example.dynamodb.performance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Consumed capacity per table and operation, for every request a client sends: an interceptor
 * that asks for {@code ReturnConsumedCapacity=TOTAL} where the caller did not, and adds up what
 * each response reports. Install it with {@link #addTo}, which keeps the builder's own settings.
 */
public final class ConsumedCapacityRecorder implements ExecutionInterceptor {

    // tag::recorder[]
    private final Map<String, DoubleAdder> units = new ConcurrentHashMap<>();

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        SdkRequest r = context.request();
        if (r instanceof PutItemRequest p && p.returnConsumedCapacity() == null) {
            return p.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof GetItemRequest g && g.returnConsumedCapacity() == null) {
            return g.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof UpdateItemRequest u && u.returnConsumedCapacity() == null) {
            return u.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof DeleteItemRequest d && d.returnConsumedCapacity() == null) {
            return d.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof QueryRequest q && q.returnConsumedCapacity() == null) {
            return q.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof ScanRequest s && s.returnConsumedCapacity() == null) {
            return s.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof BatchGetItemRequest bg && bg.returnConsumedCapacity() == null) {
            return bg.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof BatchWriteItemRequest bw && bw.returnConsumedCapacity() == null) {
            return bw.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof TransactGetItemsRequest tg && tg.returnConsumedCapacity() == null) {
            return tg.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof TransactWriteItemsRequest tw && tw.returnConsumedCapacity() == null) {
            return tw.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof ExecuteStatementRequest es && es.returnConsumedCapacity() == null) {
            return es.toBuilder().returnConsumedCapacity(total).build(); // PartiQL costs the same units
        } else if (r instanceof BatchExecuteStatementRequest be && be.returnConsumedCapacity() == null) {
            return be.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof ExecuteTransactionRequest et && et.returnConsumedCapacity() == null) {
            return et.toBuilder().returnConsumedCapacity(total).build();
        }
        return r;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        // Single-item operations, Query, Scan and ExecuteStatement report one ConsumedCapacity;
        // batches and transactions (PartiQL's too) a list, one per table.
        context.response().getValueForField("ConsumedCapacity", Object.class).ifPresent(value -> {
            List<?> all = value instanceof List<?> list ? list : List.of(value);
            for (Object each : all) {
                ConsumedCapacity c = (ConsumedCapacity) each;
                if (c.capacityUnits() != null) {
                    units.computeIfAbsent(c.tableName() + " " + operation, k -> new DoubleAdder())
                            .add(c.capacityUnits());
                }
            }
        });
    }

    /** Units per "table operation", e.g. "Orders PutItem" → 12.0, sorted by key. */
    public Map<String, Double> units() {
        Map<String, Double> copy = new TreeMap<>();
        units.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /**
     * Adds this recorder to a client builder and keeps what the builder already has:
     * {@code builder.overrideConfiguration(o -> ...)} would start from an empty configuration and
     * drop the caller's retry strategy, timeouts and interceptors.
     */
    public <B extends SdkClientBuilder<B, ?>> B addTo(B builder) {
        return builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(this)
                .build());
    }
    // end::recorder[]
}
