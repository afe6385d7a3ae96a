package com.example.dynamodb.crud;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClientExtension;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbExtensionContext;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.extensions.ReadModification;
import software.amazon.awssdk.enhanced.dynamodb.extensions.WriteModification;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stamps the current tenant on every item the Enhanced Client writes, makes every put and update
 * conditional on the stored item being that tenant's (or new), and refuses to hand an item of
 * another tenant to the code that read it. Deletes never pass through an extension: give them
 * {@link #ownedByCurrentTenant()} as their condition. Because it adds a condition to every write,
 * batch writes through a client that has it are refused by the SDK (BatchWriteItem takes no
 * conditions). A query or scan that projects attributes must project {@link #ATTRIBUTE} too
 * ({@link #projecting}): an item read without it has no owner to check, and is refused. A safety
 * net, not a design: keys that start with the tenant keep tenants apart.
 */
// tag::extension[]
public final class TenantExtension implements DynamoDbEnhancedClientExtension {

    public static final String ATTRIBUTE = "TenantID";

    private final Supplier<String> currentTenant;

    /** {@code currentTenant} answers "whose request is this?", e.g. from the authenticated caller. */
    public TenantExtension(Supplier<String> currentTenant) {
        this.currentTenant = currentTenant;
    }

    @Override
    public WriteModification beforeWrite(DynamoDbExtensionContext.BeforeWrite context) {
        String tenant = tenant();
        AttributeValue stamped = context.items().get(ATTRIBUTE);
        if (stamped != null && stamped.s() != null && !stamped.s().equals(tenant)) {
            throw new IllegalArgumentException("The item carries " + ATTRIBUTE + " '" + stamped.s()
                    + "', but the current tenant is '" + tenant + "': nothing was written.");
        }
        Map<String, AttributeValue> item = new HashMap<>(context.items());
        item.put(ATTRIBUTE, AttributeValue.fromS(tenant));
        return WriteModification.builder()
                .transformedItem(item)
                .additionalConditionalExpression(
                        condition("attribute_not_exists(#tenant) OR #tenant = :tenant", tenant))
                .build();
    }

    @Override
    public ReadModification afterRead(DynamoDbExtensionContext.AfterRead context) {
        AttributeValue owner = context.items().get(ATTRIBUTE);
        if (owner == null) { // an item no tenant wrote, or a projection that left the owner out
            throw new ForeignItemException("An item without " + ATTRIBUTE + " was read for tenant '" + tenant()
                    + "'; it is not returned. A projected read must name " + ATTRIBUTE
                    + " (TenantExtension.projecting(...)), or whose item it is cannot be checked.");
        }
        if (!tenant().equals(owner.s())) {
            throw new ForeignItemException(
                    "An item of another tenant was read for tenant '" + tenant() + "'; it is not returned.");
        }
        return ReadModification.builder().build();
    }

    /** The attributes for a query's or scan's {@code attributesToProject}, with the owner added. */
    public static List<String> projecting(String... attributes) {
        List<String> projected = new ArrayList<>(List.of(attributes));
        if (!projected.contains(ATTRIBUTE)) {
            projected.add(ATTRIBUTE);
        }
        return projected;
    }

    /** The condition for a delete request: extensions are not called for deletes. */
    public Expression ownedByCurrentTenant() {
        return condition("#tenant = :tenant", tenant());
    }

    private String tenant() {
        String tenant = currentTenant.get();
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalStateException("No tenant for this request: refusing to read or write without one.");
        }
        return tenant;
    }

    private static Expression condition(String expression, String tenant) {
        return Expression.builder()
                .expression(expression)
                .expressionNames(Map.of("#tenant", ATTRIBUTE))
                .expressionValues(Map.of(":tenant", AttributeValue.fromS(tenant)))
                .build();
    }

    /** An item of another tenant reached this tenant's code. */
    public static final class ForeignItemException extends RuntimeException {
        public ForeignItemException(String message) {
            super(message);
        }
    }
}
// end::extension[]
