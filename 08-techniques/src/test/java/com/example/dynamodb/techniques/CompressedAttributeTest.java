package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@DynamoDbTest
class CompressedAttributeTest {

    @Test
    @DisplayName("GZIP shrinks an 8 KB review to under a third, and its write from 8 WCU to 3")
    void measured(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("ItemSizes");
        tables.createAndWait(SimpleTables.pkSk(table));

        SizeComparison result = CompressedAttribute.measure(client, table);

        assertThat(result.bytesBefore()).isEqualTo(8_028);
        // GZIP's exact output depends on the JDK's zlib build; under a third holds for any.
        assertThat(result.bytesAfter()).isLessThan(result.bytesBefore() / 3);
        assertThat(result.wcuBefore()).isEqualTo(8.0).isEqualTo(ItemSize.writeUnits(result.bytesBefore()));
        assertThat(result.wcuAfter()).isEqualTo(3.0).isEqualTo(ItemSize.writeUnits(result.bytesAfter()));
    }

    @Test
    @DisplayName("the text read back from DynamoDB's Binary attribute decompresses to the original")
    void roundTrip(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("ItemSizes");
        tables.createAndWait(SimpleTables.pkSk(table));
        String text = CompressedAttribute.reviewText();
        var key = Map.of("pk", AttributeValue.fromS("REVIEW#r1"), "sk", AttributeValue.fromS("TEXT"));
        var item = new HashMap<>(key);
        item.put("bodyGzip", AttributeValue.fromB(CompressedAttribute.gzip(text)));
        client.putItem(b -> b.tableName(table).item(item));

        SdkBytes stored = client.getItem(b -> b.tableName(table).key(key))
                .item()
                .get("bodyGzip")
                .b();

        assertThat(CompressedAttribute.gunzip(stored)).isEqualTo(text);
    }

    @Test
    @DisplayName("a Binary that is not GZIP fails with a message saying so, not with garbage text")
    void notGzip() {
        assertThatThrownBy(() -> CompressedAttribute.gunzip(SdkBytes.fromUtf8String("plain text")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Not a GZIP attribute");
    }
}
