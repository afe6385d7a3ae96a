package com.example.dynamodb.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A hand-written schema must write exactly what the annotated class writes (SDK 2.59.1). */
@DynamoDbTest
class StaticSchemasTest {

    @Test
    @DisplayName("StaticTableSchema and fromBean write the identical CatalogItem, converters included")
    void beanSchemas(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Catalog");
        backend.enhancedClient().table(table, CustomTypes.SCHEMA).createTable();
        Tables.waitUntilActive(backend.client(), table); // DynamoDB creates tables asynchronously
        CatalogItem teapot = CustomTypes.teapot();

        Map<String, AttributeValue> byBean = StaticSchemas.writeAndReadRaw(backend, table, CustomTypes.SCHEMA, teapot);
        Map<String, AttributeValue> byStatic =
                StaticSchemas.writeAndReadRaw(backend, table, StaticSchemas.CATALOG_ITEM, teapot);

        assertThat(byStatic).hasSize(8).isEqualTo(byBean);
        DynamoDbTable<CatalogItem> viaStatic = backend.enhancedClient().table(table, StaticSchemas.CATALOG_ITEM);
        assertThat(viaStatic.getItem(Key.builder().partitionValue("TEA-0042").build()))
                .usingRecursiveComparison()
                .isEqualTo(teapot);
    }

    @Test
    @DisplayName(
            "StaticImmutableTableSchema and fromImmutableClass write the identical Shipment, nested records included")
    void recordSchemas(DynamoDbBackend backend, Tables tables) {
        String table = tables.reserve("Shipments");
        backend.enhancedClient().table(table, NestedObjects.SHIPMENTS).createTable();
        Tables.waitUntilActive(backend.client(), table);
        Shipment shipment = NestedObjects.shipment();

        Map<String, AttributeValue> byImmutable =
                StaticSchemas.writeAndReadRaw(backend, table, NestedObjects.SHIPMENTS, shipment);
        Map<String, AttributeValue> byStatic =
                StaticSchemas.writeAndReadRaw(backend, table, StaticSchemas.SHIPMENT, shipment);

        assertThat(byStatic).hasSize(3).isEqualTo(byImmutable);
        assertThat(backend.enhancedClient()
                        .table(table, StaticSchemas.SHIPMENT)
                        .getItem(Key.builder().partitionValue("s-1").build()))
                .isEqualTo(shipment);
    }
}
