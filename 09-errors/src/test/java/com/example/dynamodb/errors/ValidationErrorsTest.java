package com.example.dynamodb.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.dynamodb.errors.ValidationErrors.Mistake;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.FaultInjector;
import com.example.dynamodb.support.Tables;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@DynamoDbTest(sdkClient = true)
class ValidationErrorsTest {

    /**
     * DynamoDB Local's wording (the service's is close, not always identical). Where DynamoDB's
     * own differs, it is accepted too: dynalite answers with DynamoDB's.
     */
    private static final Map<Mistake, String> SAYS = Map.of(
            Mistake.WRONG_KEY_NAME, "One of the required keys was not given a value",
            Mistake.WRONG_KEY_TYPE, "Type mismatch for key",
            Mistake.EMPTY_KEY_STRING, "cannot contain an empty string value",
            Mistake.EXPRESSION_SYNTAX, "Syntax error",
            Mistake.RESERVED_WORD, "reserved keyword: status",
            Mistake.UNDEFINED_VALUE, "An expression attribute value used in expression is not defined",
            Mistake.ADD_TO_A_STRING, "Incorrect operand type for operator or function; operator: ADD",
            Mistake.ITEM_OVER_400_KB, "Item size has exceeded the maximum allowed size",
            Mistake.CONSISTENT_READ_ON_GSI, "Consistent reads are not supported on global secondary indexes",
            Mistake.SAME_ITEM_TWICE_IN_A_TRANSACTION,
                    "Transaction request cannot include multiple operations on one item");

    private static final Map<Mistake, String> DYNAMODB_SAYS = Map.of(
            Mistake.WRONG_KEY_NAME, "The provided key element does not match the schema",
            Mistake.WRONG_KEY_TYPE, "The provided key element does not match the schema");

    @ParameterizedTest(name = "{0} is a plain DynamoDbException with code ValidationException, tried once")
    @EnumSource(value = Mistake.class, mode = EnumSource.Mode.EXCLUDE, names = "SAME_ITEM_TWICE_IN_A_TRANSACTION")
    void validationErrors(Mistake mistake, DynamoDbBackend backend, Tables tables) {
        refusedOnce(mistake, backend, tables);
    }

    @ParameterizedTest(name = "{0} is a plain DynamoDbException with code ValidationException, tried once")
    @EnumSource(value = Mistake.class, names = "SAME_ITEM_TWICE_IN_A_TRANSACTION")
    @Tag("transactions") // TransactWriteItems
    void validationErrorsInATransaction(Mistake mistake, DynamoDbBackend backend, Tables tables) {
        refusedOnce(mistake, backend, tables);
    }

    private static void refusedOnce(Mistake mistake, DynamoDbBackend backend, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        FaultInjector counting = new FaultInjector();

        DynamoDbException e;
        try (DynamoDbClient client = FastRetries.client(backend, counting, FastRetries.standard(3))) {
            e = ValidationErrors.refusal(mistake, client, table);
        }

        assertThat(e.getClass()).isEqualTo(DynamoDbException.class); // no subclass exists for it
        assertThat(ValidationErrors.isValidationError(e)).isTrue();
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.awsErrorDetails().errorMessage())
                .containsAnyOf(SAYS.get(mistake), DYNAMODB_SAYS.getOrDefault(mistake, SAYS.get(mistake)));
        assertThat(e.numAttempts()).isOne();
        assertThat(counting.attempts("GetItem")
                        + counting.attempts("PutItem")
                        + counting.attempts("UpdateItem")
                        + counting.attempts("Query")
                        + counting.attempts("TransactWriteItems"))
                .isOne();
    }

    @Test
    @DisplayName("a refused request writes nothing: the oversized item is not in the table")
    void refusedWritesNothing(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");

        ValidationErrors.refusal(Mistake.ITEM_OVER_400_KB, client, table);

        assertThat(TableErrors.findAccount(client, table, "big")).isEmpty();
    }

    @Test
    @DisplayName("other service errors are not validation errors")
    void otherErrorsAreNot(DynamoDbClient client, Tables tables) {
        String table = AccountsTable.create(tables, "Accounts");
        AccountsTable.open(client, table, "alice", "alice", 1);

        DynamoDbException conditionFailed =
                (DynamoDbException) catchThrowable(() -> client.putItem(b -> b.tableName(table)
                        .item(Map.of(AccountsTable.PK, AttributeValue.fromS("alice")))
                        .conditionExpression("attribute_not_exists(accountId)")));

        assertThat(ValidationErrors.isValidationError(conditionFailed)).isFalse();
    }
}
