package com.example.dynamodb.projects;

import com.example.dynamodb.projects.iot.IotDemo;
import com.example.dynamodb.projects.leaderboard.LeaderboardDemo;
import com.example.dynamodb.projects.profiles.ProfilesDemo;
import com.example.dynamodb.projects.sessions.SessionsDemo;
import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Narrator;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/** The four mini-projects in order: {@code mvn -q -pl 10-projects compile exec:java}. */
public final class Walkthrough {

    private Walkthrough() {}

    public static void main(String[] args) {
        // Opens the backend and the tables, runs, cleans up; a failure ends in one clear paragraph.
        Walkthroughs.run(Walkthrough::run);
    }

    static void run(DynamoDbBackend ddb, Tables tables) {
        Narrator.section("10 Projects (backend: " + ddb.kind().id() + ")");
        Narrator.step("1. user profiles  2. sessions with TTL  3. a leaderboard  4. an IoT device tracker");
        ProfilesDemo.run(ddb, tables);
        SessionsDemo.run(ddb, tables);
        LeaderboardDemo.run(ddb, tables);
        IotDemo.run(ddb, tables);
    }
}
