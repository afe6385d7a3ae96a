package com.example.dynamodb.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Test wiring, not for copying: asks DynamoDB for the consumed capacity of every request the code
 * under test sends (ReturnConsumedCapacity=INDEXES, added on the way out), and adds up what the
 * responses report, split into table and index units. So a test measures the units of the real
 * method, unchanged. Needs an SDK-built client ({@code @DynamoDbTest(sdkClient = true)}).
 */
public final class CapacityRecorder implements ExecutionInterceptor {

    /** Units of a stretch of work: on the tables, on their indexes, and the requests made. */
    public record Units(double table, double indexes, int requests) {
        public double total() {
            return table + indexes;
        }
    }

    private final List<ConsumedCapacity> seen = new ArrayList<>();
    private int requests;

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        ReturnConsumedCapacity all = ReturnConsumedCapacity.INDEXES;
        if (r instanceof PutItemRequest put) {
            return put.toBuilder().returnConsumedCapacity(all).build();
        } else if (r instanceof UpdateItemRequest update) {
            return update.toBuilder().returnConsumedCapacity(all).build();
        } else if (r instanceof DeleteItemRequest delete) {
            return delete.toBuilder().returnConsumedCapacity(all).build();
        } else if (r instanceof GetItemRequest get) {
            return get.toBuilder().returnConsumedCapacity(all).build();
        } else if (r instanceof QueryRequest query) {
            return query.toBuilder().returnConsumedCapacity(all).build();
        } else if (r instanceof BatchWriteItemRequest batch) {
            return batch.toBuilder().returnConsumedCapacity(all).build();
        } else if (r instanceof TransactWriteItemsRequest transaction) {
            return transaction.toBuilder().returnConsumedCapacity(all).build();
        }
        return r;
    }

    @Override
    public synchronized void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        requests++;
        Object response = context.response();
        if (response instanceof PutItemResponse r && r.consumedCapacity() != null) {
            seen.add(r.consumedCapacity());
        } else if (response instanceof UpdateItemResponse r && r.consumedCapacity() != null) {
            seen.add(r.consumedCapacity());
        } else if (response instanceof DeleteItemResponse r && r.consumedCapacity() != null) {
            seen.add(r.consumedCapacity());
        } else if (response instanceof GetItemResponse r && r.consumedCapacity() != null) {
            seen.add(r.consumedCapacity());
        } else if (response instanceof QueryResponse r && r.consumedCapacity() != null) {
            seen.add(r.consumedCapacity());
        } else if (response instanceof BatchWriteItemResponse r) {
            seen.addAll(r.consumedCapacity());
        } else if (response instanceof TransactWriteItemsResponse r) {
            seen.addAll(r.consumedCapacity());
        }
    }

    /** Forgets what was recorded so far: measure the next operation alone. */
    public synchronized void reset() {
        seen.clear();
        requests = 0;
    }

    public synchronized Units units() {
        double table = 0;
        double indexes = 0;
        for (ConsumedCapacity c : seen) {
            table += c.table() == null ? c.capacityUnits() : c.table().capacityUnits();
            Map<String, Capacity> gsis = c.globalSecondaryIndexes();
            if (gsis != null) {
                indexes += gsis.values().stream()
                        .mapToDouble(Capacity::capacityUnits)
                        .sum();
            }
        }
        return new Units(table, indexes, requests);
    }
}
