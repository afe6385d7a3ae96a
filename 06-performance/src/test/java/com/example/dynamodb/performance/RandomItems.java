package com.example.dynamodb.performance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seeded random items of every attribute type: strings with multi-byte and four-byte characters,
 * numbers from 1E-130 to 38-digit giants (negative, decimal, zero), binary, sets, booleans, nulls,
 * and lists and maps nested three deep, empty ones included.
 */
final class RandomItems {

    private static final String[] ALPHABETS = {
        "abcdefghijklmnopqrstuvwxyz0123456789", "éàüßçñø", "日本語中文한국어", "😀🚀🎉🧪", "ŝ\u0000\t\n \"'\\{}[]"
    };

    private final Random random;

    RandomItems(long seed) {
        this.random = new Random(seed);
    }

    /** An item with key {@code pk = id} and 1 to 8 random attributes. */
    Map<String, AttributeValue> item(String id) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(id));
        int attributes = 1 + random.nextInt(8);
        for (int i = 0; i < attributes; i++) {
            item.put(name(), value(0));
        }
        return item;
    }

    AttributeValue value(int depth) {
        int kinds = depth < 3 ? 11 : 9;
        return switch (random.nextInt(kinds)) {
            case 0 -> AttributeValue.fromS(text(random.nextInt(40)));
            case 1, 2 -> AttributeValue.fromN(number());
            case 3 -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes(random.nextInt(30))));
            case 4 -> AttributeValue.fromBool(random.nextBoolean());
            case 5 -> AttributeValue.fromNul(true);
            case 6 -> AttributeValue.fromSs(distinct(() -> text(1 + random.nextInt(12))));
            case 7 -> AttributeValue.fromNs(distinctNumbers());
            case 8 -> AttributeValue.fromBs(distinctBinaries());
            case 9 -> AttributeValue.fromL(list(depth));
            default -> AttributeValue.fromM(map(depth));
        };
    }

    /** A number DynamoDB accepts: 1 to 38 significant digits, magnitude 1E-130 to below 1E126. */
    String number() {
        int kind = random.nextInt(6);
        if (kind == 0) {
            return random.nextBoolean() ? "0" : "-0.000";
        }
        int precision = 1 + random.nextInt(38);
        StringBuilder digits = new StringBuilder();
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < precision; i++) {
            digits.append(random.nextInt(10));
        }
        int scale = switch (kind) {
            case 1 -> 0; // an integer
            case 2 -> random.nextInt(precision + 1); // a decimal like 12.345
            case 3 -> precision + random.nextInt(5); // below 1, with leading zeros: 0.00123
            case 4 -> -random.nextInt(20); // trailing zeros: 12300000
            default -> precision - 1 - (random.nextInt(250) - 129); // anywhere in the range
        };
        BigDecimal value = new BigDecimal(new BigInteger(digits.toString()), scale);
        // Keep within DynamoDB's range: 1E-130 <= |n| < 1E126.
        int exponent = value.precision() - value.scale() - 1;
        if (exponent < -130 || exponent > 125) {
            value = value.scaleByPowerOfTen(-exponent);
        }
        if (random.nextBoolean()) {
            value = value.negate();
        }
        return random.nextInt(4) == 0 ? value.toString() : value.toPlainString();
    }

    private List<AttributeValue> list(int depth) {
        List<AttributeValue> list = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            list.add(value(depth + 1));
        }
        return list;
    }

    private Map<String, AttributeValue> map(int depth) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            map.put(name(), value(depth + 1)); // map keys may not be empty either
        }
        return map;
    }

    /** An attribute name: never empty, never the key's or the padding's name. */
    private String name() {
        String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length - 1)];
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder name = new StringBuilder("a");
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            name.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return name.toString();
    }

    String text(int length) {
        String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
        StringBuilder text = new StringBuilder();
        int[] codePoints = alphabet.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private List<String> distinct(java.util.function.Supplier<String> next) {
        Set<String> values = new LinkedHashSet<>();
        int size = 1 + random.nextInt(4);
        while (values.size() < size) {
            values.add(next.get());
        }
        return List.copyOf(values);
    }

    private List<String> distinctNumbers() {
        // Sets compare numbers by value: "1" and "1.0" would be duplicates, so keep canonical forms.
        Set<BigDecimal> seen = new LinkedHashSet<>();
        List<String> numbers = new ArrayList<>();
        int size = 1 + random.nextInt(4);
        while (numbers.size() < size) {
            String n = number();
            if (seen.add(new BigDecimal(n).stripTrailingZeros())) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private List<SdkBytes> distinctBinaries() {
        Set<SdkBytes> values = new LinkedHashSet<>();
        int size = 1 + random.nextInt(4);
        while (values.size() < size) {
            values.add(SdkBytes.fromByteArray(bytes(1 + random.nextInt(10))));
        }
        return List.copyOf(values);
    }
}
