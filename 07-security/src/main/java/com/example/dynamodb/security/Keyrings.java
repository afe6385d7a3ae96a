package com.example.dynamodb.security;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.AesWrappingAlg;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsMrkMultiKeyringInput;
import software.amazon.cryptography.materialproviders.model.CreateRawAesKeyringInput;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/**
 * Keyrings for the AWS Database Encryption SDK: a keyring wraps the data key each item is encrypted
 * with, and unwraps it to read the item. Raw AES for a local example, KMS in production.
 */
public final class Keyrings {

    private Keyrings() {}

    // tag::keyrings[]
    /** A raw AES-256 keyring: fine for a local example; in production the key would sit in KMS. */
    public static IKeyring rawAesKeyring(byte[] aes256Key) {
        if (aes256Key.length != 32) {
            throw new IllegalArgumentException("An AES-256 wrapping key has 32 bytes, got " + aes256Key.length);
        }
        MaterialProviders providers = MaterialProviders.builder()
                .MaterialProvidersConfig(MaterialProvidersConfig.builder().build())
                .build();
        return providers.CreateRawAesKeyring(CreateRawAesKeyringInput.builder()
                .keyNamespace("dynamodb-java-examples") // namespace + name identify the key in each item
                .keyName("customers-key")
                .wrappingKey(ByteBuffer.wrap(aes256Key))
                .wrappingAlg(AesWrappingAlg.ALG_AES256_GCM_IV12_TAG16)
                .build());
    }

    /** Production: KMS wraps the data keys; its key policy and CloudTrail say who may decrypt, and who did. */
    public static IKeyring kmsKeyring(String kmsKeyArn) {
        MaterialProviders providers = MaterialProviders.builder()
                .MaterialProvidersConfig(MaterialProvidersConfig.builder().build())
                .build();
        return providers.CreateAwsKmsMrkMultiKeyring(
                CreateAwsKmsMrkMultiKeyringInput.builder().generator(kmsKeyArn).build());
    }
    // end::keyrings[]

    /** 32 random bytes: a fresh key per run, so no key is ever written into the code. */
    public static byte[] newAes256Key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
