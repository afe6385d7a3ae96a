package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@DynamoDbTest
class DataTypesTest {

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createTable(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);
    }

    @Test
    @DisplayName("each of the ten types comes back with the same type and value (sets in any order)")
    void everyTypeRoundTrips() {
        Map<String, AttributeValue> sent = DataTypes.everyType("u-1");

        Map<String, AttributeValue> read = DataTypes.roundTrip(client, table, sent);

        assertThat(read.keySet()).isEqualTo(sent.keySet());
        assertThat(read.values())
                .extracting(AttributeValue::type)
                .containsExactlyInAnyOrderElementsOf(
                        sent.values().stream().map(AttributeValue::type).toList());
        sent.forEach((name, value) -> {
            AttributeValue back = read.get(name);
            switch (value.type()) {
                case SS -> assertThat(back.ss()).containsExactlyInAnyOrderElementsOf(value.ss());
                case NS -> assertThat(back.ns()).containsExactlyInAnyOrderElementsOf(value.ns());
                case BS -> assertThat(back.bs()).containsExactlyInAnyOrderElementsOf(value.bs());
                default -> assertThat(back).as(name).isEqualTo(value);
            }
        });
    }

    @Test
    @DisplayName("the seed's item (String id, Number timestamp, Map profile) round-trips exactly")
    void seedItemRoundTrips() {
        assertThat(DataTypes.roundTrip(client, table, DataTypes.userItem())).isEqualTo(DataTypes.userItem());
    }

    @Test
    @DisplayName("a 38-digit number survives exactly; the same value as a double does not")
    void thirtyEightDigits() {
        String big = "1234567890123456789012345678.9012345678";

        String back = DataTypes.storeNumber(client, table, big);

        assertThat(back).isEqualTo(big);
        assertThat(new BigDecimal(back)).isEqualByComparingTo(big);
        assertThat(new BigDecimal(Double.parseDouble(big))).isNotEqualByComparingTo(big);
    }

    @Test
    @DisplayName("more than 38 significant digits is refused, and nothing is written")
    void tooManyDigits() {
        String tooBig = "1234567890123456789012345678901234567890";

        assertThatThrownBy(() -> DataTypes.storeNumber(client, table, tooBig))
                .isInstanceOfSatisfying(
                        DynamoDbException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("38"));
        assertThat(SimplePrimaryKey.count(client, table)).isZero();
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource({"007.50, 7.5", "-0.0100, -0.01", "1E+3, 1000", "42, 42"})
    @DisplayName("numbers are normalised: same value, canonical text")
    void numbersAreNormalised(String sent, String stored) {
        assertThat(DataTypes.storeNumber(client, table, sent)).isEqualTo(stored);
    }
}
