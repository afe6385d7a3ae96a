package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API-INDEX.md at the repository root is current, its links work, and new modules are picked up. */
class ApiIndexTest {

    /** Tests run in support/selftest. */
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#([^)]*))?\\)");

    /** Generated once: parsing every lesson takes a moment. */
    private static String generated;

    @BeforeAll
    static void generate() {
        generated = ApiIndex.generate(ROOT);
    }

    @Test
    @DisplayName("API-INDEX.md equals what the sources generate today")
    void indexIsCurrent() throws IOException {
        String onDisk = Files.readString(ROOT.resolve(ApiIndex.FILE)).replace("\r\n", "\n"); // CRLF checkouts too

        assertThat(onDisk)
                .as("%s is stale: regenerate it from the repository root with%n  %s%n", ApiIndex.FILE, ApiIndex.COMMAND)
                .isEqualTo(generated);
    }

    @Test
    @DisplayName("every link of API-INDEX.md points at a file, and every README anchor at a heading")
    void linksWork() throws IOException {
        ReadmeCheck.assertLinksResolve(ROOT.resolve(ApiIndex.FILE));
        List<String> missing = new ArrayList<>();
        Matcher m = LINK.matcher(Files.readString(ROOT.resolve(ApiIndex.FILE)));
        int anchors = 0;
        Map<String, Set<String>> headings = new HashMap<>(); // the index links each README many times
        while (m.find()) {
            if (m.group(2) != null) {
                anchors++;
                String readme = m.group(1);
                if (!headings.computeIfAbsent(readme, ApiIndexTest::anchorsOf).contains(m.group(2))) {
                    missing.add(m.group(1) + "#" + m.group(2));
                }
            }
        }
        assertThat(anchors).isPositive();
        assertThat(missing).as("anchors with no heading").isEmpty();
    }

    private static Set<String> anchorsOf(String readme) {
        try {
            return ApiIndex.anchors(Files.readString(ROOT.resolve(readme)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("the root README links the index and its lesson table's key classes, and every link resolves")
    void rootReadmeLinks() throws IOException {
        Path readme = ROOT.resolve("README.md");
        assertThat(Files.readString(readme))
                .contains("(API-INDEX.md)")
                .contains("(04-query-scan/src/main/java/com/example/dynamodb/queryscan/ParallelScan.java)");
        ReadmeCheck.assertLinksResolve(readme);
    }

    @Test
    @DisplayName(
            "the operations of the lessons are listed: PutItem, Query, TransactWriteItems, ExecuteStatement, the Enhanced putItem")
    void listsTheOperations() {
        assertThat(generated)
                .contains("| PutItem | `putItem` |")
                .contains("| Query | `query`, `queryPaginator` |")
                .contains("| TransactWriteItems |")
                .contains("| ExecuteStatement |")
                .contains("| `DynamoDbTable.putItem` |")
                .contains("[BatchWrites#putAll](03-crud/src/main/java/com/example/dynamodb/crud/BatchWrites.java)");
    }

    @Test
    @DisplayName("a module added later is picked up, with its calls, its example and its README section")
    void picksUpANewModule(@TempDir Path root) throws IOException {
        Path src = Files.createDirectories(root.resolve("05-streams/src/main/java/x"));
        Files.writeString(src.resolve("Watch.java"), """
            package x;

            import com.example.dynamodb.support.DynamoDbBackend;
            import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
            import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
            import software.amazon.awssdk.services.dynamodbstreams.DynamoDbStreamsClient;

            public final class Watch {
                // tag::records[]
                public static int records(DynamoDbStreamsClient streams, String iterator) {
                    return streams.getRecords(b -> b.shardIterator(iterator)).records().size();
                }
                // end::records[]

                static void demo(DynamoDbBackend ddb, DynamoDbEnhancedClient enhanced, ConsumedCapacity used) {
                    ddb.client().putItem(b -> b.tableName("t"));
                    enhanced.table("t", null).deleteTable();
                    used.table().capacityUnits(); // not an API call: ConsumedCapacity's table()
                }
            }
            """);
        Files.writeString(root.resolve("05-streams/README.md"), """
            # 05 Streams

            ### 2. Reading records
            <!-- excerpt: Watch.java#records -->
            ```java
            ```
            """);
        Files.createDirectories(root.resolve("support/core/src/main/java")); // not a lesson: ignored

        String index = ApiIndex.generate(root);

        assertThat(index)
                .contains("| GetRecords | `getRecords` | [Watch#records](05-streams/src/main/java/x/Watch.java)"
                        + " | [05: 2. Reading records](05-streams/README.md#2-reading-records) |")
                .contains("| PutItem | `putItem` | [Watch#demo](05-streams/src/main/java/x/Watch.java) | — |")
                .contains("| `DynamoDbTable.deleteTable` |")
                .doesNotContain("capacityUnits");
    }

    @Test
    @DisplayName("anchors follow GitHub: lower case, punctuation dropped, spaces become dashes")
    void anchorsLikeGitHub() {
        assertThat(ApiIndex.anchor("### 4. Composite primary key: partition key + sort key"))
                .isEqualTo("4-composite-primary-key-partition-key--sort-key");
        assertThat(ApiIndex.anchor("### 2. `GetItem`: one item by its full key"))
                .isEqualTo("2-getitem-one-item-by-its-full-key");
        assertThat(ApiIndex.anchors("## Quiz\n```\n# not a heading\n```\n## Quiz\n"))
                .containsExactly("quiz", "quiz-1");
    }
}
