package com.example.dynamodb.security;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.enhancedclient.DynamoDbEncryptionDoNothing;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.enhancedclient.DynamoDbEncryptionSignOnly;

/**
 * A customer as the Enhanced Client maps it, with the same protection per attribute as
 * {@link ClientSideEncryption#customersConfig}: an attribute without an annotation is encrypted
 * and signed; keys are always signed only.
 */
// tag::bean[]
@DynamoDbBean
public class Customer {
    private String customerId;
    private String email;
    private String cardNumber;
    private String country;
    private String lastSeen;

    @DynamoDbPartitionKey // keys: SIGN_ONLY, always (DynamoDB must read them)
    public String getCustomerId() {
        return customerId;
    }

    public String getEmail() { // no annotation: ENCRYPT_AND_SIGN
        return email;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    @DynamoDbEncryptionSignOnly
    public String getCountry() {
        return country;
    }

    @DynamoDbEncryptionDoNothing
    @DynamoDbAttribute(":lastSeen") // the ':' prefix is how the table config allows unsigned attributes
    public String getLastSeen() {
        return lastSeen;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public void setLastSeen(String lastSeen) {
        this.lastSeen = lastSeen;
    }

    public static Customer of(String id, String email, String cardNumber, String country, String lastSeen) {
        Customer customer = new Customer();
        customer.setCustomerId(id);
        customer.setEmail(email);
        customer.setCardNumber(cardNumber);
        customer.setCountry(country);
        customer.setLastSeen(lastSeen);
        return customer;
    }
}
// end::bean[]
