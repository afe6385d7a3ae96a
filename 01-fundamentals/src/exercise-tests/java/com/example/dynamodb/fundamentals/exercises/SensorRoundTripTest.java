package com.example.dynamodb.fundamentals.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.fundamentals.exercises.SensorRoundTrip.Sensor;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Exercise 01.1: what "done" means for {@link SensorRoundTrip}. */
@DynamoDbTest
@DisplayName("Exercise 01.1 Sensor round trip")
class SensorRoundTripTest {

    private DynamoDbClient client;
    private String table;

    @BeforeEach
    void createTable(DynamoDbClient client, Tables tables) {
        this.client = client;
        this.table = tables.reserve("Sensors");
        tables.createAndWait(CreateTableRequest.builder()
                .tableName(table)
                .attributeDefinitions(attribute("sensorId", ScalarAttributeType.S))
                .keySchema(key("sensorId", KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
    }

    private static Set<BigDecimal> decimals(String... values) {
        return Stream.of(values).map(BigDecimal::new).collect(Collectors.toSet());
    }

    private Map<String, AttributeValue> rawItem(String sensorId) {
        return client.getItem(b -> b.tableName(table)
                        .key(Map.of("sensorId", AttributeValue.fromS(sensorId)))
                        .consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("a saved sensor loads back equal: key, readings and location")
    void roundTrips() {
        Sensor sensor = new Sensor("s-17", decimals("21.5", "19.25", "-3.125", "22"), "North", 3);

        SensorRoundTrip.save(client, table, sensor);

        assertThat(SensorRoundTrip.load(client, table, "s-17")).contains(sensor);
    }

    @Test
    @DisplayName("the item holds readings as a number set (NS) and location as a map (M) of building S and floor N")
    void storesTheRightTypes() {
        SensorRoundTrip.save(client, table, new Sensor("s-18", decimals("20.5", "21"), "South", -1));

        Map<String, AttributeValue> item = rawItem("s-18");

        assertThat(item.get("readings").type()).isEqualTo(Type.NS);
        assertThat(item.get("readings").ns()).containsExactlyInAnyOrder("20.5", "21");
        assertThat(item.get("location").type()).isEqualTo(Type.M);
        assertThat(item.get("location").m())
                .isEqualTo(Map.of("building", AttributeValue.fromS("South"), "floor", AttributeValue.fromN("-1")));
    }

    @Test
    @DisplayName("a reading with 20 significant digits comes back exactly (a double keeps about 16)")
    void keepsEveryDigit() {
        Set<BigDecimal> precise = decimals("1234567890.1234567891", "0.000000000000000001");

        SensorRoundTrip.save(client, table, new Sensor("s-19", precise, "Lab", 0));

        assertThat(SensorRoundTrip.load(client, table, "s-19"))
                .hasValueSatisfying(s -> assertThat(s.readings()).isEqualTo(precise));
    }

    @Test
    @DisplayName("a sensor with no readings yet is saved without a readings attribute and loads with an empty set")
    void noReadingsNoSet() {
        SensorRoundTrip.save(client, table, new Sensor("s-20", Set.of(), "North", 1));

        assertThat(rawItem("s-20")).containsKey("location").doesNotContainKey("readings");
        assertThat(SensorRoundTrip.load(client, table, "s-20")).contains(new Sensor("s-20", Set.of(), "North", 1));
    }

    @Test
    @DisplayName("loading a sensor that was never saved gives Optional.empty(), not an exception")
    void missingSensor() {
        assertThat(SensorRoundTrip.load(client, table, "s-404")).isEmpty();
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
