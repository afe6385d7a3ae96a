package com.example.dynamodb.support;

import java.util.function.BiConsumer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * What every walkthrough's {@code main} calls: opens the backend and the lesson's tables, runs the
 * lesson, and cleans up, even when it fails:
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Walkthroughs.run(Walkthrough::run);
 * }
 * }</pre>
 *
 * which is exactly
 *
 * <pre>{@code
 * try (DynamoDbBackend ddb = DynamoDbBackend.open();
 *         Tables tables = Tables.forWalkthrough(ddb)) {
 *     lesson.run(ddb, tables);
 * }
 * }</pre>
 *
 * plus one thing: when anything fails (a configuration mistake, nothing answering, an error from
 * DynamoDB), it prints one short paragraph that says what went wrong and what to do, without a
 * stack trace, and the program ends with a non-zero exit status (no {@code System.exit}: the
 * exception it rethrows carries no stack trace and is not printed again).
 *
 * <p>Why not let the exception escape? Under {@code mvn exec:java}, Maven renders an escaping
 * exception after it has closed the lesson's class loader; the SDK builds its exception messages
 * lazily, so the user saw "A required class was missing ... SdkDiagnostics" instead of the cause.
 * Here the message is built while every class is still loadable.
 */
public final class Walkthroughs {

    /** A lesson's walkthrough: {@code Walkthrough::run}. */
    @FunctionalInterface
    public interface Lesson {
        void run(DynamoDbBackend ddb, Tables tables) throws Exception;
    }

    /**
     * Thrown after the reason was printed: ends {@code main} with a failure, and says no more than
     * that (Maven prints this message in its error line; a plain {@code java} run prints nothing).
     */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String reason;

        Stopped(String reason) {
            super("The walkthrough stopped; the reason is printed above.", null, false, false);
            this.reason = reason;
        }

        /** The paragraph that was printed. */
        public String reason() {
            return reason;
        }
    }

    private Walkthroughs() {}

    /** Runs {@code lesson} on the backend this JVM is configured for (see {@link BackendConfig}). */
    public static void run(Lesson lesson) {
        quietLibraryLogs();
        try (DynamoDbBackend ddb = DynamoDbBackend.open();
                Tables tables = Tables.forWalkthrough(ddb)) {
            lesson.run(ddb, tables);
        } catch (Exception e) {
            String reason = explain(e);
            System.out.flush();
            System.err.println();
            System.err.println("The walkthrough stopped. " + reason);
            Thread current = Thread.currentThread();
            Thread.UncaughtExceptionHandler previous = current.getUncaughtExceptionHandler();
            // A plain `java` run would print "Exception in thread main" again: the reason is above.
            current.setUncaughtExceptionHandler((thread, failure) -> {
                if (!(failure instanceof Stopped)) {
                    previous.uncaughtException(thread, failure);
                }
            });
            throw new Stopped(reason);
        }
    }

    /**
     * Runs a part of a lesson that needs clients the SDK built (interceptors, retry strategies,
     * metric publishers, the async client): on {@code ddb} itself when its clients are SDK-built,
     * and on the embedded engine, which bypasses the SDK's request pipeline, on DynamoDB Local's
     * HTTP server, started on a loopback port for this part and stopped after it.
     *
     * <pre>{@code
     * Walkthroughs.onSdkPipeline(ddb, tables, "retry strategies", Retries::demo);
     * }</pre>
     */
    public static void onSdkPipeline(
            DynamoDbBackend ddb, Tables tables, String needs, BiConsumer<DynamoDbBackend, Tables> part) {
        if (ddb.kind().sdkBuilt()) {
            part.accept(ddb, tables);
            return;
        }
        Narrator.say("The embedded engine bypasses the SDK's request pipeline, which " + needs
                + " need: this part runs on DynamoDB Local's HTTP server, started on a loopback port.");
        try (DynamoDbBackend server = DynamoDbBackend.open(BackendConfig.of(Backend.LOCAL_SERVER));
                Tables serverTables = Tables.forWalkthrough(server)) {
            part.accept(server, serverTables);
        }
    }

    /** One paragraph a learner understands: the real message, and what to do where we know it. */
    public static String explain(Throwable failure) {
        String text;
        if (failure instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null
                    ? null
                    : service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails() == null
                    ? service.getMessage()
                    : service.awsErrorDetails().errorMessage();
            text = "DynamoDB refused a request: " + message + " (" + code + ", HTTP " + service.statusCode() + ").";
        } else if (failure instanceof SdkClientException client) {
            text = "A request did not complete: " + client.getMessage()
                    + ". Check that the DynamoDB you chose still answers, or drop -Dddb.backend and"
                    + " -Dddb.endpoint to use the embedded engine.";
        } else if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            // The support code's own messages already say what to do.
            text = failure.getMessage();
        } else {
            text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        return text == null
                ? failure.getClass().getName()
                : text.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /**
     * The exec plugin sets these for {@code mvn exec:java}; an IDE run gets the same quiet logs
     * (Testcontainers reports every Docker probe as an error otherwise). Set ones win.
     */
    private static void quietLibraryLogs() {
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        defaultProperty("org.slf4j.simpleLogger.log.org.testcontainers.dockerclient", "off");
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
