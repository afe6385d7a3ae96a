package com.example.dynamodb.errors.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.errors.exercises.Statements.Flaw;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

// On the local server, which the other exercises' tests start anyway: no second engine in this JVM.
@DynamoDbTest(sdkClient = true)
@DisplayName("Exercise 09.4 CatchTheBug")
class CatchTheBugTest {

    @Test
    @DisplayName("your check passes on the correct statement")
    void passesOnTheCorrectStatement(DynamoDbClient client, Tables tables) {
        CatchTheBug.check(Statements.on(client, tables, Flaw.NONE));
    }

    @ParameterizedTest(name = "your check fails on the statement that {0}")
    @EnumSource(
            value = Flaw.class,
            names = {"KEY_NAME_TYPO", "INCLUDES_END", "NEWEST_FIRST"})
    void failsOnABuggyStatement(Flaw flaw, DynamoDbClient client, Tables tables) {
        // First the correct one: a check that fails on everything would "catch" every bug.
        CatchTheBug.check(Statements.on(client, tables, Flaw.NONE));
        Statements.Statement buggy = Statements.on(client, tables, flaw);

        Throwable caught = catchThrowable(() -> CatchTheBug.check(buggy));

        assertThat(caught)
                .as("your check passed on the statement that %s", flaw)
                .isNotNull();
    }
}
