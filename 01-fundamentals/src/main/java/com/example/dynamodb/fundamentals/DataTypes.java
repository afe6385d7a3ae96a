package com.example.dynamodb.fundamentals;

import static java.util.Map.entry;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBs;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNul;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS;
import static software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every DynamoDB data type with the low-level client: scalars (S, N, B, BOOL, NULL), documents
 * (L, M) and sets (SS, NS, BS). Numbers travel as strings so that no precision is lost on the way:
 * DynamoDB keeps up to 38 significant digits, more than a Java double can hold.
 */
public final class DataTypes {

    private DataTypes() {}

    // tag::seed[]
    /** A user item: a String id, a Number timestamp and a Map of profile details. */
    public static Map<String, AttributeValue> userItem() {
        Map<String, AttributeValue> profile = Map.of(
                "displayName", fromS("Ada L."),
                "city", fromS("London"),
                "languages", fromL(List.of(fromS("en"), fromS("fr"))));
        return Map.of(
                "userId", fromS("user123"), // a String
                "signUpDate", fromN("1678886400"), // epoch seconds, a Number
                "profile", fromM(profile)); // a nested document, a Map
    }
    // end::seed[]

    // tag::every-type[]
    /** One attribute of each of the ten types. */
    public static Map<String, AttributeValue> everyType(String userId) {
        SdkBytes png = SdkBytes.fromByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return Map.ofEntries(
                entry("userId", fromS(userId)), // S
                entry("balance", fromN("1234567890123456789012345678.9012345678")), // N, 38 digits
                entry("avatar", fromB(png)), // B
                entry("verified", fromBool(true)), // BOOL
                entry("middleName", fromNul(true)), // NULL
                entry("recent", fromL(List.of(fromN("1678886400"), fromS("web")))), // L: mixed types
                entry("address", fromM(Map.of("city", fromS("London")))), // M
                entry("roles", fromSs(List.of("admin", "beta"))), // SS
                entry("luckyNumbers", fromNs(List.of("7", "42"))), // NS
                entry("keys", fromBs(List.of(png, SdkBytes.fromUtf8String("k2"))))); // BS
    }
    // end::every-type[]

    /** Writes an item and reads it back with a strongly consistent read. */
    public static Map<String, AttributeValue> roundTrip(
            DynamoDbClient client, String table, Map<String, AttributeValue> item) {
        client.putItem(b -> b.tableName(table).item(item));
        Map<String, AttributeValue> key = Map.of("userId", item.get("userId"));
        return client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                .item();
    }

    /** Stores a number under "amount" and returns the text DynamoDB gives back. */
    public static String storeNumber(DynamoDbClient client, String table, String number) {
        return roundTrip(client, table, Map.of("userId", fromS("n-" + number), "amount", fromN(number)))
                .get("amount")
                .n();
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Data types (low-level client)");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("Users");
        TablesAndItems.createUsersTable(client, table);

        Narrator.step("The seed's user item: String id, Number timestamp, Map profile");
        Narrator.item(roundTrip(client, table, userItem()));

        Narrator.step("One attribute of each type, written and read back");
        new TreeMap<>(roundTrip(client, table, everyType("u-types")))
                .forEach((name, value) -> Narrator.show(String.format("%-12s %-4s", name, value.type()), value));

        Narrator.step("Numbers are sent as text: 38 significant digits survive, a double does not");
        String big = "1234567890123456789012345678.9012345678";
        Narrator.show("as DynamoDB N", storeNumber(client, table, big));
        Narrator.show("as Java double", Double.parseDouble(big));
        Narrator.show("as BigDecimal", new BigDecimal(storeNumber(client, table, big)));
        Narrator.step("DynamoDB normalises numbers: leading and trailing zeros go");
        Narrator.show("stored 007.50, read back", storeNumber(client, table, "007.50"));
    }

    public static void main(String[] args) {
        Walkthroughs.run(DataTypes::demo);
    }
}
