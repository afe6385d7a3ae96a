package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DynamoDbJsonReaderTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"Item\":{\"id\":{\"S\":\"a|not valid JSON",
                "not json at all|not valid JSON",
                "{\"Items\":{}}|no \"Item\" object",
                "{\"Item\":{\"id\":\"a\"}}|id is not a typed value",
                "{\"Item\":{\"id\":{\"X\":\"a\"}}}|id has an unknown type \"X\"",
                "{\"Item\":{\"n\":{\"N\":\"forty\"}}}|n holds \"forty\", which is not a number",
                "{\"Item\":{\"n\":{\"N\":42}}}|n should hold a JSON string",
                "{\"Item\":{\"b\":{\"B\":\"%%%\"}}}|b is not valid Base64",
                "{\"Item\":{\"ss\":{\"SS\":\"a\"}}}|ss should hold a JSON array",
                "{\"Item\":{\"f\":{\"BOOL\":\"yes\"}}}|f should hold true or false",
            })
    @DisplayName("a damaged line is refused with what is wrong with it")
    void damagedLines(String line, String reason) {
        assertThatThrownBy(() -> DynamoDbJsonReader.fromLine(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
