package com.example.dynamodb.projects.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.Tables;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@DynamoDbTest
class LeaderboardPagesTest {

    @Test
    @DisplayName("paging walks the whole board in order, each entry once, with ranks that continue")
    void pagesCoverTheBoard(DynamoDbClient client, Tables tables) {
        List<LeaderboardTest.Submitted> players = LeaderboardTest.players();
        String table = LeaderboardTest.seeded(client, tables, players);

        List<ScoreEntry> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            LeaderboardPages.Page page = LeaderboardPages.page(client, table, "tetris", 7, cursor);
            walked.addAll(page.entries());
            sizes.add(page.entries().size());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(walked).containsExactlyElementsOf(LeaderboardTest.seededTop(client, table, 60));
        assertThat(walked)
                .extracting(ScoreEntry::rank)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
        assertThat(sizes).containsExactly(7, 7, 7, 7, 7, 7, 7, 7, 4); // 60 = 8 x 7 + 4
    }

    @Test
    @DisplayName("a cursor that was not issued by the board is refused with a clear sentence")
    void forgedCursor(DynamoDbClient client, Tables tables) {
        String table = LeaderboardTable.create(tables, "Leaderboard");

        assertThatThrownBy(() -> LeaderboardPages.page(client, table, "tetris", 5, "not-base64!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a cursor of this leaderboard: not-base64!");
        assertThatThrownBy(() -> LeaderboardPages.page(client, table, "tetris", 5, "MTI"))
                .hasMessage("Not a cursor of this leaderboard: MTI"); // "12": a number, no key
    }
}
