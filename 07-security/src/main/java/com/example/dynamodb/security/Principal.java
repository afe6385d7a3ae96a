package com.example.dynamodb.security;

/**
 * Who is calling, as your authentication layer established it (a verified Cognito or OIDC token,
 * a session): never a value taken from the request body or the URL. In AWS, IAM substitutes the
 * same identity into {@code ${cognito-identity.amazonaws.com:sub}} when it evaluates a policy.
 */
public record Principal(String tenantId) {
    public Principal {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("A principal needs the tenant id its credentials prove, got none");
        }
    }
}
