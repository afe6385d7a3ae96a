package com.example.dynamodb.errors;

/** An idempotent write's result: this call's write went in, or one with the same request id had. */
public enum WriteResult {
    APPLIED,
    ALREADY_APPLIED
}
