package com.example.dynamodb.projects.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class EmailIndexAlternativeTest {

    static String table(Tables tables) {
        String table = tables.reserve("ProfilesByEmailIndex");
        tables.createAndWait(EmailIndexAlternative.definition(table));
        return table;
    }

    @Test
    @DisplayName("the GSI finds a profile by email, and a later sign-up that sees it is refused")
    void lookupWorks(DynamoDbClient client, Tables tables) {
        String table = table(tables);
        EmailIndexAlternative.registerIfEmailLooksFree(
                client, table, Profile.create("bob", "bob@example.com", "Bob", ""));

        assertThat(EmailIndexAlternative.userIdsWithEmail(client, table, "BOB@example.com"))
                .containsExactly("bob");
        assertThatThrownBy(() -> EmailIndexAlternative.registerIfEmailLooksFree(
                        client, table, Profile.create("bobby", "bob@example.com", "Bobby", "")))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    @DisplayName("two sign-ups that both check before either writes both succeed: the index cannot guard uniqueness")
    void checkThenPutRace(DynamoDbClient client, Tables tables) {
        String table = table(tables);

        // What two concurrent requests do, in the order that breaks it: check, check, put, put.
        boolean firstSeesFree = EmailIndexAlternative.userIdsWithEmail(client, table, "bob@example.com")
                .isEmpty();
        boolean secondSeesFree = EmailIndexAlternative.userIdsWithEmail(client, table, "bob@example.com")
                .isEmpty();
        client.putItem(b -> b.tableName(table)
                .item(Profile.create("bob", "bob@example.com", "Bob", "").toItem())
                .conditionExpression("attribute_not_exists(pk)"));
        client.putItem(b -> b.tableName(table)
                .item(Profile.create("bobby", "bob@example.com", "Bobby", "").toItem())
                .conditionExpression("attribute_not_exists(pk)"));

        assertThat(firstSeesFree).isTrue();
        assertThat(secondSeesFree).isTrue();
        assertThat(EmailIndexAlternative.userIdsWithEmail(client, table, "bob@example.com"))
                .containsExactlyInAnyOrder("bob", "bobby");
    }
}
