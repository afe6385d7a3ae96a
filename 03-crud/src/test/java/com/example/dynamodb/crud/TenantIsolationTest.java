package com.example.dynamodb.crud;

import static com.example.dynamodb.crud.UsersTable.n;
import static com.example.dynamodb.crud.UsersTable.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClientExtension;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbExtensionContext;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.ReadModification;
import software.amazon.awssdk.enhanced.dynamodb.extensions.WriteModification;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** TenantExtension on the raw items, and the order of an extension chain (SDK 2.59.1). */
@DynamoDbTest
class TenantIsolationTest {

    private final AtomicReference<String> tenant = new AtomicReference<>("acme");
    private final TenantExtension tenants = new TenantExtension(tenant::get);

    private DynamoDbTable<User> users(DynamoDbClient client, String table) {
        return TenantIsolation.tenantAware(client, tenants).table(table, TableSchema.fromBean(User.class));
    }

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table) {
        return client.getItem(b -> b.tableName(table).key(UsersTable.key("ada")).consistentRead(true))
                .item();
    }

    @Test
    @DisplayName("every put and update is stamped with the current tenant, though the bean has no such field")
    void stampsEveryWrite(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);

        users.putItem(new User("ada", "ada@acme.example", 1L));
        assertThat(stored(client, table))
                .isEqualTo(Map.of(
                        "UserID", s("ada"), "Email", s("ada@acme.example"), "SignUpDate", n(1), "TenantID", s("acme")));
        User changes = new User();
        changes.setUserId("ada");
        changes.setLoginCount(3L);
        users.updateItem(r -> r.item(changes).ignoreNulls(true));

        assertThat(stored(client, table)).containsEntry("TenantID", s("acme")).containsEntry("LoginCount", n(3));
    }

    @Test
    @Tag("transactions") // the Enhanced Client's transactWriteItems
    @DisplayName("a put inside a transaction passes through beforeWrite too: it is stamped and conditional")
    void transactionsAreStamped(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbEnhancedClient enhanced = TenantIsolation.tenantAware(client, tenants);
        DynamoDbTable<User> users = enhanced.table(table, TableSchema.fromBean(User.class));

        enhanced.transactWriteItems(b -> b.addPutItem(users, new User("ada", "ada@acme.example", 1L)));

        assertThat(stored(client, table)).containsEntry("TenantID", s("acme"));
    }

    @Test
    @DisplayName("a batch put through this client is refused by the SDK: BatchWriteItem takes no conditions,"
            + " and the extension adds one to every write")
    void batchesAreRefused(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbEnhancedClient enhanced = TenantIsolation.tenantAware(client, tenants);
        DynamoDbTable<User> users = enhanced.table(table, TableSchema.fromBean(User.class));

        assertThatThrownBy(() -> enhanced.batchWriteItem(b -> b.addWriteBatch(WriteBatch.builder(User.class)
                        .mappedTableResource(users)
                        .addPutItem(new User("bob", "bob@acme.example", 2L))
                        .build())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A mapper extension inserted a conditionExpression in a PutItem request as part"
                        + " of a BatchWriteItemRequest");
        assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
    }

    @Test
    @DisplayName("a scan or a query that meets another tenant's item fails instead of returning it")
    void foreignScanRefused(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);
        users.putItem(new User("ada", "ada@acme.example", 1L));

        tenant.set("globex");

        assertThatThrownBy(() -> users.scan().items().forEach(user -> {}))
                .isInstanceOf(TenantExtension.ForeignItemException.class);
        assertThatThrownBy(() -> users.query(QueryConditional.keyEqualTo(k -> k.partitionValue("ada")))
                        .items()
                        .forEach(user -> {}))
                .isInstanceOf(TenantExtension.ForeignItemException.class);
    }

    @Test
    @DisplayName("another tenant's read of the item is refused with a ForeignItemException")
    void foreignReadRefused(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);
        users.putItem(new User("ada", "ada@acme.example", 1L));

        tenant.set("globex");

        assertThatThrownBy(() -> users.getItem(new User("ada", null, null)))
                .isInstanceOf(TenantExtension.ForeignItemException.class)
                .hasMessage("An item of another tenant was read for tenant 'globex'; it is not returned.");
    }

    @Test
    @DisplayName("a projected query or scan that names TenantID (projecting(...)) returns the owner's item, only"
            + " the attributes named; for another tenant it is refused")
    void projectedReadWithTheOwner(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);
        users.putItem(new User("ada", "ada@acme.example", 1L));

        User viaQuery = users
                .query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("ada")))
                        .attributesToProject(TenantExtension.projecting("UserID", "Email")))
                .items()
                .stream()
                .findFirst()
                .orElseThrow();
        User viaScan =
                users.scan(r -> r.attributesToProject(TenantExtension.projecting("UserID", "Email"))).items().stream()
                        .findFirst()
                        .orElseThrow();

        for (User read : new User[] {viaQuery, viaScan}) {
            assertThat(read.getEmail()).isEqualTo("ada@acme.example");
            assertThat(read.getSignUpDate()).as("not projected").isNull();
        }
        tenant.set("globex");
        assertThatThrownBy(() -> users.scan(r -> r.attributesToProject(TenantExtension.projecting("Email")))
                        .items()
                        .forEach(user -> {}))
                .isInstanceOf(TenantExtension.ForeignItemException.class)
                .hasMessage("An item of another tenant was read for tenant 'globex'; it is not returned.");
    }

    @Test
    @DisplayName("a projected read that leaves TenantID out is refused, even the owner's, with a sentence saying why")
    void projectedReadWithoutTheOwner(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);
        users.putItem(new User("ada", "ada@acme.example", 1L));

        assertThatThrownBy(() -> users.query(
                                r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("ada")))
                                        .attributesToProject("Email"))
                        .items()
                        .forEach(user -> {}))
                .isInstanceOf(TenantExtension.ForeignItemException.class)
                .hasMessage("An item without TenantID was read for tenant 'acme'; it is not returned. A projected"
                        + " read must name TenantID (TenantExtension.projecting(...)), or whose item it is cannot be"
                        + " checked.");
        assertThat(TenantExtension.projecting("Email", "TenantID")).containsExactly("Email", "TenantID");
    }

    @Test
    @DisplayName("another tenant's put and update of the item fail their condition; the item is unchanged")
    void foreignWritesRefused(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);
        users.putItem(new User("ada", "ada@acme.example", 1L));
        Map<String, AttributeValue> before = stored(client, table);

        tenant.set("globex");

        assertThatThrownBy(() -> users.putItem(new User("ada", "ada@globex.example", 2L)))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThatThrownBy(() -> users.updateItem(new User("ada", "ada@globex.example", 2L)))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored(client, table)).isEqualTo(before);
    }

    @Test
    @DisplayName("a delete never passes through beforeWrite: another tenant's plain delete removes the item,"
            + " and the read check fires only on the old item, after it is gone")
    void plainDeleteIsNotProtected(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);
        users.putItem(new User("ada", "ada@acme.example", 1L));

        tenant.set("globex");

        assertThatThrownBy(() -> users.deleteItem(r -> r.key(k -> k.partitionValue("ada"))))
                .isInstanceOf(TenantExtension.ForeignItemException.class);
        assertThat(stored(client, table)).isEmpty();
    }

    @Test
    @DisplayName("a delete with ownedByCurrentTenant() is refused for another tenant and allowed for the owner")
    void ownedDelete(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbTable<User> users = users(client, table);
        users.putItem(new User("ada", "ada@acme.example", 1L));

        tenant.set("globex");
        assertThatThrownBy(() -> users.deleteItem(
                        r -> r.key(k -> k.partitionValue("ada")).conditionExpression(tenants.ownedByCurrentTenant())))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored(client, table)).isNotEmpty();

        tenant.set("acme");
        users.deleteItem(r -> r.key(k -> k.partitionValue("ada")).conditionExpression(tenants.ownedByCurrentTenant()));
        assertThat(stored(client, table)).isEmpty();
    }

    @Test
    @DisplayName("without a tenant, a write is refused with a sentence before any request is sent")
    void noTenant(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        RecordingClient recording = RecordingClient.of(client);
        DynamoDbTable<User> users = users(recording.client(), table);

        tenant.set(null);

        assertThatThrownBy(() -> users.putItem(new User("ada", "ada@acme.example", 1L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No tenant for this request: refusing to read or write without one.");
        assertThat(recording.calls()).isEmpty();
    }

    @Test
    @DisplayName(
            "the chain runs in list order before a write and in reverse after a read: A, B write AB, read back ABBA")
    void chainOrder(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(trail("A"), trail("B"))
                .build();
        DynamoDbTable<Trailed> trailed = enhanced.table(table, TableSchema.fromBean(Trailed.class));
        Trailed ada = new Trailed();
        ada.setUserId("ada");

        trailed.putItem(ada);

        assertThat(stored(client, table)).containsEntry("Trail", s("AB"));
        assertThat(trailed.getItem(ada).getTrail()).isEqualTo("ABBA");
    }

    @Test
    @DisplayName("naming extensions replaces the default list: with the tenant extension alone, no Version is written")
    void namingExtensionsDropsTheDefaults(DynamoDbClient client, Tables tables) {
        String table = UsersTable.create(tables, "Users");
        VersionedUser ada = new VersionedUser();
        ada.setUserId("ada");
        DynamoDbEnhancedClient tenantOnly = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(tenants)
                .build();

        tenantOnly.table(table, TableSchema.fromBean(VersionedUser.class)).putItem(ada);
        assertThat(stored(client, table)).doesNotContainKey("Version").containsEntry("TenantID", s("acme"));
        client.deleteItem(b -> b.tableName(table).key(UsersTable.key("ada")));
        TenantIsolation.tenantAware(client, tenants)
                .table(table, TableSchema.fromBean(VersionedUser.class))
                .putItem(ada);

        assertThat(stored(client, table)).containsEntry("Version", n(1)).containsEntry("TenantID", s("acme"));
    }

    /** An extension that appends its name to the item's Trail, on the way in and on the way out. */
    private static DynamoDbEnhancedClientExtension trail(String name) {
        return new DynamoDbEnhancedClientExtension() {
            @Override
            public WriteModification beforeWrite(DynamoDbExtensionContext.BeforeWrite context) {
                return WriteModification.builder()
                        .transformedItem(appended(context.items(), name))
                        .build();
            }

            @Override
            public ReadModification afterRead(DynamoDbExtensionContext.AfterRead context) {
                return ReadModification.builder()
                        .transformedItem(appended(context.items(), name))
                        .build();
            }
        };
    }

    private static Map<String, AttributeValue> appended(Map<String, AttributeValue> item, String name) {
        Map<String, AttributeValue> copy = new HashMap<>(item);
        AttributeValue trail = item.get("Trail");
        copy.put("Trail", AttributeValue.fromS((trail == null ? "" : trail.s()) + name));
        return copy;
    }

    /** A user with a Trail the test's extensions write to. */
    @DynamoDbBean
    public static class Trailed {
        private String userId;
        private String trail;

        @DynamoDbPartitionKey
        @DynamoDbAttribute("UserID")
        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        @DynamoDbAttribute("Trail")
        public String getTrail() {
            return trail;
        }

        public void setTrail(String trail) {
            this.trail = trail;
        }
    }
}
