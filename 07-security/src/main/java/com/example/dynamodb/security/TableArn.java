package com.example.dynamodb.security;

import java.util.regex.Pattern;

/**
 * The ARN of a DynamoDB table, {@code arn:aws:dynamodb:REGION:ACCOUNT:table/NAME}: the resource every
 * table permission names. Its indexes and streams are resources below it ({@code .../index/NAME},
 * {@code .../stream/LABEL}).
 */
public final class TableArn {

    private TableArn() {}

    // tag::arn[]
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    /** {@code arn:aws:dynamodb:REGION:ACCOUNT:table/NAME}, refused with a sentence if a part is malformed. */
    public static String of(String region, String accountId, String table) {
        if (!REGION.matcher(region).matches() || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("A table ARN needs a region like eu-west-1 and a 12-digit account id,"
                    + " got region '" + region + "' and account '" + accountId + "'");
        }
        return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + table;
    }
    // end::arn[]
}
