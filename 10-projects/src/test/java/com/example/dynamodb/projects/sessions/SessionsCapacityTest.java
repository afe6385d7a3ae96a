package com.example.dynamodb.projects.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.projects.CapacityRecorder;
import com.example.dynamodb.projects.TestTables;
import com.example.dynamodb.projects.TestTimes;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.MutableClock;
import com.example.dynamodb.support.Tables;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The units each session operation consumes, as DynamoDB Local reports them: the README's capacity numbers. */
@DynamoDbTest(sdkClient = true)
class SessionsCapacityTest {

    @Test
    @DisplayName("units per request: login 1 write; a request 1 read, plus 1 write only when the session slides")
    void unitsPerOperation(DynamoDbBackend backend, Tables tables) {
        CapacityRecorder recorder = new CapacityRecorder();
        SessionPolicy policy = SessionStoreTest.POLICY;
        MutableClock clock = new MutableClock(TestTimes.tomorrowAt(9, 0));
        try (DynamoDbClient client =
                backend.newClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            String table = TestTables.sessionsWithoutTtl(tables);

            recorder.reset();
            Session session = SessionStore.create(client, table, clock, policy, "ada");
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 0, 1));

            recorder.reset();
            clock.advance(Duration.ofMinutes(5));
            SessionStore.authenticate(client, table, clock, policy, session.token());
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(1.0, 0, 1)); // a strong read

            recorder.reset();
            clock.advance(Duration.ofMinutes(15));
            SessionStore.authenticate(client, table, clock, policy, session.token());
            assertThat(recorder.units()).isEqualTo(new CapacityRecorder.Units(2.0, 0, 2)); // read + slide
        }
    }
}
