package com.example.dynamodb.fundamentals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A product in a catalogue, with types of its own: a {@link Sku} key converted by one annotation,
 * two {@link Money} fields converted by a provider the bean lists, an enum, and three java.time types.
 */
// tag::bean[]
@DynamoDbBean(converterProviders = {MoneyConverterProvider.class, DefaultAttributeConverterProvider.class})
public class CatalogItem {
    private Sku sku;
    private String name;
    private Money price; // N, cents (MoneyConverterProvider)
    private Money shipping; // N, cents (the same provider: no annotation per field)
    private Availability availability; // S, the constant's name
    private Instant listedAt; // S, ISO-8601 in UTC
    private LocalDate availableFrom; // S, yyyy-MM-dd
    private Duration deliveryTime; // N, seconds

    @DynamoDbPartitionKey
    @DynamoDbConvertedBy(SkuConverter.class)
    public Sku getSku() {
        return sku;
    }

    public void setSku(Sku sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Money getPrice() {
        return price;
    }

    public void setPrice(Money price) {
        this.price = price;
    }

    public Money getShipping() {
        return shipping;
    }

    public void setShipping(Money shipping) {
        this.shipping = shipping;
    }

    public Availability getAvailability() {
        return availability;
    }

    public void setAvailability(Availability availability) {
        this.availability = availability;
    }

    public Instant getListedAt() {
        return listedAt;
    }

    public void setListedAt(Instant listedAt) {
        this.listedAt = listedAt;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public Duration getDeliveryTime() {
        return deliveryTime;
    }

    public void setDeliveryTime(Duration deliveryTime) {
        this.deliveryTime = deliveryTime;
    }
}
// end::bean[]
