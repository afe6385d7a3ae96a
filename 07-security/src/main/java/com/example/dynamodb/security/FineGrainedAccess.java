package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.policybuilder.iam.IamCondition;
import software.amazon.awssdk.policybuilder.iam.IamConditionOperator;
import software.amazon.awssdk.policybuilder.iam.IamEffect;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

/**
 * Fine-grained access control: one table shared by every tenant, and a policy that lets each
 * caller touch only the items whose partition key is their own identity ({@code dynamodb:LeadingKeys}),
 * and only some attributes of them ({@code dynamodb:Attributes}, {@code dynamodb:Select},
 * {@code dynamodb:ReturnValues}).
 */
public final class FineGrainedAccess {

    private FineGrainedAccess() {}

    /** IAM replaces these with the caller's identity when it evaluates the policy. */
    public static final String AMAZON_USER_ID = "${www.amazon.com:user_id}";

    public static final String COGNITO_IDENTITY_ID = "${cognito-identity.amazonaws.com:sub}";

    // tag::tenant-policy[]
    /** Own items only (partition key = the caller's id), listed attributes only, no Scan. */
    public static IamPolicy tenantPolicy(String tableArn, String identityVariable, List<String> attributes) {
        // ForAllValues: every partition key / attribute in the request must be in the list.
        IamConditionOperator forAllValues = IamConditionOperator.STRING_EQUALS.addPrefix("ForAllValues:");
        // IfExists: Select and ReturnValues are checked when the request has them (GetItem has no Select).
        IamConditionOperator ifExists = IamConditionOperator.STRING_EQUALS.addSuffix("IfExists");
        return IamPolicy.builder()
                .addStatement(s -> s.sid("OwnItemsListedAttributes")
                        .effect(IamEffect.ALLOW)
                        .actionIds(List.of(
                                "dynamodb:GetItem",
                                "dynamodb:BatchGetItem",
                                "dynamodb:Query",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DeleteItem"))
                        .addResource(tableArn)
                        .addCondition(forAllValues, "dynamodb:LeadingKeys", identityVariable)
                        .addConditions(forAllValues, "dynamodb:Attributes", attributes)
                        .addCondition(ifExists, "dynamodb:Select", "SPECIFIC_ATTRIBUTES")
                        // ALL_OLD / ALL_NEW would hand back attributes the list leaves out.
                        .addConditions(
                                ifExists, "dynamodb:ReturnValues", List.of("NONE", "UPDATED_OLD", "UPDATED_NEW")))
                .build();
    }
    // end::tenant-policy[]

    /**
     * What a tenant-scoped repository must enforce, read from the policy itself: the identity the
     * partition key must equal, the attributes a request may name, the ReturnValues it may ask for.
     */
    public record Rules(String identityVariable, Set<String> attributes, Set<String> returnValues) {

        /** Reads the rules back from a policy; refuses one that does not pin the partition key. */
        public static Rules from(IamPolicy policy) {
            List<IamCondition> conditions = policy.statements().stream()
                    .filter(s -> IamEffect.ALLOW.equals(s.effect()))
                    .map(IamStatement::conditions)
                    .flatMap(List::stream)
                    .toList();
            List<String> leadingKeys = values(conditions, "dynamodb:LeadingKeys");
            if (leadingKeys.size() != 1) {
                throw new IllegalArgumentException("The policy must pin dynamodb:LeadingKeys to one identity"
                        + " variable, found " + leadingKeys + ": without it every tenant reads every item.");
            }
            Set<String> attributes = new TreeSet<>(values(conditions, "dynamodb:Attributes"));
            if (attributes.isEmpty()) {
                throw new IllegalArgumentException("The policy lists no dynamodb:Attributes: nothing to allow.");
            }
            return new Rules(
                    leadingKeys.get(0), attributes, new TreeSet<>(values(conditions, "dynamodb:ReturnValues")));
        }

        private static List<String> values(List<IamCondition> conditions, String key) {
            return conditions.stream()
                    .filter(c -> c.key().value().equals(key))
                    .map(IamCondition::value)
                    .toList();
        }
    }

    static void demo(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("Fine-grained access: LeadingKeys, Attributes, Select, ReturnValues");
        String notes = TableArn.of("eu-west-1", "123456789012", "Notes");
        IamPolicy policy = tenantPolicy(notes, COGNITO_IDENTITY_ID, NotesTable.TENANT_ATTRIBUTES);
        IamPolicies.json(policy).lines().forEach(Narrator::say);
        Rules rules = Rules.from(policy);
        Narrator.step("Read back for the repository: partition key = " + rules.identityVariable() + ", attributes "
                + rules.attributes() + ", ReturnValues " + rules.returnValues());
    }

    public static void main(String[] args) {
        Walkthroughs.run(FineGrainedAccess::demo);
    }
}
