package com.example.dynamodb.fundamentals;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * An immutable record for the Enhanced Client. Records work when annotated
 * {@code @DynamoDbImmutable} with a builder that the mapper can fill in when it reads an item.
 */
@DynamoDbImmutable(builder = Device.Builder.class)
public record Device(String ownerId, String deviceId, Instant registeredAt, boolean active, List<String> tags) {

    @DynamoDbPartitionKey
    @Override
    public String ownerId() {
        return ownerId;
    }

    @DynamoDbSortKey
    @Override
    public String deviceId() {
        return deviceId;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The mapper calls these setters, then build(). */
    public static final class Builder {
        private String ownerId;
        private String deviceId;
        private Instant registeredAt;
        private boolean active;
        private List<String> tags;

        public Builder ownerId(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        public Builder registeredAt(Instant registeredAt) {
            this.registeredAt = registeredAt;
            return this;
        }

        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Device build() {
            return new Device(ownerId, deviceId, registeredAt, active, tags);
        }
    }
}
