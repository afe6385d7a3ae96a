package com.example.dynamodb.queryscan;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A REST API should not hand DynamoDB's LastEvaluatedKey to its clients as JSON: they could edit
 * it and start reading another customer's partition. This codec turns the key into an opaque
 * token, signed with HMAC-SHA256 and bound to the query it belongs to (its "scope"), and rejects
 * any token it did not issue, was altered, or comes from another query. Signed is not encrypted:
 * whoever decodes the Base64 can read the key values; encrypt the payload too if they are secret.
 */
public final class ResumeTokens {

    // tag::encode[]
    /** Thrown for a token this service did not issue unchanged, for this query. */
    public static final class InvalidTokenException extends IllegalArgumentException {
        InvalidTokenException(String message) {
            super(message);
        }
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecretKeySpec key;

    /** @param secret the signing key: a real service loads it from a secret store, never code */
    public ResumeTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("use a key of at least 32 bytes, got " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A fresh random key: tokens stay valid only as long as this instance (fine for a demo). */
    public static ResumeTokens withRandomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ResumeTokens(secret);
    }

    /** The token for a LastEvaluatedKey; {@code scope} names the query, e.g. "orders:c042". */
    public String encode(String scope, Map<String, AttributeValue> lastEvaluatedKey) {
        byte[] payload = serialize(lastEvaluatedKey);
        return B64.encodeToString(payload) + "." + B64.encodeToString(mac(scope, payload));
    }

    /** The ExclusiveStartKey inside a token, after checking the signature for this scope. */
    public Map<String, AttributeValue> decode(String scope, String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 2) {
            throw new InvalidTokenException("Invalid resume token: not a token issued by this service");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(parts[0]);
            signature = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("Invalid resume token: not a token issued by this service");
        }
        // Constant-time comparison: no timing hints about how much of a forged signature was right.
        if (!MessageDigest.isEqual(signature, mac(scope, payload))) {
            throw new InvalidTokenException(
                    "Invalid resume token: it was altered, or issued for another query than " + scope);
        }
        return deserialize(payload);
    }

    private byte[] mac(String scope, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // The scope's length first: scope "a" + payload "bc" must not sign the same bytes as "ab" + "c".
            byte[] scopeBytes = scope.getBytes(StandardCharsets.UTF_8);
            mac.update(
                    ByteBuffer.allocate(Integer.BYTES).putInt(scopeBytes.length).array());
            mac.update(scopeBytes);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Key attributes are strings, numbers or binary: name, type letter, value, sorted by name. */
    private static byte[] serialize(Map<String, AttributeValue> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(key.size());
            for (Map.Entry<String, AttributeValue> e : new TreeMap<>(key).entrySet()) {
                AttributeValue v = e.getValue();
                out.writeUTF(e.getKey());
                switch (v.type()) {
                    case S -> {
                        out.writeByte('S');
                        out.writeUTF(v.s());
                    }
                    case N -> {
                        out.writeByte('N');
                        out.writeUTF(v.n());
                    }
                    case B -> {
                        out.writeByte('B');
                        out.writeUTF(B64.encodeToString(v.b().asByteArray()));
                    }
                    default -> throw new IllegalArgumentException("not a key attribute: " + e.getKey());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, AttributeValue> deserialize(byte[] payload) {
        Map<String, AttributeValue> key = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            for (int i = in.readByte(); i > 0; i--) {
                String name = in.readUTF();
                char type = (char) in.readByte();
                String value = in.readUTF();
                key.put(
                        name,
                        switch (type) {
                            case 'S' -> AttributeValue.fromS(value);
                            case 'N' -> AttributeValue.fromN(value);
                            default ->
                                AttributeValue.fromB(SdkBytes.fromByteArray(
                                        Base64.getUrlDecoder().decode(value)));
                        });
            }
        } catch (IOException e) { // only reachable with a valid signature, i.e. our own bug
            throw new IllegalStateException("could not read a signed token", e);
        }
        return key;
    }
    // end::encode[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        String table = SampleOrders.seededTable(ddb.client(), tables);
        ResumeTokens tokens = withRandomKey();
        Narrator.section("Resume tokens for a REST API");
        Pagination.Page first = Pagination.ordersPage(ddb.client(), table, "c042", 5, null);
        String token = tokens.encode("orders:c042", first.nextKey());
        Narrator.step("Page 1 of c042 (5 orders); the client gets the token " + token);
        Pagination.Page second =
                Pagination.ordersPage(ddb.client(), table, "c042", 5, tokens.decode("orders:c042", token));
        Narrator.step("The token resumes at "
                + second.items().get(0).get(OrdersTable.SK).s());
        // A payload for another customer, glued to the signature of the real token.
        String otherCustomer = tokens.encode(
                "orders:c042",
                Map.of(OrdersTable.PK, AttributeValue.fromS("c001"), OrdersTable.SK, AttributeValue.fromS("0")));
        String forged = otherCustomer.split("\\.")[0] + "." + token.split("\\.")[1];
        for (String[] attempt : new String[][] {{"orders:c042", forged}, {"orders:c001", token}}) {
            try {
                tokens.decode(attempt[0], attempt[1]);
            } catch (InvalidTokenException e) {
                Narrator.step("Rejected: " + e.getMessage());
            }
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(ResumeTokens::demo);
    }
}
