package com.example.dynamodb.security;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/**
 * Section VII of the agenda, Security and Access Control, in lesson order: IAM policies,
 * fine-grained access and its mirror in code, encryption at rest, in transit and client-side,
 * VPC endpoints, credentials, and the deletion-protection guardrail.
 */
public final class Walkthrough {

    private Walkthrough() {}

    static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("07 Security: IAM, fine-grained access, encryption, VPC endpoints");
        Narrator.say("Backend: " + ddb.kind().id() + ". IAM, KMS and VPCs do not exist locally: those parts"
                + " build the real requests; encryption and tenant isolation run for real.");
        IamPolicies.demo(ddb, tables);
        FineGrainedAccess.demo(ddb, tables);
        TenantNotes.demo(ddb, tables);
        EncryptionAtRest.demo(ddb, tables);
        EncryptionInTransit.demo(ddb, tables);
        ClientSideEncryption.demo(ddb, tables);
        VpcEndpoints.demo(ddb, tables);
        Credentials.demo(ddb, tables);
        DeletionProtection.demo(ddb, tables);
    }

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }
}
