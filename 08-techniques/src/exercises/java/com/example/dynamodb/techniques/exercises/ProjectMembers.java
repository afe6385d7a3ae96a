package com.example.dynamodb.techniques.exercises;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Exercise 08.1 (about 15 minutes): read an adjacency list in the reverse direction.
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
 * Read README section "Adjacency list" first.
 */
public final class ProjectMembers {

    private ProjectMembers() {}

    public static List<String> employeesOn(DynamoDbClient client, String table, String projectId) {
        throw new UnsupportedOperationException(
                "Exercise 08.1 ProjectMembers: not solved yet — start in"
                        + " src/exercises/java/com/example/dynamodb/techniques/exercises/ProjectMembers.java; see README 'Exercises'");
    }
}
