package com.example.dynamodb.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    @DisplayName("the ceiling doubles from base on each retry and stops at cap")
    void ceilingDoublesUpToCap() {
        Backoff backoff = new Backoff(10, 80, 10, new Random(1), millis -> {});

        assertThat(List.of(1, 2, 3, 4, 5, 40).stream().map(backoff::ceiling).toList())
                .containsExactly(10L, 20L, 40L, 80L, 80L, 80L);
    }

    @Test
    @DisplayName("each wait is a random time between 0 and the ceiling, handed to the sleeper")
    void fullJitter() {
        List<Long> slept = new ArrayList<>();
        Backoff backoff = new Backoff(10, 80, 10, new Random(1), slept::add);

        for (int retry = 1; retry <= 200; retry++) {
            backoff.pause(retry);
        }

        assertThat(slept).hasSize(200);
        for (int i = 0; i < slept.size(); i++) {
            assertThat(slept.get(i)).isBetween(0L, backoff.ceiling(i + 1));
        }
        assertThat(slept.stream().distinct().count())
                .as("jitter spreads the waits")
                .isGreaterThan(10);
    }

    @Test
    @DisplayName("a cap below base or zero attempts is refused")
    void validatesSettings() {
        assertThatThrownBy(() -> new Backoff(100, 10, 3, new Random(), millis -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(10, 100, 0, new Random(), millis -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
