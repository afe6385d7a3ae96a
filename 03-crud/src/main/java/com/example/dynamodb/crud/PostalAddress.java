package com.example.dynamodb.crud;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** A bean nested in {@link Profile}: a Map attribute of the profile's item. */
@DynamoDbBean
public class PostalAddress {
    private String street;
    private String city;

    public PostalAddress() {}

    public PostalAddress(String street, String city) {
        this.street = street;
        this.city = city;
    }

    @DynamoDbAttribute("Street")
    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    @DynamoDbAttribute("City")
    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
