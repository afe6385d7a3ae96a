package com.example.dynamodb.security.exercises;

import java.util.Map;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTableEncryptionConfig;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTablesEncryptionConfig;
import software.amazon.cryptography.dbencryptionsdk.structuredencryption.model.CryptoAction;
import software.amazon.cryptography.materialproviders.IKeyring;

/** Exercise 07.2, reference solution. */
public final class CustomerEncryption {

    private CustomerEncryption() {}

    public static DynamoDbTablesEncryptionConfig config(String table, IKeyring keyring) {
        DynamoDbTableEncryptionConfig customers = DynamoDbTableEncryptionConfig.builder()
                .logicalTableName("Customers")
                .partitionKeyName("customerId")
                .attributeActionsOnEncrypt(Map.of(
                        "customerId", CryptoAction.SIGN_ONLY,
                        "email", CryptoAction.ENCRYPT_AND_SIGN,
                        "country", CryptoAction.SIGN_ONLY,
                        ":lastSeen", CryptoAction.DO_NOTHING))
                .allowedUnsignedAttributePrefix(":")
                .keyring(keyring)
                .build();
        return DynamoDbTablesEncryptionConfig.builder()
                .tableEncryptionConfigs(Map.of(table, customers))
                .build();
    }
}
