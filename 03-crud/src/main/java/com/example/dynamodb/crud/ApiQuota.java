package com.example.dynamodb.crud;

import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbAtomicCounter;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A user's API usage, kept by the AtomicCounterExtension (on by default): every update adds each
 * counter's delta on the server, whatever the bean holds. The start value is what the FIRST update
 * stores: after one call, {@code Calls} is 1 and {@code Remaining} 99 of a quota of 100.
 */
// tag::bean[]
@DynamoDbBean
public class ApiQuota {
    private String userId;
    private Long calls;
    private Long remaining;

    @DynamoDbPartitionKey
    @DynamoDbAttribute("UserID")
    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    @DynamoDbAtomicCounter(startValue = 1) // delta 1
    @DynamoDbAttribute("Calls")
    public Long getCalls() {
        return calls;
    }

    public void setCalls(Long calls) {
        this.calls = calls;
    }

    @DynamoDbAtomicCounter(startValue = 99, delta = -1)
    @DynamoDbAttribute("Remaining")
    public Long getRemaining() {
        return remaining;
    }

    public void setRemaining(Long remaining) {
        this.remaining = remaining;
    }
}
// end::bean[]
