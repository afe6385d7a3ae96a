package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What {@link CatalogItem}'s converters write, checked on the raw item (SDK 2.59.1). */
@DynamoDbTest
class CustomTypesTest {

    private static DynamoDbTable<CatalogItem> catalog(
            DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<CatalogItem> table = CustomTypes.table(enhanced, tables.reserve("Catalog"));
        table.createTable();
        Tables.waitUntilActive(client, table.tableName()); // DynamoDB creates tables asynchronously
        return table;
    }

    @Test
    @DisplayName("each field is written as the DynamoDB type its converter chose, attribute by attribute")
    void rawItem(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<CatalogItem> table = catalog(enhanced, client, tables);
        CatalogItem teapot = CustomTypes.teapot();

        table.putItem(teapot);

        assertThat(CustomTypes.rawItem(client, table.tableName(), teapot.getSku()))
                .isEqualTo(Map.of(
                        "sku", AttributeValue.fromS("TEA-0042"),
                        "name", AttributeValue.fromS("Teapot"),
                        "price", AttributeValue.fromN("1999"),
                        "shipping", AttributeValue.fromN("450"),
                        "availability", AttributeValue.fromS("BACKORDER"),
                        "listedAt", AttributeValue.fromS("2026-11-01T09:30:00.250Z"),
                        "availableFrom", AttributeValue.fromS("2026-12-01"),
                        "deliveryTime", AttributeValue.fromN("129600.5")));
    }

    @Test
    @DisplayName("the item loads back equal, every custom type through its converter")
    void roundTrip(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<CatalogItem> table = catalog(enhanced, client, tables);
        CatalogItem teapot = CustomTypes.teapot();
        table.putItem(teapot);

        assertThat(CustomTypes.load(table, teapot.getSku()))
                .usingRecursiveComparison()
                .isEqualTo(teapot);
    }

    @Test
    @DisplayName("Money is a Number, so the server can do arithmetic on it: ADD 0.50 to the price")
    void moneyIsANumber(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<CatalogItem> table = catalog(enhanced, client, tables);
        table.putItem(CustomTypes.teapot());

        client.updateItem(b -> b.tableName(table.tableName())
                .key(Map.of("sku", AttributeValue.fromS("TEA-0042")))
                .updateExpression("ADD price :fifty")
                .expressionAttributeValues(Map.of(":fifty", AttributeValue.fromN("50"))));

        assertThat(CustomTypes.load(table, new Sku("TEA-0042")).getPrice()).isEqualTo(Money.of("20.49"));
    }

    @Test
    @DisplayName("bad values are refused with a sentence before anything is written")
    void badValues() {
        assertThatThrownBy(() -> Money.of("19.999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An amount is a number with at most two decimals, like 19.99; got: 19.999");
        assertThatThrownBy(() -> Money.of("twenty"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got: twenty");
        assertThatThrownBy(() -> new Sku("tea-42"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("like TEA-0042; got: tea-42");
    }

    @ParameterizedTest(name = "a stored price of {0} is refused with a sentence: {1}")
    @MethodSource("badStoredPrices")
    @DisplayName("a price another writer stored in dollars, as text or too large is refused with a sentence")
    void badStoredMoney(
            AttributeValue price,
            String message,
            DynamoDbEnhancedClient enhanced,
            DynamoDbClient client,
            Tables tables) {
        DynamoDbTable<CatalogItem> table = catalog(enhanced, client, tables);
        client.putItem(b ->
                b.tableName(table.tableName()).item(Map.of("sku", AttributeValue.fromS("CUP-0001"), "price", price)));

        assertThatThrownBy(() -> CustomTypes.load(table, new Sku("CUP-0001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> badStoredPrices() {
        return Stream.of(
                Arguments.of(
                        AttributeValue.fromN("19.99"),
                        "Money is stored as a whole Number of cents, like 1999; found the Number 19.99"),
                Arguments.of(
                        AttributeValue.fromN("12345678901234567890"),
                        "Money is stored as a whole Number of cents, like 1999; found the Number 12345678901234567890"),
                Arguments.of(
                        AttributeValue.fromS("19.99"),
                        "Money is stored as a Number of cents, like 1999; found AttributeValue(S=19.99)"));
    }

    @Test
    @DisplayName("an enum is stored by name: an item holding a name the enum lost cannot be read")
    void renamedEnumConstant(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<CatalogItem> table = catalog(enhanced, client, tables);
        client.putItem(b -> b.tableName(table.tableName())
                .item(Map.of(
                        "sku", AttributeValue.fromS("CUP-0001"), "availability", AttributeValue.fromS("SOLD_OUT"))));

        assertThatThrownBy(() -> CustomTypes.load(table, new Sku("CUP-0001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unable to convert string value 'SOLD_OUT' to enum type");
    }

    @Test
    @DisplayName("an Instant's text has as many fraction digits as it needs, so as text a later Instant can sort first")
    void instantTextDoesNotSortByTime(DynamoDbEnhancedClient enhanced, DynamoDbClient client, Tables tables) {
        DynamoDbTable<CatalogItem> table = catalog(enhanced, client, tables);
        CatalogItem onTheSecond = CustomTypes.teapot();
        onTheSecond.setListedAt(Instant.parse("2026-11-01T09:30:00Z"));
        table.putItem(onTheSecond);
        CatalogItem later = CustomTypes.teapot();
        later.setSku(new Sku("TEA-0043"));
        table.putItem(later); // 09:30:00.250Z, a quarter of a second later

        String first = CustomTypes.rawItem(client, table.tableName(), onTheSecond.getSku())
                .get("listedAt")
                .s();
        String second = CustomTypes.rawItem(client, table.tableName(), later.getSku())
                .get("listedAt")
                .s();

        assertThat(first).isEqualTo("2026-11-01T09:30:00Z");
        assertThat(second).isEqualTo("2026-11-01T09:30:00.250Z");
        assertThat(second.compareTo(first)).as("'.' sorts before 'Z'").isNegative();
    }

    @Test
    @DisplayName("a bean that lists only its own provider loses the SDK's converters: building its schema fails"
            + " with a NullPointerException (SDK 2.59.1), not a sentence")
    void providerListReplacesTheDefaults() {
        assertThatThrownBy(() -> TableSchema.fromBean(OnlyMoney.class))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("\"attributeConverter\" is null");
    }

    /** Lists MoneyConverterProvider without DefaultAttributeConverterProvider: a mistake. */
    @DynamoDbBean(converterProviders = MoneyConverterProvider.class)
    public static class OnlyMoney {
        private String id;
        private Money price;

        @DynamoDbPartitionKey
        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public Money getPrice() {
            return price;
        }

        public void setPrice(Money price) {
            this.price = price;
        }
    }
}
