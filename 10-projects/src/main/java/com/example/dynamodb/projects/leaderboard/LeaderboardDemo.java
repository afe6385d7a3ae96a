package com.example.dynamodb.projects.leaderboard;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/** The leaderboard project's demo: {@code mvn -q -pl 10-projects compile exec:java -Dexec.mainClass=com.example.dynamodb.projects.leaderboard.LeaderboardDemo}. */
public final class LeaderboardDemo {

    private LeaderboardDemo() {}

    public static void main(String[] args) {
        Walkthroughs.run(LeaderboardDemo::run);
    }

    public static void run(DynamoDbBackend ddb, Tables tables) {
        Leaderboard.demo(ddb, tables);
        LeaderboardPages.demo(ddb, tables);
        ShardedLeaderboard.demo(ddb, tables);
    }
}
