package com.example.dynamodb.advanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

@DynamoDbTest
class LogicalBackupTest {

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    /** Orders with a few attribute types each, from a fixed seed. */
    private static List<Map<String, AttributeValue>> orders(int count) {
        Random random = new Random(5);
        List<Map<String, AttributeValue>> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> order = new HashMap<>(OrdersTable.order(
                    // Numbers in DynamoDB's canonical form ("12.5", not "12.50"), which it returns.
                    "c" + (i % 97), String.format("o%05d", i), random.nextInt(1000) + "." + (1 + random.nextInt(9))));
            order.put(
                    "lines",
                    AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                            "sku",
                            AttributeValue.fromS("sku-" + random.nextInt(50)),
                            "qty",
                            AttributeValue.fromN("2"))))));
            if (i % 10 == 0) {
                order.put("gift", AttributeValue.fromBool(true));
                order.put("note", AttributeValue.fromB(SdkBytes.fromUtf8String("note " + i)));
            }
            orders.add(order);
        }
        return orders;
    }

    private static String ordersTable(Tables tables, String name) {
        String table = tables.reserve(name);
        tables.createAndWait(OrdersTable.definition(table, null));
        return table;
    }

    private static Map<String, Map<String, AttributeValue>> byKey(DynamoDbClient client, String table) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        client.scanPaginator(b -> b.tableName(table).consistentRead(true))
                .items()
                .forEach(i -> {
                    String key =
                            i.get("customerId").s() + "|" + i.get("orderId").s();
                    assertThat(items.put(key, i)).as("duplicate " + key).isNull();
                });
        return items;
    }

    private Path exportOf(DynamoDbClient client, Tables tables, int count) throws IOException {
        String source = ordersTable(tables, "Source");
        BatchLoader.putAll(client, source, orders(count));
        Path file = dir.resolve("orders.jsonl");
        LogicalBackup.export(client, source, 3, file, workers);
        return file;
    }

    @Test
    @DisplayName("2,000 items round-trip: same count, every item equal, nothing lost or duplicated")
    void roundTrip(DynamoDbClient client, Tables tables) throws IOException {
        // Start from a backup file (the lines an export writes), so DynamoDB Local writes the items
        // once, not twice: restore it, export the restored table, compare with the original.
        List<Map<String, AttributeValue>> originals = orders(2_000);
        Path backup = dir.resolve("backup.jsonl");
        Files.write(backup, originals.stream().map(DynamoDbJson::toLine).toList());
        Files.writeString(LogicalBackup.manifest(backup), "{\"table\":\"Orders\",\"itemCount\":2000}");
        String table = ordersTable(tables, "Restored");

        long restored = LogicalRestore.restore(client, table, backup);
        Path export = dir.resolve("export.jsonl");
        long exported = LogicalBackup.export(client, table, 4, export, workers);

        assertThat(restored).isEqualTo(2_000);
        assertThat(exported).isEqualTo(2_000);
        assertThat(Files.readString(LogicalBackup.manifest(export))).contains("\"itemCount\":2000");
        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize(2_000).doesNotHaveDuplicates();
        Map<String, Map<String, AttributeValue>> expected = new HashMap<>();
        originals.forEach(o ->
                expected.put(o.get("customerId").s() + "|" + o.get("orderId").s(), o));
        Map<String, Map<String, AttributeValue>> roundTripped = new HashMap<>();
        lines.stream()
                .map(DynamoDbJsonReader::fromLine)
                .forEach(i -> roundTripped.put(
                        i.get("customerId").s() + "|" + i.get("orderId").s(), i));
        // The export read the restored table: every item equal to its original, none lost or added.
        assertThat(roundTripped).hasSize(2_000).isEqualTo(expected);
        assertThat(Files.exists(dir.resolve("export.jsonl.part"))).isFalse();
    }

    @Test
    @DisplayName("a segment larger than a Scan page (1 MB) is exported over every page: 450 items of 2.5 KB, one"
            + " segment, two pages")
    void everyPage(DynamoDbClient client, Tables tables) throws IOException {
        String table = ordersTable(tables, "Large");
        String padding = "x".repeat(2_500);
        List<Map<String, AttributeValue>> large = new ArrayList<>();
        orders(450).forEach(o -> {
            Map<String, AttributeValue> padded = new HashMap<>(o);
            padded.put("padding", AttributeValue.fromS(padding));
            large.add(padded);
        });
        BatchLoader.putAll(client, table, large);
        RecordingClient recorder = RecordingClient.of(client);

        long exported = LogicalBackup.export(recorder.client(), table, 1, dir.resolve("large.jsonl"), workers);

        assertThat(exported).isEqualTo(450);
        assertThat(recorder.requests(ScanRequest.class)).hasSize(2); // a first page stops at 1 MB
        assertThat(Files.readAllLines(dir.resolve("large.jsonl"))).hasSize(450).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a corrupt line stops the restore before anything is written, naming its line number")
    void corruptLine(DynamoDbClient client, Tables tables) throws IOException {
        Path file = exportOf(client, tables, 60);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(36, lines.get(36).substring(0, lines.get(36).length() / 2)); // line 37, cut in the middle
        Files.write(file, lines);
        String target = ordersTable(tables, "Restored");

        assertThatThrownBy(() -> LogicalRestore.restore(client, target, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("orders.jsonl line 37 is not an item: not valid JSON")
                .hasMessageEndingWith("Nothing was restored.");
        assertThat(byKey(client, target)).isEmpty();
    }

    @Test
    @DisplayName("a file cut short between two lines is caught by its manifest's count; no manifest, no restore")
    void truncatedFile(DynamoDbClient client, Tables tables) throws IOException {
        Path file = exportOf(client, tables, 60);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 50));
        String target = ordersTable(tables, "Restored");

        assertThatThrownBy(() -> LogicalRestore.restore(client, target, file))
                .hasMessage("orders.jsonl holds 50 items, its manifest says 60: the file is incomplete."
                        + " Nothing was restored.");
        Files.delete(LogicalBackup.manifest(file));
        assertThatThrownBy(() -> LogicalRestore.restore(client, target, file))
                .hasMessageStartingWith("No manifest beside orders.jsonl: the export did not finish");
        assertThat(byKey(client, target)).isEmpty();
    }

    @Test
    @DisplayName("a restore into a table that already holds items is refused: nothing is overwritten")
    void targetMustBeEmpty(DynamoDbClient client, Tables tables) throws IOException {
        Path file = exportOf(client, tables, 30);
        String target = ordersTable(tables, "Busy");
        Map<String, AttributeValue> existing = OrdersTable.order("c1", "o00001", "1");
        client.putItem(b -> b.tableName(target).item(existing));

        assertThatThrownBy(() -> LogicalRestore.restore(client, target, file))
                .hasMessageContaining("is not empty: restore into a new, empty table");
        assertThat(byKey(client, target)).containsOnlyKeys("c1|o00001");
    }

    @Test
    @DisplayName("an export that fails leaves no backup file behind")
    void failedExport(DynamoDbClient client) {
        Path file = dir.resolve("missing.jsonl");

        assertThatThrownBy(() -> LogicalBackup.export(client, "NoSuchTable-" + System.nanoTime(), 2, file, workers))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no backup written");
        assertThat(dir).isEmptyDirectory();
    }
}
