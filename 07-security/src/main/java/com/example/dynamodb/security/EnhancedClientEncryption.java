package com.example.dynamodb.security;

import java.util.Map;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.enhancedclient.CreateDynamoDbEncryptionInterceptorInput;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.enhancedclient.DynamoDbEnhancedClientEncryption;
import software.amazon.cryptography.dbencryptionsdk.dynamodb.enhancedclient.DynamoDbEnhancedTableEncryptionConfig;
import software.amazon.cryptography.materialproviders.IKeyring;

/**
 * The same encryption with the Enhanced Client: the attribute actions come from the bean's
 * annotations ({@link Customer}), and the interceptor sits on the low-level client underneath.
 * Items written this way and items written by {@link ClientSideEncryption}'s low-level client are
 * interchangeable: same logical table name, same actions, same keyring.
 */
public final class EnhancedClientEncryption {

    private EnhancedClientEncryption() {}

    // tag::enhanced[]
    /**
     * Adds the encryption interceptor, configured from the bean's annotations, to a client builder,
     * keeping the caller's retry strategy, timeouts and interceptors (call it after your own
     * {@code overrideConfiguration(...)}, which replaces the whole override configuration).
     */
    public static DynamoDbClientBuilder withEncryption(DynamoDbClientBuilder builder, String table, IKeyring keyring) {
        DynamoDbEnhancedTableEncryptionConfig customers = DynamoDbEnhancedTableEncryptionConfig.builder()
                .logicalTableName("Customers")
                .keyring(keyring)
                .schemaOnEncrypt(TableSchema.fromBean(Customer.class)) // the annotations decide the actions
                .allowedUnsignedAttributePrefix(":")
                .build();
        ExecutionInterceptor encryption = DynamoDbEnhancedClientEncryption.CreateDynamoDbEncryptionInterceptor(
                CreateDynamoDbEncryptionInterceptorInput.builder()
                        .tableEncryptionConfigs(Map.of(table, customers))
                        .build());
        // Add to the builder's override configuration; overrideConfiguration(o -> ...) would start from empty.
        ClientOverrideConfiguration current = builder.overrideConfiguration();
        return builder.overrideConfiguration(
                current.toBuilder().addExecutionInterceptor(encryption).build());
    }

    /** Writes and reads beans as usual: the interceptor encrypts on the way out, decrypts on the way in. */
    public static Customer saveAndReload(DynamoDbEnhancedClient enhanced, String table, Customer customer) {
        DynamoDbTable<Customer> customers = enhanced.table(table, TableSchema.fromBean(Customer.class));
        customers.putItem(customer);
        return customers.getItem(
                Key.builder().partitionValue(customer.getCustomerId()).build());
    }
    // end::enhanced[]
}
