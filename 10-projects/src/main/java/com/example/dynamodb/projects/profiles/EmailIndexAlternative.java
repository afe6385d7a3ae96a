package com.example.dynamodb.projects.profiles;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The other way to find a profile by email: a GSI keyed on {@code email}. Lookups work, but the
 * index cannot guard uniqueness. A write cannot be conditioned on an index, and the index is
 * updated after the write, so "query, then put if nobody has it" lets two sign-ups through. This
 * class exists to show that, side by side with {@link ProfileRepository}'s reservation items.
 */
public final class EmailIndexAlternative {

    private EmailIndexAlternative() {}

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("pk")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("email")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(EMAIL_INDEX)
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("email")
                                .keyType(KeyType.HASH)
                                .build())
                        .projection(Projection.builder()
                                .projectionType(ProjectionType.KEYS_ONLY)
                                .build())
                        .build())
                .build();
    }

    // tag::gsi[]
    public static final String EMAIL_INDEX = "EmailIndex";

    /** The user ids whose profile has this email: a GSI query, eventually consistent. */
    public static List<String> userIdsWithEmail(DynamoDbClient client, String table, String email) {
        return client
                .queryPaginator(b -> b.tableName(table)
                        .indexName(EMAIL_INDEX)
                        .keyConditionExpression("email = :e")
                        .expressionAttributeValues(Map.of(":e", AttributeValue.fromS(Profile.normalizeEmail(email)))))
                .items()
                .stream()
                .map(item -> item.get("pk").s().substring("USER#".length()))
                .toList();
    }

    /** Check, then put: two requests can both pass the check before either put lands. */
    public static Profile registerIfEmailLooksFree(DynamoDbClient client, String table, Profile profile) {
        if (!userIdsWithEmail(client, table, profile.email()).isEmpty()) {
            throw new EmailTakenException(profile.email());
        }
        // The condition can only protect this item's own key: nothing here can test the index.
        client.putItem(b -> b.tableName(table).item(profile.toItem()).conditionExpression("attribute_not_exists(pk)"));
        return profile;
    }
    // end::gsi[]

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Profiles: the GSI alternative cannot enforce uniqueness");
        DynamoDbClient client = ddb.client();
        String table = tables.reserve("ProfilesByEmailIndex");
        tables.createAndWait(definition(table));
        Narrator.step("two sign-ups with bob@example.com arrive together; both check the index first");
        boolean firstSeesFree =
                userIdsWithEmail(client, table, "bob@example.com").isEmpty();
        boolean secondSeesFree =
                userIdsWithEmail(client, table, "bob@example.com").isEmpty();
        Narrator.show("both saw the email free", firstSeesFree && secondSeesFree);
        client.putItem(b -> b.tableName(table)
                .item(Profile.create("bob", "bob@example.com", "Bob", "").toItem()));
        client.putItem(b -> b.tableName(table)
                .item(Profile.create("bobby", "bob@example.com", "Bobby", "").toItem()));
        Narrator.step("then both put their profile: the index now lists "
                + userIdsWithEmail(client, table, "bob@example.com") + " for one email");
        Narrator.say("The reservation item of ProfileRepository makes the second sign-up fail instead.");
    }

    public static void main(String[] args) {
        Walkthroughs.run(EmailIndexAlternative::demo);
    }
}
