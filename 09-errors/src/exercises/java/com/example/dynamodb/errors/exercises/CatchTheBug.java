package com.example.dynamodb.errors.exercises;

/**
 * Exercise 09.4 (20 minutes): write the test that catches a repository's bugs.
 *
 * <p>A {@link Statements.Statement} returns the amounts posted to an account from {@code from}
 * (included) to {@code to} (excluded), oldest first. It runs on DynamoDB, on a table keyed by
 * {@code accountId} and {@code postedAt}. Its unit tests with a scripted client pass; yet versions of
 * it have shipped with bugs that only an engine shows. Write {@link #check}: the engine test that
 * tells a correct statement from a buggy one.
 *
 * <ul>
 *   <li>{@code statement} works on an empty table of its own, on DynamoDB Local: post entries with
 *       {@code statement.post(...)}, read them back with {@code statement.amounts(...)};
 *   <li>return normally when the answer is right; throw when it is not (an AssertJ assertion failure
 *       is fine, and so is the exception DynamoDB throws).
 * </ul>
 *
 * The exercise's tests run your check on the correct statement (it must pass) and on three buggy
 * ones (it must fail on each); they do not tell you the bugs. Hints: which entries sit exactly on
 * the edges of the range, and on which side? What order do you expect, and does your assertion look
 * at the order? Whose entries should not appear at all? Read README section "10. Testing your own
 * DynamoDB code". Done when {@code mvn test -pl 09-errors -Pexercises -Dtest=CatchTheBugTest} passes.
 */
public final class CatchTheBug {

    private CatchTheBug() {}

    public static void check(Statements.Statement statement) {
        throw new UnsupportedOperationException("Exercise 09.4 CatchTheBug: not solved yet — start in"
                + " src/exercises/java/com/example/dynamodb/errors/exercises/CatchTheBug.java; see README 'Exercises'");
    }
}
