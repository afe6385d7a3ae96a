package com.example.dynamodb.performance.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.performance.exercises.ModeChooser.Choice;
import com.example.dynamodb.performance.exercises.ModeChooser.Prices;
import com.example.dynamodb.performance.exercises.ModeChooser.Workload;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Exercise 06.2, with the us-east-1 prices of the lesson's snapshot (2024-11-01). */
@DisplayName("Exercise 06.2 Choose a capacity mode")
class ModeChooserTest {

    private static final Prices US_EAST_1 = new Prices(0.125, 0.625, 0.00013, 0.00065);

    @Test
    @DisplayName(
            "steady: 100 eventual reads/s and 50 writes/s of 1 KB, flat, need 72 RCU and 72 WCU; provisioned $41.00 beats $98.55")
    void steady() {
        Choice c = ModeChooser.choose(new Workload(100, 50, 1024, false, 1), US_EAST_1);
        assertThat(c.rcu()).isEqualTo(72);
        assertThat(c.wcu()).isEqualTo(72);
        assertThat(c.provisionedMonthly()).isEqualTo(41.00);
        assertThat(c.onDemandMonthly()).isEqualTo(98.55);
        assertThat(c.mode()).isEqualTo("PROVISIONED");
    }

    @Test
    @DisplayName("spiky: the same average with peaks 10× higher needs 715/715 provisioned; on-demand is cheaper")
    void spiky() {
        Choice c = ModeChooser.choose(new Workload(100, 50, 1024, false, 10), US_EAST_1);
        assertThat(c.rcu()).isEqualTo(715);
        assertThat(c.wcu()).isEqualTo(715);
        assertThat(c.onDemandMonthly()).isEqualTo(98.55);
        assertThat(c.provisionedMonthly()).isEqualTo(407.12);
        assertThat(c.mode()).isEqualTo("PAY_PER_REQUEST");
    }

    @Test
    @DisplayName(
            "size and consistency: 10 strongly consistent reads/s of 9 KB are 3 RCU each (43 provisioned), writes 9 WCU each")
    void sizeAndConsistency() {
        Choice c = ModeChooser.choose(new Workload(10, 1, 9 * 1024, true, 1), US_EAST_1);
        assertThat(c.rcu()).isEqualTo(43); // 10 × 3 / 0.7 = 42.9
        assertThat(c.wcu()).isEqualTo(13); // 1 × 9 / 0.7 = 12.9
        Choice eventual = ModeChooser.choose(new Workload(10, 1, 9 * 1024, false, 1), US_EAST_1);
        assertThat(eventual.rcu()).isEqualTo(22); // 10 × 1.5 / 0.7 = 21.4
    }
}
