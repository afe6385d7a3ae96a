package com.example.dynamodb.projects.exercises;

import com.example.dynamodb.projects.profiles.EmailTakenException;
import com.example.dynamodb.projects.profiles.Profile;
import com.example.dynamodb.projects.profiles.UserIdTakenException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Exercise 10.1, reference solution: both items in one transaction, each only if its key is new. */
public final class UniqueEmailRegistration {

    private UniqueEmailRegistration() {}

    public static void register(DynamoDbClient client, String table, Profile profile) {
        Map<String, AttributeValue> reservation = new HashMap<>();
        reservation.put("pk", AttributeValue.fromS("EMAIL#" + profile.email()));
        reservation.put("type", AttributeValue.fromS("EMAIL"));
        reservation.put("userId", AttributeValue.fromS(profile.userId()));
        try {
            client.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder()
                            .put(p -> p.tableName(table)
                                    .item(profile.toItem())
                                    .conditionExpression("attribute_not_exists(pk)"))
                            .build(),
                    TransactWriteItem.builder()
                            .put(p -> p.tableName(table)
                                    .item(reservation)
                                    .conditionExpression("attribute_not_exists(pk)"))
                            .build()));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if ("ConditionalCheckFailed".equals(reasons.get(0).code())) {
                throw new UserIdTakenException(profile.userId());
            }
            if ("ConditionalCheckFailed".equals(reasons.get(1).code())) {
                throw new EmailTakenException(profile.email());
            }
            throw e;
        }
    }
}
