package com.example.dynamodb.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyringsTest {

    @Test
    @DisplayName("a raw AES keyring refuses a key that is not 256 bits")
    void keyLength() {
        assertThatThrownBy(() -> Keyrings.rawAesKeyring(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An AES-256 wrapping key has 32 bytes, got 16");
    }

    @Test
    @DisplayName("each run draws a new 256-bit key: two keys never match")
    void freshKeys() {
        byte[] first = Keyrings.newAes256Key();

        assertThat(first).hasSize(32);
        assertThat(Keyrings.newAes256Key()).isNotEqualTo(first);
    }
}
