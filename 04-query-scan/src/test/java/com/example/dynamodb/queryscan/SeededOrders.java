package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.DynamoDbExtension;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The seeded Orders table (2,000 items, about 3 MB), loaded once per test run and shared by every
 * test class that reads it: loading it takes seconds, reading it milliseconds. Tests never write
 * to it. Tests that write create their own small tables.
 *
 * <p>{@link #tables()} is the run-wide {@code Tables} that holds it: a walkthrough given these
 * tables finds the table already loaded (see {@link SampleOrders#seededTable}).
 *
 * <p>Use: {@code @DynamoDbTest @ExtendWith(SeededOrders.Extension.class)} and a
 * {@code SeededOrders orders} parameter. The table is deleted when the test run ends.
 */
record SeededOrders(String table, List<Map<String, AttributeValue>> items, Tables tables) {

    /** The generated items matching a predicate: what a query must return, computed in memory. */
    List<Map<String, AttributeValue>> where(Predicate<Map<String, AttributeValue>> predicate) {
        return items.stream().filter(predicate).toList();
    }

    List<Map<String, AttributeValue>> ofCustomer(String customerId) {
        return where(i -> i.get(OrdersTable.PK).s().equals(customerId));
    }

    static final class Extension implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(SeededOrders.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SeededOrders.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // The run's backend and run-wide table names, from support's extension: the table is
            // deleted when the test run ends, before the backend stops.
            DynamoDbBackend backend = DynamoDbExtension.backendFor(context);
            Tables tables = DynamoDbExtension.runTables(context);
            return context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(
                            "orders:" + backend.kind(),
                            k -> {
                                String table = SampleOrders.seededTable(backend.client(), tables);
                                return new SeededOrders(table, List.copyOf(SampleOrders.generate()), tables);
                            },
                            SeededOrders.class);
        }
    }
}
