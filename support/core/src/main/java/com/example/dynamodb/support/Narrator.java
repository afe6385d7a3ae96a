package com.example.dynamodb.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prints a walkthrough: section headings, steps, and items as small tables. DynamoDB values are
 * shown in a compact notation: {@code "text"}, {@code 42}, {@code true}, {@code null},
 * {@code [..]} for lists, {@code {..}} for maps, {@code <<..>>} for sets (as PartiQL writes them)
 * and {@code b64:...} for binary.
 */
public final class Narrator {

    private static final int MAX_CELL = 48;
    private static PrintStream out = System.out;

    private Narrator() {}

    /** Sends the narration somewhere else (tests capture it); returns the previous stream. */
    public static synchronized PrintStream redirect(PrintStream target) {
        PrintStream previous = out;
        out = target;
        return previous;
    }

    /** Runs {@code narration} and returns what it printed, instead of printing it (for tests). */
    public static synchronized String capture(Runnable narration) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream previous = redirect(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            narration.run();
        } finally {
            redirect(previous);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    public static void section(String title) {
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(3, 76 - title.length())));
    }

    public static void step(String text) {
        out.println("-> " + text);
    }

    public static void say(String text) {
        out.println("   " + text);
    }

    /** One labelled value, e.g. {@code show("ConsumedCapacity", 0.5)}. */
    public static void show(String label, Object value) {
        out.println("   " + label + ": " + (value instanceof AttributeValue av ? format(av) : value));
    }

    public static void item(Map<String, AttributeValue> item) {
        out.println("   " + format(item));
    }

    /** Items as a table, one row each; columns in the order attributes first appear. */
    public static void items(List<Map<String, AttributeValue>> items) {
        if (items.isEmpty()) {
            say("(no items)");
            return;
        }
        Set<String> columns = new LinkedHashSet<>();
        items.forEach(i -> columns.addAll(new TreeMap<>(i).keySet()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(columns));
        for (Map<String, AttributeValue> item : items) {
            rows.add(columns.stream()
                    .map(c -> item.containsKey(c) ? cell(format(item.get(c))) : "")
                    .toList());
        }
        table(rows);
    }

    /** A plain table: the first row is the header. */
    public static void table(List<List<String>> rows) {
        int width = rows.get(0).size();
        int[] widths = new int[width];
        for (List<String> row : rows) {
            for (int c = 0; c < width; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("   |");
            for (int c = 0; c < width; c++) {
                line.append(' ').append(pad(rows.get(r).get(c), widths[c])).append(" |");
            }
            out.println(line);
            if (r == 0) {
                StringBuilder rule = new StringBuilder("   |");
                for (int w : widths) {
                    rule.append('-').append("-".repeat(w)).append("-|");
                }
                out.println(rule);
            }
        }
    }

    /** An item in the compact notation, attributes sorted by name. */
    public static String format(Map<String, AttributeValue> item) {
        return new TreeMap<>(item)
                .entrySet().stream()
                        .map(e -> e.getKey() + ": " + format(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    /** One attribute value in the compact notation. */
    public static String format(AttributeValue value) {
        return switch (value.type()) {
            case S -> '"' + value.s() + '"';
            case N -> value.n();
            case B -> binary(value.b());
            case BOOL -> value.bool().toString();
            case NUL -> "null";
            case L -> value.l().stream().map(Narrator::format).collect(Collectors.joining(", ", "[", "]"));
            case M -> format(value.m());
            case SS -> value.ss().stream().map(s -> '"' + s + '"').collect(Collectors.joining(", ", "<<", ">>"));
            case NS -> String.join(", ", value.ns()).transform(s -> "<<" + s + ">>");
            case BS -> value.bs().stream().map(Narrator::binary).collect(Collectors.joining(", ", "<<", ">>"));
            case UNKNOWN_TO_SDK_VERSION -> "?";
        };
    }

    private static String binary(SdkBytes bytes) {
        return "b64:" + Base64.getEncoder().encodeToString(bytes.asByteArray());
    }

    private static String cell(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 3) + "...";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
