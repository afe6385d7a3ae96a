package com.example.dynamodb.techniques.exercises;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 08.1 Project members (15 minutes): read an adjacency list in the reverse direction. Read
 * first: README section "1. Adjacency list".
 *
 * <p>The table holds employees, projects and the assignments between them in one table:
 *
 * <pre>
 *   PK        SK        role
 *   EMP#e1    EMP#e1              (the employee's own item)
 *   PROJ#p1   PROJ#p1             (the project's own item)
 *   EMP#e1    PROJ#p1   lead      (an edge: e1 works on p1)
 * </pre>
 *
 * and a GSI named {@code InvertedIndex} whose partition key is {@code SK} and whose sort key is
 * {@code PK}. Return the ids of the employees on {@code projectId} (without the "EMP#" prefix), in
 * the index's sort order, reading every page.
 *
 * <p>Hints: query the index, not the table; the project's own item is in the same index partition
 * as its edges, so make the key condition skip it; follow every page ({@code queryPaginator}).
 *
 * <p>Done when {@code mvn test -pl 08-techniques -Pexercises -Dtest=ProjectMembersTest} passes.
 */
public final class ProjectMembers {

    private ProjectMembers() {}

    public static List<String> employeesOn(DynamoDbClient client, String table, String projectId) {
        throw new UnsupportedOperationException(
                "Exercise 08.1 Project members: not solved yet — start in"
                        + " src/exercises/java/com/example/dynamodb/techniques/exercises/ProjectMembers.java; see README 'Exercises'");
    }
}
