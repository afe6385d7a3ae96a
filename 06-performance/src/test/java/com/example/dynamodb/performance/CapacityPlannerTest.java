package com.example.dynamodb.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.performance.CapacityPlanner.Plan;
import com.example.dynamodb.performance.CapacityPlanner.Workload;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CapacityPlannerTest {

    private final PriceTable prices = PriceTable.usEast1();

    @Test
    @DisplayName("the price table is a dated us-east-1 snapshot, and every plan cites Region and date")
    void datedSnapshot() {
        assertThat(prices.region()).isEqualTo("us-east-1");
        assertThat(prices.effective()).isEqualTo(LocalDate.of(2024, 11, 1));
        Plan plan = CapacityPlanner.plan(new Workload(100, 50, 1024, false, 1), prices);
        assertThat(plan.reasoning()).contains("us-east-1 prices of 2024-11-01", "re-check");
    }

    @Test
    @DisplayName("steady traffic (100 eventually consistent reads/s and 50 writes/s of 1 KB items, flat): 72 RCU and 72"
            + " WCU provisioned beat on-demand")
    void steadyTrafficProvisioned() {
        Plan plan = CapacityPlanner.plan(new Workload(100, 50, 1024, false, 1), prices);

        assertThat(plan.rcuPerRead()).isEqualTo(0.5);
        assertThat(plan.wcuPerWrite()).isEqualTo(1.0);
        assertThat(plan.provisionedRcu()).isEqualTo(72); // 100 × 0.5 / 0.7 = 71.4, rounded up
        assertThat(plan.provisionedWcu()).isEqualTo(72); // 50 × 1 / 0.7 = 71.4
        // 72 × (0.00013 + 0.00065) × 730 = 41.00; on demand 131.4 M RRU × 0.125 + 131.4 M WRU × 0.625 = 98.55
        assertThat(plan.provisionedMonthly()).isEqualByComparingTo("41.00");
        assertThat(plan.onDemandMonthly()).isEqualByComparingTo("98.55");
        assertThat(plan.recommendation()).isEqualTo("PROVISIONED");
    }

    @Test
    @DisplayName(
            "the same average with peaks 10× higher: provisioning for the peak costs more, on-demand is recommended")
    void spikyTrafficOnDemand() {
        Plan plan = CapacityPlanner.plan(new Workload(100, 50, 1024, false, 10), prices);

        assertThat(plan.provisionedRcu()).isEqualTo(715);
        assertThat(plan.onDemandMonthly()).isEqualByComparingTo("98.55"); // billed on the average, as before
        assertThat(plan.provisionedMonthly()).isGreaterThan(plan.onDemandMonthly());
        assertThat(plan.recommendation()).isEqualTo("PAY_PER_REQUEST");
        assertThat(plan.reasoning()).contains("peak 10.0×");
    }

    @Test
    @DisplayName("item size and consistency drive the units: a 9 KB strongly consistent read is 3 RCU, its write 9 WCU")
    void sizeAndConsistency() {
        Plan plan = CapacityPlanner.plan(new Workload(10, 10, 9 * 1024, true, 1), prices);

        assertThat(plan.rcuPerRead()).isEqualTo(3.0);
        assertThat(plan.wcuPerWrite()).isEqualTo(9.0);
        assertThat(plan.onDemandMonthly()).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("an impossible workload is refused with a sentence: negative rate, 500 KB item, peak below average")
    void badWorkloads() {
        assertThatThrownBy(() -> new Workload(-1, 0, 100, false, 1)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new Workload(1, 1, 500 * 1024, false, 1)).hasMessageContaining("400 KB");
        assertThatThrownBy(() -> new Workload(1, 1, 100, false, 0.5)).hasMessageContaining("at least 1");
    }
}
