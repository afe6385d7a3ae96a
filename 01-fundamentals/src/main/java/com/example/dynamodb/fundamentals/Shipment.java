package com.example.dynamodb.fundamentals;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** A record with a nested record and a list of them: a Map and a List of Maps in the item. */
@DynamoDbImmutable(builder = Shipment.Builder.class)
public record Shipment(@DynamoDbPartitionKey String shipmentId, Parcel parcel, List<Parcel> returns) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String shipmentId;
        private Parcel parcel;
        private List<Parcel> returns;

        public Builder shipmentId(String shipmentId) {
            this.shipmentId = shipmentId;
            return this;
        }

        public Builder parcel(Parcel parcel) {
            this.parcel = parcel;
            return this;
        }

        public Builder returns(List<Parcel> returns) {
            this.returns = returns;
            return this;
        }

        public Shipment build() {
            return new Shipment(shipmentId, parcel, returns);
        }
    }
}
