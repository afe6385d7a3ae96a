package com.example.dynamodb.queryscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
@ExtendWith(SeededOrders.Extension.class)
class ResumeTokensTest {

    private final ResumeTokens tokens = ResumeTokens.withRandomKey();

    @Test
    @DisplayName("a token resumes the query exactly after the last item of the previous page")
    void resumes(DynamoDbClient client, SeededOrders orders) {
        var first = Pagination.ordersPage(client, orders.table(), "c042", 5, null);
        String token = tokens.encode("orders:c042", first.nextKey());

        var second = Pagination.ordersPage(client, orders.table(), "c042", 5, tokens.decode("orders:c042", token));

        // Opaque, not secret: the key is not readable at a glance, but the token is signed, not encrypted.
        assertThat(token).doesNotContain("c042");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(payload).contains("c042");
        var all = QueryByKeyConditionTest.sortedKeys(orders.ofCustomer("c042"));
        assertThat(QueryByKeyConditionTest.keys(second.items())).containsExactlyElementsOf(all.subList(5, 10));
    }

    @Test
    @DisplayName("string, number and binary key values survive the round trip")
    void roundTrip() {
        Map<String, AttributeValue> key = Map.of(
                "s",
                AttributeValue.fromS("ä#1"),
                "n",
                AttributeValue.fromN("12.50"),
                "b",
                AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1, 7})));
        assertThat(tokens.decode("x", tokens.encode("x", key))).isEqualTo(key);
    }

    @Test
    @DisplayName("a token whose payload was changed is rejected: the signature no longer matches")
    void tamperedPayload() {
        String token = tokens.encode(
                "orders:c042",
                Map.of(OrdersTable.PK, AttributeValue.fromS("c042"), OrdersTable.SK, AttributeValue.fromS("2024-05")));
        String otherPayload = tokens.encode(
                        "orders:c042",
                        Map.of(
                                OrdersTable.PK,
                                AttributeValue.fromS("c001"),
                                OrdersTable.SK,
                                AttributeValue.fromS("2024-05")))
                .split("\\.")[0];
        String forged = otherPayload + "." + token.split("\\.")[1];

        assertThatThrownBy(() -> tokens.decode("orders:c042", forged))
                .isInstanceOf(ResumeTokens.InvalidTokenException.class)
                .hasMessageContaining("it was altered");
    }

    @Test
    @DisplayName("a token of another query, or signed with another key, is rejected")
    void otherScopeOrKey() {
        var key = Map.of(OrdersTable.PK, AttributeValue.fromS("c042"), OrdersTable.SK, AttributeValue.fromS("2024-05"));
        String token = tokens.encode("orders:c042", key);

        assertThatThrownBy(() -> tokens.decode("orders:c001", token))
                .isInstanceOf(ResumeTokens.InvalidTokenException.class)
                .hasMessageContaining("issued for another query than orders:c001");
        assertThatThrownBy(() -> ResumeTokens.withRandomKey().decode("orders:c042", token))
                .isInstanceOf(ResumeTokens.InvalidTokenException.class);
    }

    @Test
    @DisplayName("a scope that swallows the start of the payload does not verify: the scope is length-prefixed")
    void scopeBoundary() {
        String token = tokens.encode("orders:c042", Map.of(OrdersTable.PK, AttributeValue.fromS("c042")));
        String[] parts = token.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
        // With a plain 0-byte separator, scope + 0 + payload[0] + 0 + rest signs the same bytes as
        // scope + 0 + payload: payload[1] is 0, the high byte of the attribute name's length.
        assertThat(payload[1]).isZero();
        String longerScope = "orders:c042\0" + (char) payload[0];
        byte[] rest = Arrays.copyOfRange(payload, 2, payload.length);
        String shifted = Base64.getUrlEncoder().withoutPadding().encodeToString(rest) + "." + parts[1];

        assertThatThrownBy(() -> tokens.decode(longerScope, shifted))
                .isInstanceOf(ResumeTokens.InvalidTokenException.class)
                .hasMessageContaining("it was altered");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abc", "a.b.c", "!!!.???"})
    @DisplayName("garbage is rejected with the same clear error")
    void garbage(String token) {
        assertThatThrownBy(() -> tokens.decode("orders:c042", token))
                .isInstanceOf(ResumeTokens.InvalidTokenException.class)
                .hasMessageStartingWith("Invalid resume token");
    }

    @Test
    @DisplayName("a short signing key is refused: HMAC-SHA256 wants at least 32 bytes")
    void shortKey() {
        assertThatThrownBy(() -> new ResumeTokens(Base64.getDecoder().decode("c2hvcnQ=")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }
}
