package com.example.dynamodb.advanced;

import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * The demos' adapter for operations DynamoDB Local does not implement (backups, PITR, exports,
 * Kinesis, ImportTable): it turns Local's refusal into one sentence that says where the operation
 * runs. It handles DynamoDB Local only, so it is not part of any example to copy: on AWS these
 * operations exist, and their real errors should reach the caller unchanged.
 */
final class UnsupportedLocally {

    private UnsupportedLocally() {}

    /** Runs {@code call}; if DynamoDB Local lacks the operation, says so in a sentence. */
    static <T> T run(String operation, Supplier<T> call) {
        String unsupported = operation + " is not available here: DynamoDB Local does not implement it";
        try {
            return call.get();
        } catch (DynamoDbException e) {
            String code =
                    e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (!"UnknownOperationException".equals(code)) {
                throw e;
            }
            throw new UnsupportedOperationException(
                    unsupported + " (it answered \"" + e.awsErrorDetails().errorMessage()
                            + "\"). Run it against a table on AWS.",
                    e);
        } catch (UnsupportedOperationException e) { // the in-process engine's client lacks some methods
            throw new UnsupportedOperationException(
                    unsupported + " (its in-process client has no such method). Run it against a table on AWS.", e);
        }
    }

    /** For the demos: the operation's result, or the sentence saying why it cannot run here. */
    static String attempt(String operation, Supplier<?> call) {
        try {
            return operation + ": " + run(operation, call);
        } catch (UnsupportedOperationException e) {
            return e.getMessage();
        }
    }
}
