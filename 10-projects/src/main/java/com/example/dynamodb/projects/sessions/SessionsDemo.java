package com.example.dynamodb.projects.sessions;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/** The session-store project's demo: {@code mvn -q -pl 10-projects compile exec:java -Dexec.mainClass=com.example.dynamodb.projects.sessions.SessionsDemo}. */
public final class SessionsDemo {

    private SessionsDemo() {}

    public static void main(String[] args) {
        Walkthroughs.run(SessionsDemo::run);
    }

    public static void run(DynamoDbBackend ddb, Tables tables) {
        SessionStore.demo(ddb, tables);
        UserSessions.demo(ddb, tables);
    }
}
