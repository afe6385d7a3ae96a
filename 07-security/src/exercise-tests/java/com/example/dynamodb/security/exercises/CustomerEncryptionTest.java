package com.example.dynamodb.security.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.security.CustomersTable;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.DynamoDbEncryptionInterceptor;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.AesWrappingAlg;
import software.amazon.cryptography.materialproviders.model.CreateRawAesKeyringInput;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/** Runs on DynamoDB Local's server: the encryption interceptor needs a client the SDK built. */
@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 07.2 Customer encryption")
class CustomerEncryptionTest {

    private static final Map<String, AttributeValue> KEY = Map.of("customerId", AttributeValue.fromS("c-1"));
    private static final Map<String, AttributeValue> ADA = Map.of(
            "customerId", AttributeValue.fromS("c-1"),
            "email", AttributeValue.fromS("ada@example.com"),
            "country", AttributeValue.fromS("GB"),
            ":lastSeen", AttributeValue.fromS("2024-05-01"));

    private static String table(Tables tables) {
        String table = tables.reserve("Customers");
        tables.createAndWait(CustomersTable.definition(table)); // customerId: the partition key
        return table;
    }

    private static DynamoDbClient encrypting(DynamoDbBackend backend, String table) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        IKeyring keyring = MaterialProviders.builder()
                .MaterialProvidersConfig(MaterialProvidersConfig.builder().build())
                .build()
                .CreateRawAesKeyring(CreateRawAesKeyringInput.builder()
                        .keyNamespace("exercise")
                        .keyName("customers")
                        .wrappingKey(ByteBuffer.wrap(key))
                        .wrappingAlg(AesWrappingAlg.ALG_AES256_GCM_IV12_TAG16)
                        .build());
        DynamoDbEncryptionInterceptor interceptor = DynamoDbEncryptionInterceptor.builder()
                .config(CustomerEncryption.config(table, keyring))
                .build();
        return backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(interceptor)));
    }

    private static void set(DynamoDbClient plain, String table, String attribute, String value) {
        plain.updateItem(b -> b.tableName(table)
                .key(KEY)
                .updateExpression("SET #a = :v")
                .expressionAttributeNames(Map.of("#a", attribute))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
    }

    @Test
    @DisplayName("07.2: without the key, email is ciphertext and country is readable; with it, all is plaintext")
    void encryptedAndReadable(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = table(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table)) {
            encrypting.putItem(b -> b.tableName(table).item(ADA));

            Map<String, AttributeValue> stored =
                    plain.getItem(b -> b.tableName(table).key(KEY)).item();
            assertThat(stored.get("email").type()).isEqualTo(AttributeValue.Type.B);
            assertThat(stored).containsEntry("country", AttributeValue.fromS("GB"));
            assertThat(encrypting.getItem(b -> b.tableName(table).key(KEY)).item())
                    .isEqualTo(ADA);
        }
    }

    @Test
    @DisplayName("07.2: a country changed without the key is detected; a changed :lastSeen is fine")
    void countryIsSigned(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = table(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table)) {
            encrypting.putItem(b -> b.tableName(table).item(ADA));
            set(plain, table, ":lastSeen", "2025-01-01");
            assertThat(encrypting.getItem(b -> b.tableName(table).key(KEY)).item())
                    .containsEntry(":lastSeen", AttributeValue.fromS("2025-01-01"));

            set(plain, table, "country", "FR");

            Throwable refused = catchThrowable(
                    () -> encrypting.getItem(b -> b.tableName(table).key(KEY)));
            assertThat(refused)
                    .as("07.2: an item whose signed country was changed must be refused")
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageContaining("Signature of record does not match");
        }
    }
}
