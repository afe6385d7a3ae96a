package com.example.dynamodb.security.exercises;

import java.util.List;
import java.util.Map;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTableEncryptionConfig;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTablesEncryptionConfig;
import software.amazon.cryptography.dbencryptionsdk.structuredencryption.model.CryptoAction;
import software.amazon.cryptography.materialproviders.IKeyring;

/**
 * Exercise 07.2, a plausible wrong solution: "country must stay readable", so it was left alone
 * (DO_NOTHING). It is readable, but anyone with table access can now change it unnoticed.
 */
public final class CustomerEncryption {

    private CustomerEncryption() {}

    public static DynamoDbTablesEncryptionConfig config(String table, IKeyring keyring) {
        DynamoDbTableEncryptionConfig customers = DynamoDbTableEncryptionConfig.builder()
                .logicalTableName("Customers")
                .partitionKeyName("customerId")
                .attributeActionsOnEncrypt(Map.of(
                        "customerId", CryptoAction.SIGN_ONLY,
                        "email", CryptoAction.ENCRYPT_AND_SIGN,
                        "country", CryptoAction.DO_NOTHING,
                        ":lastSeen", CryptoAction.DO_NOTHING))
                .allowedUnsignedAttributes(List.of("country", ":lastSeen"))
                .keyring(keyring)
                .build();
        return DynamoDbTablesEncryptionConfig.builder()
                .tableEncryptionConfigs(Map.of(table, customers))
                .build();
    }
}
