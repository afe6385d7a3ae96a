package com.example.dynamodb.fundamentals;

import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** A bean nested inside {@link Customer}: stored as a Map attribute, not as an item of its own. */
@DynamoDbBean
public class Address {
    private String street;
    private String city;

    public Address() {}

    public Address(String street, String city) {
        this.street = street;
        this.city = city;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Objects.equals(street, a.street) && Objects.equals(city, a.city);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, city);
    }
}
