package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyGrammarTest {

    @Test
    @DisplayName("each entity writes the key shapes of the grammar")
    void shapes() {
        assertThat(KeyGrammar.order("c1", "o9", "SHIPPED", LocalDate.of(2024, 3, 2)))
                .extractingFromEntries(e -> e.getKey() + "=" + e.getValue().s())
                .containsExactlyInAnyOrder(
                        "PK=CUST#c1", "SK=ORDER#o9", "GSI1PK=STATUS#SHIPPED", "GSI1SK=DATE#2024-03-02#ORDER#o9");
        assertThat(KeyGrammar.employee("e1", "Lisbon", "Silva").get("GSI1SK").s())
                .isEqualTo("EMP#Silva#e1");
        assertThat(KeyGrammar.product("BK-1", "books", 1_250).get("GSI1SK").s()).isEqualTo("PRICE#0000001250#BK-1");
    }

    @Test
    @DisplayName("zero-padded prices sort as strings in the same order as numbers")
    void priceOrder() {
        List<Long> cents = List.of(5L, 999L, 1_000L, 1_250L, 99_999L, 100_000L, 9_999_999_999L);
        List<String> keys =
                new ArrayList<>(cents.stream().map(KeyGrammar::price).toList());
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(String::compareTo);

        assertThat(sorted).isEqualTo(keys);
        assertThat(String.valueOf(999).compareTo(String.valueOf(1_000))).isPositive(); // unpadded: wrong order
    }

    @Test
    @DisplayName("a part containing '#', an empty part or a negative price is refused with the reason")
    void refusals() {
        assertThatThrownBy(() -> KeyGrammar.employee("e1", "Lisbon#PT", "Silva"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The city must be non-empty and may not contain '#', the key separator; got: Lisbon#PT");
        assertThatThrownBy(() -> KeyGrammar.order("c1", " ", "SHIPPED", LocalDate.of(2024, 1, 1)))
                .hasMessageStartingWith("The order id must be non-empty");
        assertThatThrownBy(() -> KeyGrammar.product("BK-9", "books", -1))
                .hasMessage("A price must be between 0 and 9,999,999,999 cents, got: -1");
    }
}
