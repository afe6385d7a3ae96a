package com.example.dynamodb.projects.service;

import com.example.dynamodb.projects.profiles.ProfilesTable;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.java.JavaLoggingSystem;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Runs the profile service on DynamoDB Local until you stop it (Ctrl-C), and prints commands to try:
 * {@code mvn -q -pl 10-projects compile exec:java -Dexec.mainClass=com.example.dynamodb.projects.service.ProfileServiceDemo}.
 * The service builds its own {@code DynamoDbClient} from {@code profile-store.endpoint}, exactly as in
 * production; on the default embedded engine, which has no HTTP endpoint, it runs on DynamoDB Local's
 * HTTP server, started on a loopback port for it. Stopping it closes the service, deletes its table
 * and stops DynamoDB Local if the run started it, in that order.
 */
public final class ProfileServiceDemo {

    private ProfileServiceDemo() {}

    public static void main(String[] args) {
        Walkthroughs.run((ddb, tables) -> Walkthroughs.onSdkPipeline(
                ddb,
                tables,
                "the service's own client settings (endpoint, timeouts, retries)",
                (server, serverTables) -> {
                    serveUntilStopped(server, serverTables, args);
                }));
    }

    /** Creates the service's table on {@code ddb} and starts the service on it; the caller closes it. */
    public static ConfigurableApplicationContext start(DynamoDbBackend ddb, Tables tables, String... args) {
        String table = ProfilesTable.create(tables, "Profiles");
        List<String> settings = new ArrayList<>(List.of("--profile-store.table=" + table));
        ddb.endpoint().ifPresent(endpoint -> settings.add("--profile-store.endpoint=" + endpoint));
        settings.addAll(List.of(args));
        // Boot would pick Log4j 2, which DynamoDB Local brings; Tomcat logs through java.util.logging, so
        // point Boot there, and application.yml's logging levels keep Tomcat quiet (a service has its own).
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) == null) {
            System.setProperty(LoggingSystem.SYSTEM_PROPERTY, JavaLoggingSystem.class.getName());
        }
        SpringApplication application = new SpringApplication(ProfileServiceApplication.class);
        application.setRegisterShutdownHook(false); // ours below also waits for the table and engine to go
        try {
            return application.run(settings.toArray(String[]::new));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PortInUseException inUse) {
                    throw new IllegalStateException("Port " + inUse.getPort() + " is taken by another program: stop"
                            + " it, or give the service another port (-Dserver.port=8081).");
                }
            }
            throw e;
        }
    }

    /** The port the service listens on. */
    public static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    /** Commands to try, in an order that shows each answer once. */
    public static List<String> curlCommands(int port) {
        String base = "http://localhost:" + port + "/profiles";
        String json = "-H 'Content-Type: application/json' ";
        return List.of(
                "curl -i -X POST " + base + " " + json
                        + "-d '{\"userId\":\"ada\",\"email\":\"Ada@Example.com\",\"name\":\"Ada Lovelace\"}'",
                "curl -i " + base + "/ada",
                "curl -i -X PUT " + base + "/ada/details -H 'If-Match: \"1\"' " + json
                        + "-d '{\"name\":\"Ada\",\"bio\":\"First programmer\"}'",
                "curl -i -X PUT " + base + "/ada/details -H 'If-Match: \"1\"' " + json + "-d '{\"name\":\"Ada L.\"}'",
                "curl -i -X POST " + base + " " + json
                        + "-d '{\"userId\":\"grace\",\"email\":\"ada@example.com\",\"name\":\"Grace\"}'",
                "curl -i -X POST " + base + " " + json + "-d '{\"userId\":\"G\",\"email\":\"grace\"}'",
                "curl -i -X PUT " + base + "/ada/email -H 'If-Match: \"2\"' " + json
                        + "-d '{\"email\":\"countess@example.com\"}'",
                "curl -i '" + base + "?email=countess@example.com'",
                "curl -i -X DELETE " + base + "/ada -H 'If-Match: \"3\"'",
                "curl -i " + base + "/ada");
    }

    static void serveUntilStopped(DynamoDbBackend ddb, Tables tables, String... args) {
        ConfigurableApplicationContext service = start(ddb, tables, args);
        CountDownLatch closed = new CountDownLatch(1);
        service.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close(); // graceful: requests in flight finish, then the DynamoDB client closes
            try {
                main.join(Duration.ofSeconds(20).toMillis()); // until main has deleted the table and stopped the engine
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Narrator.section("The profile service (backend: " + ddb.kind().id() + ", endpoint: "
                + ddb.endpoint().map(Object::toString).orElse("DynamoDB's") + ")");
        Narrator.step("listening on http://localhost:" + port(service) + "/profiles; try, in this order:");
        curlCommands(port(service)).forEach(Narrator::say);
        Narrator.step("Ctrl-C stops the service, deletes its table, and stops DynamoDB Local if this run started it.");
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            service.close();
        }
        Narrator.step("stopped; deleting its table");
    }
}
