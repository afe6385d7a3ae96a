package com.example.dynamodb.fundamentals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A mutable bean for the Enhanced Client: a no-argument constructor, getters and setters, and the
 * partition key marked on its getter. Each Java type maps to a DynamoDB type (see the comments).
 */
@DynamoDbBean
public class UserProfile {
    private String userId; // S (partition key)
    private long signUpDate; // N
    private BigDecimal balance; // N, exact
    private SdkBytes avatar; // B
    private Boolean verified; // BOOL
    private String middleName; // a null field is left out of the item
    private List<String> recent; // L
    private Map<String, String> address; // M
    private Set<String> roles; // SS
    private Set<Integer> luckyNumbers; // NS
    private Set<SdkBytes> keys; // BS

    @DynamoDbPartitionKey
    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public long getSignUpDate() {
        return signUpDate;
    }

    public void setSignUpDate(long signUpDate) {
        this.signUpDate = signUpDate;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public SdkBytes getAvatar() {
        return avatar;
    }

    public void setAvatar(SdkBytes avatar) {
        this.avatar = avatar;
    }

    public Boolean getVerified() {
        return verified;
    }

    public void setVerified(Boolean verified) {
        this.verified = verified;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public List<String> getRecent() {
        return recent;
    }

    public void setRecent(List<String> recent) {
        this.recent = recent;
    }

    public Map<String, String> getAddress() {
        return address;
    }

    public void setAddress(Map<String, String> address) {
        this.address = address;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

    public Set<Integer> getLuckyNumbers() {
        return luckyNumbers;
    }

    public void setLuckyNumbers(Set<Integer> luckyNumbers) {
        this.luckyNumbers = luckyNumbers;
    }

    public Set<SdkBytes> getKeys() {
        return keys;
    }

    public void setKeys(Set<SdkBytes> keys) {
        this.keys = keys;
    }
}
