package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * Encryption at rest: DynamoDB always encrypts a table on disk; {@code SSESpecification} only
 * chooses whose key wraps it. An AWS owned key (the default, free, invisible to you), the AWS
 * managed key {@code aws/dynamodb} (in your account, its use logged in CloudTrail, KMS charges),
 * or a customer managed KMS key (your key policy, your rotation, your audit; you can disable it).
 */
public final class EncryptionAtRest {

    private EncryptionAtRest() {}

    // tag::create-with-cmk[]
    /** A table whose data keys are wrapped by your own KMS key: you decide who may use it, and can revoke it. */
    public static CreateTableRequest withCustomerManagedKey(String table, String kmsKeyArn) {
        return CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .sseSpecification(SSESpecification.builder()
                        .enabled(true)
                        .sseType(SSEType.KMS)
                        .kmsMasterKeyId(kmsKeyArn) // an ARN, key id or alias of a key in the table's region
                        .build())
                .build();
    }
    // end::create-with-cmk[]

    // tag::switch-keys[]
    /** Switches to the AWS managed key aws/dynamodb: KMS without a key id means the managed one. */
    public static void useAwsManagedKey(DynamoDbClient client, String table) {
        client.updateTable(UpdateTableRequest.builder()
                .tableName(table)
                .sseSpecification(SSESpecification.builder()
                        .enabled(true)
                        .sseType(SSEType.KMS)
                        .build())
                .build());
    }

    /** Back to the AWS owned key: "enabled=false" means "not a KMS key of mine", never "unencrypted". */
    public static void useAwsOwnedKey(DynamoDbClient client, String table) {
        client.updateTable(UpdateTableRequest.builder()
                .tableName(table)
                .sseSpecification(SSESpecification.builder().enabled(false).build())
                .build());
    }

    /** Which key protects the table: DescribeTable returns no SSEDescription for an AWS owned key. */
    public static String describeKey(DynamoDbClient client, String table) {
        SSEDescription sse = client.describeTable(
                        DescribeTableRequest.builder().tableName(table).build())
                .table()
                .sseDescription();
        if (sse == null) {
            return "AWS owned key";
        }
        return sse.sseTypeAsString() + " key " + sse.kmsMasterKeyArn() + " (" + sse.statusAsString() + ")";
    }
    // end::switch-keys[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Encryption at rest: SSESpecification");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Secrets");
        String key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        tables.createAndWait(withCustomerManagedKey(table, key));
        Narrator.step("CreateTable with a customer managed KMS key: accepted");
        Narrator.show("DescribeTable says", describeKey(client, table));
        Narrator.say("DynamoDB Local accepts SSESpecification and ignores it: there is no KMS here.");
        Narrator.say("On AWS the same DescribeTable returns KMS key " + key + " (ENABLED).");
    }

    public static void main(String[] args) {
        Walkthroughs.run(EncryptionAtRest::demo);
    }
}
