package com.example.dynamodb.projects.profiles;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user profile, valid by construction: an invalid one cannot exist, so it can never be written.
 * The email is stored in lower case, which is also the form its uniqueness is checked in.
 *
 * <p>In the table it is the item {@code pk = "USER#<userId>"}; its email is reserved by a second
 * item, {@code pk = "EMAIL#<email>"} (see {@link ProfileRepository}).
 */
public record Profile(String userId, String email, String name, String bio, long version) {

    public static final int MAX_NAME = 100;
    public static final int MAX_BIO = 1_000;
    public static final int MAX_EMAIL = 254; // the longest address SMTP allows

    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{2,39}");
    // Deliberately simple: one @, no spaces, a dot in the domain. Real validation is a confirmation mail.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Profile {
        requireUserId(userId);
        email = normalizeEmail(email);
        name = requireName(name);
        bio = requireBio(bio);
        if (version < 1) {
            throw new InvalidProfileException("version must be 1 or more, got " + version);
        }
    }

    /** A new profile, at version 1. */
    public static Profile create(String userId, String email, String name, String bio) {
        return new Profile(userId, email, name, bio, 1);
    }

    /** The user id, unchanged; refused unless it is 3 to 40 lower-case letters, digits, '_' or '-'. */
    public static String requireUserId(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new InvalidProfileException("user id '" + userId
                    + "' must be 3 to 40 lower-case letters, digits, '_' or '-', starting with a letter or digit");
        }
        return userId;
    }

    /** The email in the one form the table stores and compares: trimmed, lower case, checked. */
    public static String normalizeEmail(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > MAX_EMAIL || !EMAIL.matcher(normalized).matches()) {
            throw new InvalidProfileException("email '" + email + "' is not an address like name@example.com"
                    + (normalized.length() > MAX_EMAIL ? " of at most " + MAX_EMAIL + " characters" : ""));
        }
        return normalized;
    }

    /** The name, trimmed; refused when missing or longer than {@link #MAX_NAME}. */
    public static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidProfileException("name is missing");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw new InvalidProfileException(
                    "name has " + stripped.length() + " characters; at most " + MAX_NAME + " are allowed");
        }
        return stripped;
    }

    /** The bio, trimmed ("" when absent); refused when longer than {@link #MAX_BIO}. */
    public static String requireBio(String bio) {
        String stripped = bio == null ? "" : bio.strip();
        if (stripped.length() > MAX_BIO) {
            throw new InvalidProfileException(
                    "bio has " + stripped.length() + " characters; at most " + MAX_BIO + " are allowed");
        }
        return stripped;
    }

    public static Map<String, AttributeValue> key(String userId) {
        return Map.of("pk", AttributeValue.fromS("USER#" + userId));
    }

    public static Map<String, AttributeValue> emailKey(String email) {
        return Map.of("pk", AttributeValue.fromS("EMAIL#" + normalizeEmail(email)));
    }

    public Map<String, AttributeValue> toItem() {
        Map<String, AttributeValue> item = new HashMap<>(key(userId));
        item.put("type", AttributeValue.fromS("PROFILE"));
        item.put("userId", AttributeValue.fromS(userId));
        item.put("email", AttributeValue.fromS(email));
        item.put("name", AttributeValue.fromS(name));
        item.put("bio", AttributeValue.fromS(bio));
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        return item;
    }

    public static Profile fromItem(Map<String, AttributeValue> item) {
        return new Profile(
                item.get("userId").s(),
                item.get("email").s(),
                item.get("name").s(),
                item.get("bio").s(),
                Long.parseLong(item.get("version").n()));
    }
}
