package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.DynamoDbEncryptionInterceptor;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTableEncryptionConfig;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTablesEncryptionConfig;
import software.amazon.cryptography.dbencryptionsdk.structuredencryption.model.CryptoAction;
import software.amazon.cryptography.materialproviders.IKeyring;

/**
 * Client-side encryption with the AWS Database Encryption SDK for DynamoDB: attributes are
 * encrypted and signed in your process, before the request leaves it, so DynamoDB (and anyone who
 * can read the table) stores ciphertext. An {@code ExecutionInterceptor} does the work, so the
 * client must be one the SDK built (the {@code local-server} backend here, never the embedded proxy).
 */
public final class ClientSideEncryption {

    private ClientSideEncryption() {}

    // tag::actions[]
    /** Which attribute gets which protection: keys are signed only (DynamoDB must read them). */
    public static DynamoDbTablesEncryptionConfig customersConfig(String physicalTable, IKeyring keyring) {
        Map<String, CryptoAction> actions = Map.of(
                "customerId", CryptoAction.SIGN_ONLY, // partition key: readable, but tamper-evident
                "email", CryptoAction.ENCRYPT_AND_SIGN, // secret and tamper-evident
                "cardNumber", CryptoAction.ENCRYPT_AND_SIGN,
                "country", CryptoAction.SIGN_ONLY, // readable, queryable, tamper-evident
                ":lastSeen", CryptoAction.DO_NOTHING); // neither: may change without the key
        DynamoDbTableEncryptionConfig table = DynamoDbTableEncryptionConfig.builder()
                .logicalTableName("Customers") // bound into every signature: survives a table rename
                .partitionKeyName("customerId")
                .attributeActionsOnEncrypt(actions)
                // Attributes that start with ':' are unsigned by design; any other unknown name is refused.
                .allowedUnsignedAttributePrefix(":")
                .keyring(keyring)
                .build();
        return DynamoDbTablesEncryptionConfig.builder()
                .tableEncryptionConfigs(Map.of(physicalTable, table))
                .build();
    }

    /**
     * Adds the encryption interceptor to a client builder and keeps everything else on it: the
     * caller's retry strategy, timeouts, metric publishers and interceptors. Call it after your own
     * {@code overrideConfiguration(...)}: that call replaces the whole override configuration.
     */
    public static DynamoDbClientBuilder withEncryption(
            DynamoDbClientBuilder builder, DynamoDbTablesEncryptionConfig config) {
        DynamoDbEncryptionInterceptor interceptor =
                DynamoDbEncryptionInterceptor.builder().config(config).build();
        // Not overrideConfiguration(o -> ...): that starts from an empty configuration. Add to what is set.
        ClientOverrideConfiguration current = builder.overrideConfiguration();
        return builder.overrideConfiguration(
                current.toBuilder().addExecutionInterceptor(interceptor).build());
    }
    // end::actions[]

    /** The message a learner needs from a refused item: the SDK wraps it in "Unable to unmarshall response". */
    public static String reason(RuntimeException refused) {
        Throwable cause = refused;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? refused.getMessage() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Client-side encryption: the AWS Database Encryption SDK");
        Walkthroughs.onSdkPipeline(ddb, tables, "encryption interceptors", ClientSideEncryption::demoOn);
    }

    private static void demoOn(DynamoDbBackend ddb, Tables tables) {
        String table = tables.reserve("Customers");
        tables.createAndWait(CustomersTable.definition(table));
        DynamoDbClient plain = ddb.client();
        Map<String, AttributeValue> key = Map.of("customerId", AttributeValue.fromS("c-1"));
        try (DynamoDbClient encrypting = ddb.newClient(
                b -> withEncryption(b, customersConfig(table, Keyrings.rawAesKeyring(Keyrings.newAes256Key()))))) {
            encrypting.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "customerId", AttributeValue.fromS("c-1"),
                            "email", AttributeValue.fromS("ada@example.com"),
                            "cardNumber", AttributeValue.fromS("4111 1111 1111 1111"),
                            "country", AttributeValue.fromS("GB"),
                            ":lastSeen", AttributeValue.fromS("2024-05-01"))));
            Narrator.step("What DynamoDB stores, read with a plain client:");
            Narrator.items(
                    List.of(plain.getItem(b -> b.tableName(table).key(key)).item()));
            Narrator.step("What the encrypting client reads:");
            Narrator.items(
                    List.of(encrypting.getItem(b -> b.tableName(table).key(key)).item()));
            Narrator.step("Someone with table access but no key changes the signed 'country' to FR:");
            plain.updateItem(b -> b.tableName(table)
                    .key(key)
                    .updateExpression("SET country = :c")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("FR"))));
            try {
                encrypting.getItem(b -> b.tableName(table).key(key));
            } catch (RuntimeException e) {
                Narrator.show("the encrypting client refuses the item", reason(e));
            }
            try {
                encrypting.scan(b -> b.tableName(table)
                        .filterExpression("email = :e")
                        .expressionAttributeValues(Map.of(":e", AttributeValue.fromS("ada@example.com"))));
            } catch (RuntimeException e) {
                Narrator.show("a filter on the encrypted email", reason(e));
            }
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(ClientSideEncryption::demo);
    }
}
