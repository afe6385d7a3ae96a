package com.example.dynamodb.advanced;

import com.example.dynamodb.support.BatchLoader;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A logical backup that runs anywhere, DynamoDB Local included: a parallel scan writes every item
 * as a line of DynamoDB JSON, with a manifest that counts them; {@link LogicalRestore} writes them
 * back. It reads the table like any Scan (it consumes read capacity, and a busy table changes while
 * it runs): on AWS, prefer point-in-time exports and restores, which do neither.
 */
public final class LogicalBackup {

    private LogicalBackup() {}

    // tag::export[]
    /**
     * Writes every item of {@code table} to {@code file}, one per line, plus a manifest; returns the
     * count. The {@code segments} scans run on {@code workers}, a pool the caller owns and sizes.
     */
    public static long export(DynamoDbClient client, String table, int segments, Path file, ExecutorService workers)
            throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part"); // renamed only when complete
        AtomicLong count = new AtomicLong();
        List<Future<?>> scans = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(partial)) {
            for (int segment = 0; segment < segments; segment++) {
                ScanRequest request = ScanRequest.builder()
                        .tableName(table)
                        .segment(segment)
                        .totalSegments(segments)
                        .consistentRead(true) // include every write acknowledged before the scan
                        .build();
                scans.add(workers.submit(() -> {
                    for (ScanResponse page : client.scanPaginator(request)) {
                        StringBuilder lines = new StringBuilder();
                        page.items()
                                .forEach(item ->
                                        lines.append(DynamoDbJson.toLine(item)).append('\n'));
                        synchronized (out) { // one page at a time, whole lines only
                            out.write(lines.toString());
                        }
                        count.addAndGet(page.count());
                    }
                    return null;
                }));
            }
            for (Future<?> scan : scans) {
                scan.get(); // the first failure ends the export
            }
        } catch (ExecutionException e) { // the writer is closed by now: remove what it wrote
            Files.deleteIfExists(partial);
            throw new IOException("Export of " + table + " failed, no backup written: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Files.deleteIfExists(partial);
            throw new IOException("Export of " + table + " was interrupted, no backup written", e);
        } finally {
            scans.forEach(scan -> scan.cancel(true)); // after a failure, stop the other segments
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString( // written last: a backup file without its manifest is incomplete
                manifest(file),
                new ObjectMapper()
                        .createObjectNode()
                        .put("table", table)
                        .put("itemCount", count.get())
                        .toString());
        return count.get();
    }

    /** The manifest beside a backup file: the table and the item count, to detect a truncated file. */
    public static Path manifest(Path file) {
        return file.resolveSibling(file.getFileName() + ".manifest.json");
    }
    // end::export[]

    static void demo(DynamoDbBackend ddb, Tables tables) throws IOException {
        DynamoDbClient client = ddb.client();
        Narrator.section("A logical backup that runs locally: parallel-scan export, batched restore");
        String source = tables.reserve("OrdersToBackUp");
        tables.createAndWait(OrdersTable.definition(source, null));
        List<Map<String, AttributeValue>> orders = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            orders.add(OrdersTable.order("c" + (i % 50), String.format("o%04d", i), i + ".99"));
        }
        BatchLoader.putAll(client, source, orders);
        Path dir = Files.createTempDirectory("logical-backup");
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            Path file = dir.resolve("orders.jsonl");
            long exported = export(client, source, 4, file, workers);
            Narrator.step("Exported " + exported + " items with 4 segments to orders.jsonl; first line:");
            Narrator.say(Files.readAllLines(file).get(0));
            Narrator.say("manifest: " + Files.readString(manifest(file)));
            String target = tables.reserve("RestoredOrders");
            tables.createAndWait(OrdersTable.definition(target, null));
            Narrator.step("Restored " + LogicalRestore.restore(client, target, file) + " items into " + target);
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.set(99, lines.get(99).substring(0, 30)); // as if the file had been cut short
            Files.write(file, lines);
            String other = tables.reserve("RestoredAgain");
            tables.createAndWait(OrdersTable.definition(other, null));
            try {
                LogicalRestore.restore(client, other, file);
            } catch (IllegalArgumentException e) {
                Narrator.step("A damaged file: " + e.getMessage());
            }
        } finally {
            workers.shutdownNow();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(LogicalBackup::demo);
    }
}
