package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every configuration mistake a user can make, tried the way a user runs a lesson: a new JVM runs
 * a walkthrough's {@code main} ({@link TinyWalkthrough}, wired like every lesson's) with the
 * support classpath and the bad setting. Each must end with one sentence on stderr that says what
 * to do, a non-zero exit status, and no stack trace or class-loading error.
 *
 * <p>The JVMs start together (they take a second or two each) and every test checks its own. The
 * service error is answered by this test run's {@code local-server}, through the endpoint backend.
 * Each JVM gets the flags of the project's {@code .mvn/jvm.config}, as {@code mvn exec:java} does:
 * the lesson runs in Maven's JVM.
 */
@DynamoDbTest(sdkClient = true)
class BadConfigurationTest {

    private static final Map<String, CompletableFuture<Run>> RUNS = new LinkedHashMap<>();

    record Run(int exitCode, String stdout, String stderr) {}

    @BeforeAll
    static void startAll(@TempDir Path home, DynamoDbBackend server) throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        start("unknown backend", List.of("-Dddb.backend=dynamo"), Map.of());
        start("remote plain http", List.of("-Dddb.endpoint=http://dynamodb.example.com:8000"), Map.of());
        start("not a URL", List.of("-Dddb.endpoint=localhost8000"), Map.of());
        start("nothing listening", List.of("-Dddb.endpoint=http://127.0.0.1:" + freePort), Map.of());
        // No credentials, no region, no profile file, no instance metadata: nothing is contacted.
        start(
                "aws without credentials",
                List.of("-Dddb.backend=aws", "-Duser.home=" + home),
                Map.of(
                        "HOME", home.toString(),
                        "AWS_CONFIG_FILE", home.resolve("no-config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                                home.resolve("no-credentials").toString()));
        start("testcontainers without Docker", List.of("-Dddb.backend=testcontainers"), Map.of());
        start(
                "DynamoDB refuses a request",
                List.of("-Dddb.endpoint=" + server.endpoint().orElseThrow(), "missing-table"),
                Map.of());
    }

    /** Starts {@code java ... TinyWalkthrough} with a clean AWS environment. */
    private static void start(String name, List<String> settings, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.addAll(projectJvmFlags());
        command.add("-cp");
        command.add(classpath());
        settings.stream().filter(s -> s.startsWith("-D")).forEach(command::add);
        command.add(TinyWalkthrough.class.getName());
        settings.stream().filter(s -> !s.startsWith("-D")).forEach(command::add);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("DDB_"));
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        RUNS.put(name, CompletableFuture.supplyAsync(() -> {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Run(-1, out.join(), "still running after 60 s: " + err.join());
                }
                return new Run(process.exitValue(), out.join(), err.join());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /** The flags Maven's JVM gets from the project's {@code .mvn/jvm.config}. */
    static List<String> projectJvmFlags() {
        Path config = Path.of("").toAbsolutePath();
        while (config != null && !Files.exists(config.resolve(".mvn/jvm.config"))) {
            config = config.getParent();
        }
        if (config == null) {
            throw new IllegalStateException(
                    "No .mvn/jvm.config above " + Path.of("").toAbsolutePath());
        }
        try {
            return List.of(
                    Files.readString(config.resolve(".mvn/jvm.config")).strip().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire's own classpath: the support modules, the SDK, DynamoDB Local, these test classes. */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String cp = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        // Keep only what exists: the same classpath a lesson's exec:java gets.
        List<String> parts = new ArrayList<>();
        for (String part : cp.split(File.pathSeparator)) {
            if (Files.exists(Path.of(part))) {
                parts.add(part);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    /** Exit status 1, the sentence on stderr, nothing that looks like a stack trace. */
    private static Run failedWith(String name, String... sentence) {
        Run run = RUNS.get(name).join();
        assertThat(run.exitCode())
                .as(name + "\nstdout:\n" + run.stdout() + "\nstderr:\n" + run.stderr())
                .isEqualTo(1);
        // The paragraph is one line among what the JVM printed (a JDK may add warnings of its own).
        assertThat(run.stderr().lines().filter(line -> line.startsWith("The walkthrough stopped. ")))
                .as(name + "\nstderr:\n" + run.stderr())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains(sentence);
        // No stack trace, no "Exception in thread", no class-loading error.
        assertThat(run.stderr()).doesNotContain("\tat ", "Exception in thread", "NoClassDefFoundError");
        return run;
    }

    /** A configuration mistake is reported before the lesson starts: no heading was printed. */
    private static void beforeTheLesson(Run run) {
        assertThat(run.stdout()).doesNotContain("Tiny walkthrough");
    }

    @Test
    @DisplayName("with the project's JVM flags, this JDK prints nothing before the sentence (JDK 24+ would warn)")
    void noJvmWarnings() {
        // The testcontainers run loads JNA (native access) and Netty (sun.misc.Unsafe): the two
        // kinds of warning JDK 24+ prints unless .mvn/jvm.config allows them.
        Run run = RUNS.get("testcontainers without Docker").join();
        assertThat(run.stderr().strip().lines())
                .as("stderr of a walkthrough that loaded JNA and Netty:\n" + run.stderr())
                .hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("The walkthrough stopped. "));
    }

    @Test
    @DisplayName("unknown backend: names the five that exist")
    void unknownBackend() {
        beforeTheLesson(
                failedWith(
                        "unknown backend",
                        "Unknown DynamoDB backend 'dynamo'. Use one of: embedded, local-server, testcontainers, endpoint, aws."));
    }

    @Test
    @DisplayName("plain http to a remote host: refused, use https or a loopback address")
    void remotePlainHttp() {
        beforeTheLesson(failedWith(
                "remote plain http",
                "Refusing plain http to http://dynamodb.example.com:8000",
                "Use https, or a loopback address"));
    }

    @Test
    @DisplayName("an endpoint that is not a URL: says what a URL looks like")
    void notAUrl() {
        beforeTheLesson(failedWith("not a URL", "is not an http(s) URL with a host, e.g. http://127.0.0.1:8000"));
    }

    @Test
    @DisplayName("nothing listening at the endpoint: start DynamoDB Local there, or drop the flag")
    void nothingListening() {
        beforeTheLesson(failedWith(
                "nothing listening",
                "Nothing answers at http://127.0.0.1:",
                "Start DynamoDB Local there first",
                "drop -Dddb.endpoint"));
    }

    @Test
    @DisplayName("aws without credentials or region: configure them as for the AWS CLI, or drop the flag")
    void awsWithoutCredentials() {
        beforeTheLesson(failedWith(
                "aws without credentials",
                "found no credentials",
                "and no region",
                "run 'aws configure'",
                "drop -Dddb.backend=aws"));
    }

    @Test
    @DisplayName("testcontainers without Docker: start Docker, or use the embedded backend")
    void testcontainersWithoutDocker() {
        Assumptions.assumeFalse(DynamoDbBackend.dockerAvailable(), "Docker is available here");
        beforeTheLesson(failedWith(
                "testcontainers without Docker", "needs a running Docker engine", "use the default embedded backend"));
    }

    @Test
    @DisplayName("an error from DynamoDB ends the lesson with the service's own message")
    void serviceError() {
        Run run = failedWith(
                "DynamoDB refuses a request",
                "DynamoDB refused a request: Cannot do operations on a non-existent table (ResourceNotFoundException,"
                        + " HTTP 400).");
        assertThat(run.stdout())
                .contains("Tiny walkthrough, on the 'endpoint' backend")
                .doesNotContain("done");
    }
}
