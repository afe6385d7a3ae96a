package com.example.dynamodb.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to DynamoDB. Its test methods may take any of these parameters:
 * {@code DynamoDbClient}, {@code DynamoDbEnhancedClient}, {@code DynamoDbStreamsClient},
 * {@code DynamoDbBackend} and {@code Tables} (unique table names, deleted after each test).
 *
 * <pre>{@code
 * @DynamoDbTest
 * class PutItemTest {
 *   @Test
 *   void putsAnItem(DynamoDbClient client, Tables tables) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(DynamoDbExtension.class)
public @interface DynamoDbTest {

    /**
     * Set when the test needs clients built by the SDK (interceptors, retry strategies, metrics,
     * {@link DynamoDbBackend#newClient}). If the configured backend is the embedded engine, which is
     * a proxy without the SDK pipeline, such tests run against the local server instead.
     */
    boolean sdkClient() default false;
}
