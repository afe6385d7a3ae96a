package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.cryptography.materialproviders.IKeyring;

@DynamoDbTest(sdkClient = true)
class EnhancedClientEncryptionTest {

    @Test
    @DisplayName("the Enhanced Client round-trips a bean; underneath, the annotations decide what is ciphertext")
    void beansAreEncryptedByAnnotation(DynamoDbBackend backend, DynamoDbClient plain, Tables tables) {
        String table = tables.reserve("Customers");
        tables.createAndWait(CustomersTable.definition(table));
        IKeyring keyring = Keyrings.rawAesKeyring(Keyrings.newAes256Key());
        Customer ada = Customer.of("c-1", "ada@example.com", "4111 1111 1111 1111", "GB", "2024-05-01");

        try (DynamoDbClient encrypting =
                backend.newClient(b -> EnhancedClientEncryption.withEncryption(b, table, keyring))) {
            DynamoDbEnhancedClient enhanced =
                    DynamoDbEnhancedClient.builder().dynamoDbClient(encrypting).build();
            Customer reloaded = EnhancedClientEncryption.saveAndReload(enhanced, table, ada);

            assertThat(reloaded).usingRecursiveComparison().isEqualTo(ada);
        }
        Map<String, AttributeValue> stored = plain.getItem(
                        b -> b.tableName(table).key(Map.of("customerId", AttributeValue.fromS("c-1"))))
                .item();
        assertThat(stored.get("email").type()).isEqualTo(AttributeValue.Type.B);
        assertThat(stored.get("cardNumber").type()).isEqualTo(AttributeValue.Type.B);
        assertThat(stored)
                .containsEntry("country", AttributeValue.fromS("GB"))
                .containsEntry(":lastSeen", AttributeValue.fromS("2024-05-01"))
                .containsKeys("aws_dbe_head", "aws_dbe_foot");
    }

    @Test
    @DisplayName("an item the Enhanced Client encrypted is read by the low-level encrypting client with the same key")
    void interchangeableWithTheLowLevelClient(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Customers");
        tables.createAndWait(CustomersTable.definition(table));
        IKeyring keyring = Keyrings.rawAesKeyring(Keyrings.newAes256Key());

        try (DynamoDbClient enhancedBase =
                        backend.newClient(b -> EnhancedClientEncryption.withEncryption(b, table, keyring));
                DynamoDbClient lowLevel = backend.newClient(b ->
                        ClientSideEncryption.withEncryption(b, ClientSideEncryption.customersConfig(table, keyring)))) {
            EnhancedClientEncryption.saveAndReload(
                    DynamoDbEnhancedClient.builder()
                            .dynamoDbClient(enhancedBase)
                            .build(),
                    table,
                    Customer.of("c-2", "grace@example.com", "5500 0000 0000 0004", "US", "2024-06-01"));

            assertThat(lowLevel.getItem(b -> b.tableName(table).key(Map.of("customerId", AttributeValue.fromS("c-2"))))
                            .item())
                    .containsEntry("email", AttributeValue.fromS("grace@example.com"))
                    .containsEntry("cardNumber", AttributeValue.fromS("5500 0000 0000 0004"));
        }
    }

    @Test
    @DisplayName("the encryption is added to the caller's configuration: its interceptor, retry strategy and"
            + " call timeout stay in force under the Enhanced Client, and what leaves is ciphertext")
    void keepsTheCallersConfiguration(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Customers");
        tables.createAndWait(CustomersTable.definition(table));
        IKeyring keyring = Keyrings.rawAesKeyring(Keyrings.newAes256Key());
        CallersConfiguration caller = new CallersConfiguration();
        Customer ada = Customer.of("c-1", "ada@example.com", "4111 1111 1111 1111", "GB", "2024-05-01");

        try (DynamoDbClient client =
                backend.newClient(b -> EnhancedClientEncryption.withEncryption(caller.applyTo(b), table, keyring))) {
            DynamoDbTable<Customer> customers = DynamoDbEnhancedClient.builder()
                    .dynamoDbClient(client)
                    .build()
                    .table(table, TableSchema.fromBean(Customer.class));
            caller.assertStillInForce(client, () -> customers.putItem(ada));
        }
    }
}
