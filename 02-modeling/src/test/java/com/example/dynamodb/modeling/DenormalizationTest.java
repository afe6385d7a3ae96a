package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest
class DenormalizationTest {

    private static final List<String> ORDERS = List.of("o1", "o2", "o3");

    private static String shop(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("ShopDenormalized");
        tables.createAndWait(SingleTableShop.tableDefinition(table));
        Denormalization.putCustomer(client, table, "c1", "Ana Silva");
        ORDERS.forEach(o -> Denormalization.putOrder(client, table, o, "c1", "Ana Silva"));
        return table;
    }

    @Test
    @DisplayName("a transactional rename keeps the profile and every copy in sync")
    void transactionKeepsCopiesInSync(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        Denormalization.renameWithTransaction(client, table, "c1", "Ana Costa", ORDERS);

        assertThat(Denormalization.customerName(client, table, "c1")).isEqualTo("Ana Costa");
        assertThat(ORDERS)
                .allSatisfy(o ->
                        assertThat(Denormalization.copiedName(client, table, o)).isEqualTo("Ana Costa"));
    }

    @Test
    @DisplayName("without a transaction, a failure between the writes leaves the copies out of sync")
    void failureBetweenPlainWritesLeavesCopiesOutOfSync(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        assertThatThrownBy(
                        () -> Denormalization.renameWithoutTransaction(client, table, "c1", "Ana Costa", ORDERS, () -> {
                            throw new IllegalStateException("simulated crash");
                        }))
                .hasMessage("simulated crash");

        assertThat(Denormalization.customerName(client, table, "c1")).isEqualTo("Ana Costa");
        assertThat(ORDERS)
                .allSatisfy(o ->
                        assertThat(Denormalization.copiedName(client, table, o)).isEqualTo("Ana Silva"));
    }

    @Test
    @DisplayName("when one write in the transaction fails its condition, none of the writes happen")
    void transactionIsAllOrNothing(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);
        List<String> withMissingOrder = List.of("o1", "o2", "o-missing");

        assertThatThrownBy(
                        () -> Denormalization.renameWithTransaction(client, table, "c1", "Ana Costa", withMissingOrder))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.cancellationReasons())
                                .extracting(CancellationReason::code)
                                .containsExactly("None", "None", "None", "ConditionalCheckFailed"));

        assertThat(Denormalization.customerName(client, table, "c1")).isEqualTo("Ana Silva");
        assertThat(ORDERS)
                .allSatisfy(o ->
                        assertThat(Denormalization.copiedName(client, table, o)).isEqualTo("Ana Silva"));
    }

    @Test
    @DisplayName("a reference always reads the current name, at the cost of a second read")
    void referenceReadsTheCurrentName(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        Denormalization.renameWithoutTransaction(client, table, "c1", "Ana Costa", List.of(), () -> {});

        assertThat(Denormalization.nameByReference(client, table, "o1")).isEqualTo("Ana Costa");
        assertThat(Denormalization.copiedName(client, table, "o1")).isEqualTo("Ana Silva");
    }
}
