package com.example.dynamodb.security.exercises;

import software.amazon.cryptography.dbencryptionsdk.dynamodb.model.DynamoDbTablesEncryptionConfig;
import software.amazon.cryptography.materialproviders.IKeyring;

/**
 * Exercise 07.2 Customer encryption (20 minutes): choose what is encrypted and what is only signed.
 * Read first: README section "5. Client-side encryption".
 *
 * <p>A table of customers, partition key {@code customerId}, holds {@code email} (personal data:
 * nobody with table access but without the key may read it), {@code country} (reports filter on
 * it, so it must stay readable, but nobody may change it without the key going unnoticed) and
 * {@code :lastSeen} (a timestamp any process may overwrite). Return the encryption config for the
 * physical table {@code table}, with the logical name "Customers", using {@code keyring}.
 *
 * <p>Hints: {@code DynamoDbTableEncryptionConfig.builder()} with {@code attributeActionsOnEncrypt}
 * ({@code CryptoAction.ENCRYPT_AND_SIGN}, {@code SIGN_ONLY}, {@code DO_NOTHING}); a key must be
 * {@code SIGN_ONLY}; a {@code DO_NOTHING} attribute must also be allowed unsigned
 * ({@code allowedUnsignedAttributePrefix(":")}). Wrap it in
 * {@code DynamoDbTablesEncryptionConfig.builder().tableEncryptionConfigs(Map.of(table, ...))}.
 *
 * <p>Done when {@code mvn test -pl 07-security -Pexercises -Dtest=CustomerEncryptionTest} passes.
 */
public final class CustomerEncryption {

    private CustomerEncryption() {}

    public static DynamoDbTablesEncryptionConfig config(String table, IKeyring keyring) {
        throw new UnsupportedOperationException("Exercise 07.2 Customer encryption: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/security/exercises/CustomerEncryption.java; see README"
                + " 'Exercises'");
    }
}
