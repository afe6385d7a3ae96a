package com.example.dynamodb.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Table changes take turns in this JVM. DynamoDB Local 3.3.1 reads every table's description while
 * it creates or updates one (its account-wide index checks) and fails with a NullPointerException
 * ("tableInfo is null") when another thread deletes a table meanwhile: seen when test classes run
 * in parallel, one class creating its tables while another cleans up. Corpus plumbing only: on
 * DynamoDB, and in code you copy, table operations need no such lock.
 */
final class ControlPlaneTurns {

    private static final Set<String> TABLE_CHANGES = Set.of("CreateTable", "UpdateTable", "DeleteTable");
    private static final Semaphore TURN = new Semaphore(1);
    private static final ExecutionAttribute<Boolean> HOLDS_TURN = new ExecutionAttribute<>("ddb.holdsTableTurn");

    private ControlPlaneTurns() {}

    /** The embedded engine's client, its table changes one at a time. */
    static DynamoDbClient inTurns(DynamoDbClient client) {
        return (DynamoDbClient) Proxy.newProxyInstance(
                DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    boolean change = TABLE_CHANGES.contains(capitalized(method.getName()));
                    if (change) {
                        TURN.acquireUninterruptibly();
                    }
                    try {
                        return method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (change) {
                            TURN.release();
                        }
                    }
                });
    }

    /** For SDK-built clients (sync or async): a table change waits for its turn before it is sent. */
    static final ExecutionInterceptor INTERCEPTOR = new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (TABLE_CHANGES.contains(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
                TURN.acquireUninterruptibly();
                attributes.putAttribute(HOLDS_TURN, true);
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            release(attributes);
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            release(attributes);
        }

        private void release(ExecutionAttributes attributes) {
            if (Boolean.TRUE.equals(attributes.getAttribute(HOLDS_TURN))) {
                attributes.putAttribute(HOLDS_TURN, false);
                TURN.release();
            }
        }
    };

    /** 1 when no table change is under way in this JVM, 0 while one is (for the self-test). */
    static int turnsFree() {
        return TURN.availablePermits();
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
