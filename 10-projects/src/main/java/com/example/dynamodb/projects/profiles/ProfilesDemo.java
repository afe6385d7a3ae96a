package com.example.dynamodb.projects.profiles;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/** The user-profile project's demo: {@code mvn -q -pl 10-projects compile exec:java -Dexec.mainClass=com.example.dynamodb.projects.profiles.ProfilesDemo}. */
public final class ProfilesDemo {

    private ProfilesDemo() {}

    public static void main(String[] args) {
        Walkthroughs.run(ProfilesDemo::run);
    }

    public static void run(DynamoDbBackend ddb, Tables tables) {
        ProfileRepository.demo(ddb, tables);
        ProfileUpdates.demo(ddb, tables);
        EmailIndexAlternative.demo(ddb, tables);
    }
}
