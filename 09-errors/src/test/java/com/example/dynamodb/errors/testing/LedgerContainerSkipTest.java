package com.example.dynamodb.errors.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Where Docker is missing, {@link LedgerContainerTest} must be a visible skip: not a failure, not a silent pass. */
class LedgerContainerSkipTest {

    @Test
    @DisplayName("without Docker, the container test is reported as skipped, with its reason")
    void skippedWithItsReason() {
        assumeFalse(LedgerContainerTest.dockerIsAvailable(), "Docker answers here: LedgerContainerTest runs for real");

        Events all = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(LedgerContainerTest.class))
                .execute()
                .allEvents();

        all.assertStatistics(s -> s.skipped(1).failed(0));
        assertThat(all.started().filter(e -> e.getTestDescriptor().isTest()).count())
                .isZero();
        assertThat(all.skipped().list().get(0).getPayload(String.class))
                .hasValue("no Docker engine answers here: container tests skipped");
    }
}
