package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TableArnTest {

    @Test
    @DisplayName("a table ARN with a malformed region or account is refused with a sentence, not built")
    void badArnParts() {
        assertThatThrownBy(() -> TableArn.of("Europe", "123456789012", "Orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region like eu-west-1");
        assertThatThrownBy(() -> TableArn.of("eu-west-1", "12345", "Orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12-digit account id");
        assertThat(TableArn.of("eu-west-1", "123456789012", "Orders"))
                .isEqualTo("arn:aws:dynamodb:eu-west-1:123456789012:table/Orders");
    }
}
