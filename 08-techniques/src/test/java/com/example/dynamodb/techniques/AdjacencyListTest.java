package com.example.dynamodb.techniques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.dynamodb.support.DynamoDbTest;
import com.example.dynamodb.support.RecordingClient;
import com.example.dynamodb.support.Tables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

@DynamoDbTest
@Tag("transactions") // every test seeds the graph with transactional edge writes
class AdjacencyListTest {

    private static String seeded(DynamoDbClient client, Tables tables) {
        String table = tables.reserve("Staffing");
        tables.createAndWait(AdjacencyList.definition(table));
        AdjacencyList.seed(client, table);
        return table;
    }

    @Test
    @DisplayName("a node's details are its own item, where the sort key repeats the partition key")
    void nodeDetails(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        assertThat(AdjacencyListQueries.nameOf(client, table, "EMP", "e1")).contains("Ana");
        assertThat(AdjacencyListQueries.nameOf(client, table, "PROJ", "p2")).contains("Search");
        assertThat(AdjacencyListQueries.nameOf(client, table, "EMP", "e9")).isEmpty();
    }

    @Test
    @DisplayName("an employee's projects are the edges in the employee's item collection")
    void projectsOfAnEmployee(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        assertThat(AdjacencyListQueries.projectsOf(client, table, "e1"))
                .containsExactly(new Assignment("e1", "p1", "lead"), new Assignment("e1", "p2", "developer"));
        assertThat(AdjacencyListQueries.projectsOf(client, table, "e4"))
                .containsExactly(new Assignment("e4", "p3", "lead"));
    }

    @Test
    @DisplayName("the inverted index reads the same edges from the project's side, without the project's own item")
    void employeesOnAProject(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        assertThat(AdjacencyListQueries.employeesOn(client, table, "p2"))
                .containsExactly(
                        new Assignment("e1", "p2", "developer"),
                        new Assignment("e2", "p2", "tester"),
                        new Assignment("e3", "p2", "designer"));
        // Every edge of the table is found from both ends.
        for (String employee : List.of("e1", "e2", "e3", "e4")) {
            for (Assignment edge : AdjacencyListQueries.projectsOf(client, table, employee)) {
                assertThat(AdjacencyListQueries.employeesOn(client, table, edge.projectId()))
                        .contains(edge);
            }
        }
    }

    @Test
    @DisplayName("colleagues take two hops: one query for my projects, then one index query per project")
    void twoHops(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);

        RecordingClient recorder = RecordingClient.of(client);

        Colleagues colleagues = AdjacencyListQueries.colleaguesOf(recorder.client(), table, "e1");

        assertThat(colleagues.sharedProjects()).isEqualTo(Map.of("e2", List.of("p1", "p2"), "e3", List.of("p2")));
        // What was sent: e1's collection on the table, then p1 and p2 on the inverted index; nothing else.
        assertThat(recorder.calls()).hasSize(3);
        assertThat(recorder.requests(QueryRequest.class))
                .extracting(
                        QueryRequest::indexName,
                        q -> q.expressionAttributeValues().get(":emp").s(),
                        q -> q.expressionAttributeValues().get(":proj").s())
                .containsExactly(
                        tuple(null, "EMP#e1", "PROJ#"),
                        tuple("InvertedIndex", "EMP#", "PROJ#p1"),
                        tuple("InvertedIndex", "EMP#", "PROJ#p2"));
        assertThat(recorder.responses(QueryResponse.class))
                .as("e1's two edges, then the edges of p1 (e1, e2) and of p2 (e1, e2, e3)")
                .extracting(QueryResponse::count)
                .containsExactly(2, 2, 3);
        assertThat(colleagues.queries())
                .as("the count it reports")
                .isEqualTo(recorder.calls().size());
        assertThat(AdjacencyListQueries.colleaguesOf(client, table, "e4").sharedProjects())
                .isEmpty();
    }

    @Test
    @DisplayName("an edge to a node that does not exist is refused, says which, and writes nothing")
    void noDanglingEdges(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);
        int before = client.scan(b -> b.tableName(table)).count();

        assertThatThrownBy(() -> AdjacencyList.assign(client, table, "e9", "p7", "lead"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot assign e9 to p7: no employee e9 and project p7; nothing was written");
        assertThatThrownBy(() -> AdjacencyList.assign(client, table, "e1", "p7", "lead"))
                .hasMessage("Cannot assign e1 to p7: no project p7; nothing was written");
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(before);
    }

    @Test
    @DisplayName("an id containing the key separator '#' is rejected before anything is written")
    void separatorInId(DynamoDbClient client, Tables tables) {
        String table = seeded(client, tables);
        int before = client.scan(b -> b.tableName(table)).count();

        assertThatThrownBy(() -> AdjacencyList.putNode(client, table, "EMP", "e5#PROJ", "Eve"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("may not contain '#'");
        assertThat(client.scan(b -> b.tableName(table)).count()).isEqualTo(before);
    }
}
