package com.example.dynamodb.crud;

import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A user as the Enhanced Client sees it: a mutable bean whose properties map to the attributes the
 * low-level examples write by hand ({@code UserID}, {@code Email}, {@code SignUpDate}...).
 */
@DynamoDbBean
public class User {
    private String userId;
    private String email;
    private Long signUpDate;
    private Long lastLogin;
    private Long loginCount;
    private Set<String> tags;

    public User() {}

    public User(String userId, String email, Long signUpDate) {
        this.userId = userId;
        this.email = email;
        this.signUpDate = signUpDate;
    }

    @DynamoDbPartitionKey
    @DynamoDbAttribute("UserID")
    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    @DynamoDbAttribute("Email")
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    @DynamoDbAttribute("SignUpDate")
    public Long getSignUpDate() {
        return signUpDate;
    }

    public void setSignUpDate(Long signUpDate) {
        this.signUpDate = signUpDate;
    }

    @DynamoDbAttribute("LastLogin")
    public Long getLastLogin() {
        return lastLogin;
    }

    public void setLastLogin(Long lastLogin) {
        this.lastLogin = lastLogin;
    }

    @DynamoDbAttribute("LoginCount")
    public Long getLoginCount() {
        return loginCount;
    }

    public void setLoginCount(Long loginCount) {
        this.loginCount = loginCount;
    }

    @DynamoDbAttribute("Tags")
    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags;
    }
}
