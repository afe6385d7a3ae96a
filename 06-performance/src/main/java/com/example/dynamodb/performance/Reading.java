package com.example.dynamodb.performance;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** A sensor reading, as the Enhanced Client maps it: {@code pk} is the key. */
@DynamoDbBean
public class Reading {

    private String pk;
    private String device;
    private Double celsius;

    public Reading() {}

    public Reading(String pk, String device, Double celsius) {
        this.pk = pk;
        this.device = device;
        this.celsius = celsius;
    }

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public Double getCelsius() {
        return celsius;
    }

    public void setCelsius(Double celsius) {
        this.celsius = celsius;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reading r
                && java.util.Objects.equals(pk, r.pk)
                && java.util.Objects.equals(device, r.device)
                && java.util.Objects.equals(celsius, r.celsius);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(pk, device, celsius);
    }

    @Override
    public String toString() {
        return "Reading[" + pk + ", " + device + ", " + celsius + "]";
    }
}
