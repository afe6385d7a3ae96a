package com.example.dynamodb.modeling;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * An order as an annotated Enhanced Client bean: the table's key is {@code orderId}; the
 * {@value #BY_CUSTOMER} global secondary index is keyed by {@code customerId} and
 * {@code orderDate}. The annotations only describe the index to the mapper (queries, and
 * {@code createTable}); the index itself exists only if the table was created with it.
 */
// tag::bean[]
@DynamoDbBean
public class Order {

    public static final String BY_CUSTOMER = "CustomerOrdersIndex";

    private String orderId;
    private String customerId;
    private String orderDate;
    private Integer total;

    public Order() {}

    public Order(String orderId, String customerId, String orderDate, Integer total) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.orderDate = orderDate;
        this.total = total;
    }

    @DynamoDbPartitionKey
    public String getOrderId() {
        return orderId;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = BY_CUSTOMER)
    public String getCustomerId() {
        return customerId;
    }

    @DynamoDbSecondarySortKey(indexNames = BY_CUSTOMER)
    public String getOrderDate() {
        return orderDate;
    }

    public Integer getTotal() {
        return total;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public void setOrderDate(String orderDate) {
        this.orderDate = orderDate;
    }

    public void setTotal(Integer total) {
        this.total = total;
    }

    @Override
    public String toString() {
        return orderId + " " + customerId + " " + orderDate + " " + total;
    }
}
// end::bean[]
