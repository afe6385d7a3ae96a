package com.example.dynamodb.fundamentals;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** Who created a record and through which channel; {@link Customer} flattens it into its own attributes. */
@DynamoDbBean
public class Audit {
    private String createdBy;
    private String channel;

    public Audit() {}

    public Audit(String createdBy, String channel) {
        this.createdBy = createdBy;
        this.channel = channel;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
