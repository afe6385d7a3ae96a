package com.example.dynamodb.errors;

/** What happened to a deposit, in the application's words (not DynamoDB's). */
public enum DepositOutcome {
    DEPOSITED,
    ACCOUNT_CLOSED,
    THROTTLED
}
