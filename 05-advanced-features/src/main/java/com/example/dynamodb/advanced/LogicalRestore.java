package com.example.dynamodb.advanced;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Restores a {@link LogicalBackup}: it checks every line and the item count first, so a damaged
 * file stops the restore before anything is written, then writes the items in batches of 25 with
 * {@link BatchWriteWithRetry}, which re-sends exactly what DynamoDB hands back unprocessed.
 */
public final class LogicalRestore {

    private LogicalRestore() {}

    // tag::restore[]
    /** Restores a backup into an empty table; checks every line before it writes anything. */
    public static long restore(DynamoDbClient client, String table, Path file) throws IOException {
        if (!Files.exists(LogicalBackup.manifest(file))) {
            throw new IllegalStateException("No manifest beside " + file.getFileName() + ": the export did not"
                    + " finish, so the file may be incomplete. Nothing was restored.");
        }
        long expected = new ObjectMapper()
                .readTree(LogicalBackup.manifest(file).toFile())
                .path("itemCount")
                .asLong(-1);
        long lines = forEachItem(file, item -> {}); // a dry run: every line must parse
        if (lines != expected) {
            throw new IllegalStateException(file.getFileName() + " holds " + lines + " items, its manifest says "
                    + expected + ": the file is incomplete. Nothing was restored.");
        }
        if (client.scan(b -> b.tableName(table).limit(1)).count() > 0) {
            throw new IllegalStateException("Table " + table + " is not empty: restore into a new, empty table"
                    + " so that no item is silently overwritten. Nothing was restored.");
        }
        List<WriteRequest> batch = new ArrayList<>();
        try {
            forEachItem(file, item -> {
                batch.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item).build())
                        .build());
                if (batch.size() == 25) { // BatchWriteItem takes at most 25 writes
                    BatchWriteWithRetry.write(client, table, batch);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                BatchWriteWithRetry.write(client, table, batch);
            }
        } catch (IllegalStateException e) { // DynamoDB kept refusing some writes
            throw new IllegalStateException(
                    "The restore into " + table + " stopped: " + e.getMessage()
                            + ". The table holds part of the backup: delete it and restore again.",
                    e);
        }
        return lines;
    }

    /** Reads the file line by line; a line that is not an item stops everything, naming its number. */
    static long forEachItem(Path file, Consumer<Map<String, AttributeValue>> action) throws IOException {
        long number = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                Map<String, AttributeValue> item;
                try {
                    item = DynamoDbJsonReader.fromLine(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file.getFileName() + " line " + number + " is not an item: "
                            + e.getMessage() + ". Nothing was restored.");
                }
                action.accept(item);
            }
        }
        return number;
    }

    // end::restore[]
}
