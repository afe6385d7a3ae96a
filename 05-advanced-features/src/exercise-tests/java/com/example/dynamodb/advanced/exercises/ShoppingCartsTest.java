package com.example.dynamodb.advanced.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Exercise 05.2: what "done" means for {@link ShoppingCarts}. The clock is fixed at the second the
 * test class loads, and every expiry is that instant plus or minus an offset: no date the tests
 * could outlive. TTL is not enabled on the table, so only your filter decides what is active.
 */
@DynamoDbTest
@DisplayName("Exercise 05.2 Carts that expire")
class ShoppingCartsTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private String table;

    @BeforeEach
    void createTable(Tables tables) {
        table = tables.reserve("Carts");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("customerId")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("cartId")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("customerId")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("cartId")
                                .keyType(KeyType.RANGE)
                                .build())
                .build());
    }

    /** A cart as TTL expects it: expiresAt in epoch seconds. */
    private void putCart(DynamoDbClient client, String customerId, String cartId, Instant expiry, String payload) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        "customerId", AttributeValue.fromS(customerId),
                        "cartId", AttributeValue.fromS(cartId),
                        "expiresAt", AttributeValue.fromN(Long.toString(expiry.getEpochSecond())),
                        "payload", AttributeValue.fromS(payload))));
    }

    @Test
    @DisplayName("save writes expiresAt in epoch seconds: now + lifetime, as TTL reads it")
    void savesEpochSeconds(DynamoDbClient client) {
        ShoppingCarts.save(client, table, "ana", "cart-1", Duration.ofHours(2), CLOCK);

        Map<String, AttributeValue> cart = client.getItem(b -> b.tableName(table)
                        .key(Map.of(
                                "customerId", AttributeValue.fromS("ana"), "cartId", AttributeValue.fromS("cart-1"))))
                .item();
        assertThat(cart.get("expiresAt"))
                .as("expiresAt of a cart saved at " + NOW + " for 2 hours")
                .isEqualTo(AttributeValue.fromN(
                        Long.toString(NOW.plus(Duration.ofHours(2)).getEpochSecond())));
    }

    @Test
    @DisplayName("activeCartIds leaves out carts that expired (or expire right now) though they are still stored")
    void leavesOutExpiredCarts(DynamoDbClient client) {
        putCart(client, "ana", "expired-an-hour-ago", NOW.minus(Duration.ofHours(1)), "x");
        putCart(client, "ana", "expires-now", NOW, "x");
        putCart(client, "ana", "open-30-min", NOW.plus(Duration.ofMinutes(30)), "x");
        putCart(client, "ana", "open-a-day", NOW.plus(Duration.ofDays(1)), "x");
        putCart(client, "bob", "bobs-cart", NOW.plus(Duration.ofDays(1)), "x");

        assertThat(ShoppingCarts.activeCartIds(client, table, "ana", CLOCK))
                .containsExactly("open-30-min", "open-a-day");
        assertThat(ShoppingCarts.activeCartIds(client, table, "ana", Clock.offset(CLOCK, Duration.ofHours(2))))
                .as("two hours later")
                .containsExactly("open-a-day");
    }

    @Test
    @DisplayName("activeCartIds reads every page: 150 carts of 8 KB (over 1 MB) all come back")
    void readsEveryPage(DynamoDbClient client) {
        String eightKb = "x".repeat(8 * 1024);
        for (int i = 0; i < 150; i++) {
            putCart(client, "ana", String.format("cart-%03d", i), NOW.plus(Duration.ofHours(1)), eightKb);
        }

        assertThat(ShoppingCarts.activeCartIds(client, table, "ana", CLOCK)).hasSize(150);
    }
}
