package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The region-compile check on a small module written here: one region of each kind that stands
 * alone, and one of each mistake it must catch. The module is checked once (one compiler task), as
 * a lesson's is.
 */
class SnippetCompileCheckTest {

    private static final String PKG = "com/example/dynamodb/sample/";

    @TempDir
    static Path module;

    static SnippetCompileCheck.Report report;

    @BeforeAll
    static void checkTheSampleModule() throws IOException {
        write("Order.java", """
            package com.example.dynamodb.sample;

            /** A public domain type: regions may use it. */
            public record Order(String id, long cents) {}
            """);
        write("Internal.java", """
            package com.example.dynamodb.sample;

            /** Package-private: a reader's project does not have it. */
            class Internal {
                static String secret() {
                    return "s";
                }
            }
            """);
        write("Shorthand.java", """
            package com.example.dynamodb.sample;

            import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

            public final class Shorthand {
                public static AttributeValue s(String value) {
                    return AttributeValue.fromS(value);
                }
            }
            """);
        write("Examples.java", """
            package com.example.dynamodb.sample;

            import static com.example.dynamodb.sample.Shorthand.s;

            import com.example.dynamodb.support.Narrator;
            import java.util.List;
            import java.util.Map;
            import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

            public final class Examples {

                private Examples() {}

                // tag::standalone[]
                /** Members: a method, the record it returns and the helper it calls, all in the region. */
                public record Total(long cents, int orders) {}

                public static Total total(List<Order> orders) {
                    return new Total(sum(orders), orders.size());
                }

                private static long sum(List<Order> orders) {
                    return orders.stream().mapToLong(Order::cents).sum();
                }

                private Examples(int unused) {} // the wrapper is named like the file's class
                // end::standalone[]

                public static Map<String, AttributeValue> key(String id) {
                    return Map.of("id", AttributeValue.fromS(id));
                }

                // tag::outside-helper[]
                public static Map<String, AttributeValue> keyOf(Order order) {
                    return key(order.id());
                }
                // end::outside-helper[]

                // tag::shorthand[]
                public static AttributeValue idOf(Order order) {
                    return s(order.id());
                }
                // end::shorthand[]

                // tag::support-code[]
                public static void show(Order order) {
                    Narrator.say(order.id());
                }
                // end::support-code[]

                // tag::package-private[]
                public static String reveal() {
                    return Internal.secret();
                }
                // end::package-private[]

                public static long statements(List<Order> orders, long floor) {
                    // tag::statements[]
                    long big = orders.stream().filter(o -> o.cents() >= floor).count();
                    String.valueOf(big + " orders of at least " + floor);
                    // end::statements[]
                    return big;
                }

                // tag::lockstep[]
                // Not for copying: test wiring, shown to explain the proof.
                static Runnable wiring() {
                    return () -> key("x");
                }
                // end::lockstep[]
            }
            """);
        write("Receipt.java", """
            package com.example.dynamodb.sample;

            import java.util.List;

            // tag::whole-class[]
            /** A whole top-level type is a region too. */
            public record Receipt(List<Order> orders) {
                public long cents() {
                    return orders.stream().mapToLong(Order::cents).sum();
                }
            }
            // end::whole-class[]
            """);

        write("Counting.java", """
            package com.example.dynamodb.sample;

            import java.util.concurrent.atomic.AtomicInteger;
            import software.amazon.awssdk.core.interceptor.Context;
            import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
            import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

            public final class Counting implements ExecutionInterceptor {
                // tag::interface-methods[]
                private final AtomicInteger calls = new AtomicInteger();

                @Override
                public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                    calls.incrementAndGet();
                }
                // end::interface-methods[]
            }
            """);

        // What `mvn test` gives a lesson: its own compiled classes on the class path.
        Path classes = Files.createDirectories(module.resolve("target/classes"));
        List<String> args = new ArrayList<>(
                List.of("-d", classes.toString(), "-proc:none", "-cp", System.getProperty("java.class.path")));
        for (String name : List.of("Order", "Internal", "Shorthand", "Examples", "Receipt", "Counting")) {
            args.add(module.resolve("src/main/java/" + PKG + name + ".java").toString());
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .isZero();
        List<Path> classpath = new ArrayList<>(SnippetCompileCheck.classpathWithoutSupport());
        classpath.add(classes);
        report = SnippetCompileCheck.check(module, classpath);
    }

    private static void write(String name, String text) throws IOException {
        Path dir = Files.createDirectories(module.resolve("src/main/java/" + PKG));
        Files.writeString(dir.resolve(name), text);
    }

    private static String failureOf(String region) {
        return report.failures().stream()
                .filter(f -> f.contains("region " + region + " "))
                .findFirst()
                .orElse("");
    }

    @Test
    @DisplayName("the class path the check uses has the SDK but not the support modules")
    void classpathWithoutSupport() {
        assertThat(SnippetCompileCheck.classpathWithoutSupport())
                .noneMatch(p -> p.toString().matches(".*support[-/](core|testing).*"))
                .anyMatch(p -> p.toString().contains("dynamodb"));
    }

    @Test
    @DisplayName("self-contained regions pass: members, statements inside a method, a whole class")
    void selfContainedRegionsPass() {
        assertThat(report.compiled())
                .contains("Examples.java#standalone", "Examples.java#statements", "Receipt.java#whole-class");
        assertThat(failureOf("Examples.java#standalone")).isEmpty();
        assertThat(failureOf("Examples.java#statements")).isEmpty();
        assertThat(failureOf("Receipt.java#whole-class")).isEmpty();
    }

    @Test
    @DisplayName("methods of a class that implements an SDK interface keep their @Override meaning")
    void interfaceMethodsPass() {
        assertThat(report.compiled()).contains("Counting.java#interface-methods");
        assertThat(failureOf("Counting.java#interface-methods")).isEmpty();
    }

    @Test
    @DisplayName("a region that calls a helper outside it fails, naming module, file, line, region and message")
    void outsideHelperFails() {
        String moduleName = module.getFileName().toString();
        assertThat(failureOf("Examples.java#outside-helper"))
                .startsWith(moduleName + ": region Examples.java#outside-helper does not compile on its own")
                .contains("Examples.java:35: cannot find symbol")
                .contains("method key(java.lang.String)");
    }

    @Test
    @DisplayName("a region that uses a corpus shorthand (a static import from the corpus) fails")
    void shorthandFails() {
        assertThat(failureOf("Examples.java#shorthand"))
                .contains("cannot find symbol")
                .contains("method s(");
    }

    @Test
    @DisplayName("a region that uses support code or a package-private type of its module fails")
    void supportCodeAndPackagePrivateFail() {
        assertThat(failureOf("Examples.java#support-code")).contains("Narrator");
        assertThat(failureOf("Examples.java#package-private")).contains("Internal");
    }

    @Test
    @DisplayName("a region marked 'Not for copying' is listed with its reason, not compiled")
    void notForCopyingIsSkippedAndListed() {
        assertThat(report.skipped())
                .containsExactly("Examples.java#lockstep: test wiring, shown to explain the proof.");
        assertThat(report.compiled()).doesNotContain("Examples.java#lockstep");
        assertThat(report.failures()).hasSize(4);
    }

    @Test
    @DisplayName("the assertion a lesson runs fails when one region does not stand alone")
    void assertionFails() {
        assertThatThrownBy(() -> SnippetCompileCheck.assertRegionsCompile(module))
                .hasMessageContaining("tagged regions must compile on their own")
                .hasMessageContaining("Examples.java#outside-helper");
    }
}
