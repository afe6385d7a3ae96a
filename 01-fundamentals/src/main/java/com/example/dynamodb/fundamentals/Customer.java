package com.example.dynamodb.fundamentals;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbFlatten;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbIgnoreNulls;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPreserveEmptyObject;

/**
 * One bean, four ways to store a nested object: as a Map that keeps its null fields as NULL
 * ({@code home}), as a Map without them ({@code work}), as a Map that stays an object when it is
 * empty ({@code billing}), and flattened into the item's own attributes ({@code audit}).
 */
// tag::bean[]
@DynamoDbBean
public class Customer {
    private String customerId;
    private Address home; // M; a null street inside is stored as {"NULL": true}
    private Address work; // M without the null fields
    private Address billing; // M; an empty Address reads back as an empty Address, not null
    private Audit audit; // no attribute of its own: createdBy and channel sit beside customerId

    @DynamoDbPartitionKey
    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public Address getHome() {
        return home;
    }

    public void setHome(Address home) {
        this.home = home;
    }

    @DynamoDbIgnoreNulls
    public Address getWork() {
        return work;
    }

    public void setWork(Address work) {
        this.work = work;
    }

    @DynamoDbIgnoreNulls
    @DynamoDbPreserveEmptyObject
    public Address getBilling() {
        return billing;
    }

    public void setBilling(Address billing) {
        this.billing = billing;
    }

    @DynamoDbFlatten
    public Audit getAudit() {
        return audit;
    }

    public void setAudit(Audit audit) {
        this.audit = audit;
    }
}
// end::bean[]
