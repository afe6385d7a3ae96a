package com.example.dynamodb.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

@DynamoDbTest
class DenormalizationTest {

    private static final List<String> ORDERS = List.of("o1", "o2", "o3");
    /** The same rename input for both versions: "o-missing" fails its attribute_exists condition. */
    private static final List<String> WITH_A_MISSING_ORDER = List.of("o1", "o-missing", "o2", "o3");

    private static String shop(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("ShopDenormalized");
        tables.createAndWait(ShopTable.tableDefinition(table));
        Denormalization.putCustomer(client, table, "c1", "Ana Silva");
        ORDERS.forEach(o -> Denormalization.putOrder(client, table, o, "c1", "Ana Silva"));
        return table;
    }

    @Test
    @Tag("transactions") // TransactWriteItems
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
    @DisplayName("without a transaction, a write failing part-way leaves the profile and some copies renamed")
    void failureBetweenPlainWritesLeavesCopiesOutOfSync(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        assertThatThrownBy(() -> Denormalization.renameWithoutTransaction(
                        client, table, "c1", "Ana Costa", WITH_A_MISSING_ORDER))
                .isInstanceOf(ConditionalCheckFailedException.class);

        assertThat(Denormalization.customerName(client, table, "c1")).isEqualTo("Ana Costa");
        assertThat(Denormalization.copiedName(client, table, "o1")).isEqualTo("Ana Costa");
        assertThat(List.of("o2", "o3"))
                .allSatisfy(o ->
                        assertThat(Denormalization.copiedName(client, table, o)).isEqualTo("Ana Silva"));
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(1 + ORDERS.size()); // no half item
    }

    @Test
    @Tag("transactions") // TransactWriteItems and its cancellation reasons
    @DisplayName("when one write in the transaction fails its condition, none of the writes happen")
    void transactionIsAllOrNothing(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        assertThatThrownBy(() ->
                        Denormalization.renameWithTransaction(client, table, "c1", "Ana Costa", WITH_A_MISSING_ORDER))
                .isInstanceOfSatisfying(
                        TransactionCanceledException.class,
                        e -> assertThat(e.cancellationReasons())
                                .extracting(CancellationReason::code)
                                .containsExactly("None", "None", "ConditionalCheckFailed", "None", "None"));

        assertThat(Denormalization.customerName(client, table, "c1")).isEqualTo("Ana Silva");
        assertThat(ORDERS)
                .allSatisfy(o ->
                        assertThat(Denormalization.copiedName(client, table, o)).isEqualTo("Ana Silva"));
    }

    @Test
    @DisplayName("a reference always reads the current name, at the cost of a second read")
    void referenceReadsTheCurrentName(DynamoDbClient client, Tables tables) {
        String table = shop(client, tables);

        Denormalization.renameWithoutTransaction(client, table, "c1", "Ana Costa", List.of()); // profile only

        assertThat(Denormalization.nameByReference(client, table, "o1")).isEqualTo("Ana Costa");
        assertThat(Denormalization.copiedName(client, table, "o1")).isEqualTo("Ana Silva");
    }
}
