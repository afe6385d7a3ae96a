package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Runs small sample test classes through JUnit itself and checks what the extension did. */
class DynamoDbExtensionTest {

    @Test
    @DisplayName("each test gets fresh tables, and they are deleted when the test ends")
    void tablesAreCleanedUpAfterEachTest() {
        CleanupSample.names.clear();
        CleanupSample.stillThereAfterwards.clear();

        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(CleanupSample.class))
                .execute()
                .testEvents();

        tests.assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(CleanupSample.names).hasSize(2).doesNotHaveDuplicates();
        assertThat(CleanupSample.stillThereAfterwards).isEmpty();
    }

    @Test
    @DisplayName("container tests are reported as skipped, with a reason, where Docker is absent")
    void dockerTestsSkipWithoutDocker() {
        // The condition sits on the class, so JUnit skips the class (a container), not each test.
        Events all = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(DockerSample.class))
                .execute()
                .allEvents();

        if (DynamoDbBackend.dockerAvailable()) {
            all.assertStatistics(s -> s.succeeded(3).skipped(0).failed(0));
        } else {
            all.assertStatistics(s -> s.skipped(1).failed(0));
            assertThat(all.succeeded()
                            .filter(e -> e.getTestDescriptor().isTest())
                            .count())
                    .isZero();
            assertThat(all.skipped().list().get(0).getPayload(String.class))
                    .hasValueSatisfying(reason -> assertThat(reason).contains("Docker is not available"));
        }
    }

    @DynamoDbTest
    static class CleanupSample {
        static final List<String> names = new ArrayList<>();
        static final List<String> stillThereAfterwards = new ArrayList<>();

        @Test
        void first(DynamoDbClient client, Tables tables) {
            create(client, tables);
        }

        @Test
        void second(DynamoDbClient client, Tables tables) {
            create(client, tables);
        }

        private static void create(DynamoDbClient client, Tables tables) {
            String name = tables.reserve("Sample");
            tables.createAndWait(DynamoDbBackendTest.simpleTable(name));
            names.add(name);
        }

        @AfterAll
        static void checkEveryTableIsGone(DynamoDbClient client) {
            for (String name : names) {
                try {
                    client.describeTable(b -> b.tableName(name));
                    stillThereAfterwards.add(name);
                } catch (ResourceNotFoundException expected) {
                    // deleted, as it should be
                }
            }
        }
    }

    @RequiresDocker
    static class DockerSample {
        @Test
        void needsDocker() {}
    }
}
