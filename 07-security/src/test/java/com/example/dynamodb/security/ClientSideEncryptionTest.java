package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbEncryptionException;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTablesEncryptionConfig;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.transforms.model.DynamoDbEncryptionTransformsException;

/** Runs on DynamoDB Local's server: the encryption interceptor needs a client the SDK built. */
@DynamoDbTest(sdkClient = true)
class ClientSideEncryptionTest {

    private static final Map<String, AttributeValue> KEY = Map.of("customerId", AttributeValue.fromS("c-1"));
    private static final Map<String, AttributeValue> ADA = Map.of(
            "customerId", AttributeValue.fromS("c-1"),
            "email", AttributeValue.fromS("ada@example.com"),
            "cardNumber", AttributeValue.fromS("4111 1111 1111 1111"),
            "country", AttributeValue.fromS("GB"),
            ":lastSeen", AttributeValue.fromS("2024-05-01"));

    private static String customersTable(Tables tables) {
        String table = tables.reserve("Customers");
        tables.createAndWait(CustomersTable.definition(table));
        return table;
    }

    private static DynamoDbClient encrypting(DynamoDbBackend backend, String table, byte[] key) {
        return backend.newClient(b -> ClientSideEncryption.withEncryption(
                b, ClientSideEncryption.customersConfig(table, Keyrings.rawAesKeyring(key))));
    }

    private static Map<String, AttributeValue> raw(DynamoDbClient plain, String table) {
        return plain.getItem(b -> b.tableName(table).key(KEY).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a plain client sees ciphertext for the ENCRYPT_AND_SIGN attributes and plaintext for the others")
    void plainClientSeesCiphertext(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = customersTable(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table, Keyrings.newAes256Key())) {
            encrypting.putItem(b -> b.tableName(table).item(ADA));
        }

        Map<String, AttributeValue> stored = raw(plain, table);
        for (String secret : new String[] {"email", "cardNumber"}) {
            assertThat(stored.get(secret).type()).isEqualTo(AttributeValue.Type.B);
            String bytes = new String(stored.get(secret).b().asByteArray(), StandardCharsets.ISO_8859_1);
            assertThat(bytes)
                    .doesNotContain(ADA.get(secret).s())
                    .doesNotContain("ada")
                    .doesNotContain("4111");
        }
        assertThat(stored)
                .containsEntry("customerId", AttributeValue.fromS("c-1"))
                .containsEntry("country", AttributeValue.fromS("GB"))
                .containsEntry(":lastSeen", AttributeValue.fromS("2024-05-01"))
                .containsKeys("aws_dbe_head", "aws_dbe_foot"); // the header (wrapped data key) and the signature
    }

    @Test
    @DisplayName("the encrypting client reads back exactly the plaintext item it wrote")
    void encryptingClientReadsPlaintext(DynamoDbBackend backend, Tables tables) {
        String table = customersTable(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table, Keyrings.newAes256Key())) {
            encrypting.putItem(b -> b.tableName(table).item(ADA));

            assertThat(encrypting.getItem(b -> b.tableName(table).key(KEY)).item())
                    .isEqualTo(ADA);
        }
    }

    @Test
    @DisplayName("a tampered ciphertext is rejected: the signature no longer matches")
    void tamperedCiphertext(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = customersTable(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table, Keyrings.newAes256Key())) {
            encrypting.putItem(b -> b.tableName(table).item(ADA));
            Map<String, AttributeValue> stored = new HashMap<>(raw(plain, table));
            byte[] email = stored.get("email").b().asByteArray();
            email[email.length - 1] ^= 1; // one bit of the authentication tag
            stored.put("email", AttributeValue.fromB(SdkBytes.fromByteArray(email)));
            plain.putItem(b -> b.tableName(table).item(stored));

            assertThatThrownBy(() -> encrypting.getItem(b -> b.tableName(table).key(KEY)))
                    .isInstanceOf(SdkClientException.class)
                    .satisfies(e -> assertThat(ClientSideEncryption.reason((RuntimeException) e))
                            .isEqualTo("Signature of record does not match the signature computed when the record"
                                    + " was encrypted."));
        }
    }

    @Test
    @DisplayName("a changed SIGN_ONLY attribute is rejected; a changed DO_NOTHING attribute is not")
    void signedAndUnsignedAttributes(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = customersTable(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table, Keyrings.newAes256Key())) {
            encrypting.putItem(b -> b.tableName(table).item(ADA));
            plain.updateItem(b -> b.tableName(table)
                    .key(KEY)
                    .updateExpression("SET #seen = :t")
                    .expressionAttributeNames(Map.of("#seen", ":lastSeen"))
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("2025-01-01"))));

            assertThat(encrypting.getItem(b -> b.tableName(table).key(KEY)).item())
                    .containsEntry(":lastSeen", AttributeValue.fromS("2025-01-01"))
                    .containsEntry("email", AttributeValue.fromS("ada@example.com"));

            plain.updateItem(b -> b.tableName(table)
                    .key(KEY)
                    .updateExpression("SET country = :c")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("FR"))));

            assertThatThrownBy(() -> encrypting.getItem(b -> b.tableName(table).key(KEY)))
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageContaining("Signature of record does not match");
        }
    }

    @Test
    @DisplayName("a client with the wrong key cannot decrypt: the keyring cannot unwrap the data key")
    void wrongKey(DynamoDbBackend backend, Tables tables) {
        String table = customersTable(tables);
        try (DynamoDbClient writer = encrypting(backend, table, Keyrings.newAes256Key());
                DynamoDbClient stranger = encrypting(backend, table, Keyrings.newAes256Key())) {
            writer.putItem(b -> b.tableName(table).item(ADA));

            assertThatThrownBy(() -> stranger.getItem(b -> b.tableName(table).key(KEY)))
                    .isInstanceOf(SdkClientException.class)
                    .satisfies(e -> assertThat(ClientSideEncryption.reason((RuntimeException) e))
                            .startsWith("Raw AES Keyring was unable to decrypt any encrypted data key"));
        }
    }

    @Test
    @DisplayName("a filter on an encrypted attribute fails before the request; one on a signed attribute works")
    void filterOnEncryptedAttribute(DynamoDbBackend backend, Tables tables) {
        String table = customersTable(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table, Keyrings.newAes256Key())) {
            encrypting.putItem(b -> b.tableName(table).item(ADA));

            assertThatThrownBy(() -> encrypting.scan(b -> b.tableName(table)
                            .filterExpression("email = :e")
                            .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("ada@example.com")))))
                    .isInstanceOf(DynamoDbEncryptionException.class)
                    .hasMessage("Query is using encrypted field : email.");
            assertThat(encrypting
                            .scan(b -> b.tableName(table)
                                    .filterExpression("country = :c")
                                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("GB"))))
                            .items())
                    .containsExactly(ADA);
        }
    }

    @Test
    @DisplayName(
            "an attribute without a configured action is refused, and an update of a signed one too: nothing written")
    void unconfiguredAndUpdatedAttributes(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = customersTable(tables);
        try (DynamoDbClient encrypting = encrypting(backend, table, Keyrings.newAes256Key())) {
            Map<String, AttributeValue> withPhone = new HashMap<>(ADA);
            withPhone.put("phone", AttributeValue.fromS("+44 20 7946 0000"));

            assertThatThrownBy(() -> encrypting.putItem(b -> b.tableName(table).item(withPhone)))
                    .isInstanceOf(DynamoDbEncryptionException.class)
                    .hasMessage("No Crypto Action configured for attribute phone");
            assertThat(raw(plain, table)).isEmpty();

            encrypting.putItem(b -> b.tableName(table).item(ADA));
            assertThatThrownBy(() -> encrypting.updateItem(b -> b.tableName(table)
                            .key(KEY)
                            .updateExpression("SET email = :e")
                            .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("new@example.com")))))
                    .isInstanceOf(DynamoDbEncryptionTransformsException.class)
                    .hasMessage("Update Expressions forbidden on signed attributes : email");
            assertThat(encrypting.getItem(b -> b.tableName(table).key(KEY)).item())
                    .isEqualTo(ADA);
        }
    }

    @Test
    @DisplayName("the encryption is added to the caller's configuration: its interceptor, retry strategy and"
            + " call timeout stay in force, and what leaves is ciphertext")
    void keepsTheCallersConfiguration(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = customersTable(tables);
        CallersConfiguration caller = new CallersConfiguration();
        DynamoDbTablesEncryptionConfig config =
                ClientSideEncryption.customersConfig(table, Keyrings.rawAesKeyring(Keyrings.newAes256Key()));

        try (DynamoDbClient client =
                backend.newClient(b -> ClientSideEncryption.withEncryption(caller.applyTo(b), config))) {
            caller.assertStillInForce(
                    client, () -> client.putItem(b -> b.tableName(table).item(ADA)));
        }
        assertThat(raw(plain, table).get("email").type()).isEqualTo(AttributeValue.Type.B);
    }
}
