package com.example.dynamodb.crud;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.model.IgnoreNullsMode;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Section 4's conditional writes, through the Enhanced Client: a condition expression on a put, an
 * update and a delete request, the item that failed the condition handed back with the error, and
 * {@code ReturnValues} on an update to learn what it replaced.
 */
public final class EnhancedConditions {

    private EnhancedConditions() {}

    // tag::put[]
    /** Creates the user unless the key exists; returns the user already there, read from the error. */
    public static Optional<User> createUnlessExists(DynamoDbTable<User> users, User user) {
        try {
            users.putItem(PutItemEnhancedRequest.builder(User.class)
                    .item(user)
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(UserID)")
                            .build())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .build());
            return Optional.empty();
        } catch (ConditionalCheckFailedException e) {
            return Optional.of(users.tableSchema().mapToItem(e.item())); // no second read needed
        }
    }
    // end::put[]

    // tag::update[]
    /** Updates only the non-null attributes of an existing user; returns what {@code returnValue} asks for. */
    public static User updateExisting(DynamoDbTable<User> users, User changes, ReturnValue returnValue) {
        return users.updateItemWithResponse(r -> r.item(changes)
                        .ignoreNullsMode(IgnoreNullsMode.SCALAR_ONLY) // nulls: leave those attributes alone
                        .conditionExpression(Expression.builder()
                                .expression("attribute_exists(UserID)") // no upsert of a missing user
                                .build())
                        .returnValues(returnValue))
                .attributes(); // null for NONE; only the changed attributes for UPDATED_*
    }
    // end::update[]

    // tag::delete[]
    /** Deletes the user only if the email is still {@code expected}; else ConditionalCheckFailedException. */
    public static void deleteIfEmail(DynamoDbTable<User> users, String userId, String expected) {
        users.deleteItem(r -> r.key(k -> k.partitionValue(userId))
                .conditionExpression(Expression.builder()
                        .expression("Email = :expected")
                        .expressionValues(Map.of(":expected", AttributeValue.fromS(expected)))
                        .build()));
    }
    // end::delete[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Conditions and ReturnValues with the Enhanced Client");
        DynamoDbTable<User> users = PutItems.usersTable(ddb, UsersTable.create(tables, "Users"));
        createUnlessExists(users, new User("ada", "ada@example.com", 1_678_886_400L));
        Optional<User> existing = createUnlessExists(users, new User("ada", "impostor@example.com", 0L));
        Narrator.show(
                "second create refused; the user already there has Email",
                existing.orElseThrow().getEmail());
        User changes = new User();
        changes.setUserId("ada");
        changes.setEmail("ada@new.example");
        User old = updateExisting(users, changes, ReturnValue.UPDATED_OLD);
        Narrator.show("update, UPDATED_OLD: Email / SignUpDate", old.getEmail() + " / " + old.getSignUpDate());
        try {
            deleteIfEmail(users, "ada", "ada@example.com");
        } catch (ConditionalCheckFailedException e) {
            Narrator.show("delete if Email is still the old one", "refused, the item stays");
        }
    }

    public static void main(String[] args) {
        Walkthroughs.run(EnhancedConditions::demo);
    }
}
