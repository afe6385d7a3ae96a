package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DynamoDbTest(sdkClient = true) // the run's shared local server, for the part that runs in place
class WalkthroughsOnSdkPipelineTest {

    @Test
    @DisplayName("on the embedded engine, an SDK-pipeline part runs on a local server started for it, then stopped")
    void embeddedGetsALocalServer() {
        List<DynamoDbBackend> seen = new ArrayList<>();
        List<Integer> tablesSeen = new ArrayList<>();
        try (DynamoDbBackend embedded = DynamoDbBackend.open(BackendConfig.of(Backend.EMBEDDED));
                Tables tables = Tables.forWalkthrough(embedded)) {
            String said =
                    Narrator.capture(() -> Walkthroughs.onSdkPipeline(embedded, tables, "interceptors", (ddb, t) -> {
                        seen.add(ddb);
                        tablesSeen.add(ddb.client().listTables().tableNames().size());
                    }));
            assertThat(said).contains("interceptors", "HTTP server");
        }
        assertThat(seen).singleElement().satisfies(ddb -> {
            assertThat(ddb.kind()).isEqualTo(Backend.LOCAL_SERVER);
            assertThat(ddb.endpoint())
                    .hasValueSatisfying(
                            uri -> assertThat(Endpoints.isLoopback(uri)).isTrue());
        });
        assertThat(tablesSeen).containsExactly(0);
        // Stopped after the part: its client no longer reaches anything.
        assertThatThrownBy(() -> seen.get(0).client().listTables()).isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName("on an SDK-built backend, the part runs on that backend itself and nothing is said")
    void sdkBuiltRunsInPlace(DynamoDbBackend server, Tables tables) {
        List<DynamoDbBackend> seen = new ArrayList<>();

        String said = Narrator.capture(
                () -> Walkthroughs.onSdkPipeline(server, tables, "interceptors", (ddb, t) -> seen.add(ddb)));

        assertThat(server.kind().sdkBuilt()).isTrue();
        assertThat(said).isEmpty();
        assertThat(seen).containsExactly(server);
    }
}
