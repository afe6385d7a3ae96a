package com.example.dynamodb.modeling.exercises;

import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Exercise 02.1 Keys for three access patterns (25 minutes). Read first: README sections "2.
 * Choosing sort keys" and "3. Global secondary indexes".
 *
 * <p>A library lends books. A loan is: a member ({@code memberId}), a book ({@code bookId}) and the
 * day it was lent ({@code loanedOn}, ISO-8601 such as "2026-03-02"). A member may borrow several
 * books on the same day, and a book is lent many times over the years. The application asks three
 * questions, each of which must be ONE Query with a key condition (no Scan, no FilterExpression):
 *
 * <pre>
 *   AP1  a member's loans, newest first
 *   AP2  a member's loans lent between two days, both days included, oldest first
 *   AP3  a book's loan history, oldest first, whoever borrowed it
 * </pre>
 *
 * Design the table's key and one global secondary index, then:
 *
 * <ol>
 *   <li>{@link #tableDefinition}: the table with your key and your GSI, in one line with the given
 *       {@link KeyDesign}: {@code KeyDesign.table(tableName, KeyDesign.key("...", "..."),
 *       KeyDesign.index("...", KeyDesign.key("...", "...")))} (Strings, on-demand, projection ALL);
 *   <li>{@link #loanItem}: the item for one loan: the three plain attributes {@code memberId},
 *       {@code bookId}, {@code loanedOn} (Strings, the test reads them back), plus your key
 *       attributes;
 *   <li>{@link #memberLoansNewestFirst}, {@link #memberLoansBetween}, {@link #bookHistory}: the
 *       Query for each access pattern. You return the request; the test sends it, reads every page
 *       and checks what comes back and what was read.
 * </ol>
 *
 * Done when {@code mvn test -pl 02-modeling -Pexercises -Dtest=LibraryLoansTest} passes.
 *
 * <p>Hints: the primary key must be unique per loan, and two loans of one member can fall on the
 * same day. ISO dates sort as strings, so a sort key that starts with the date sorts by date; a
 * separator ({@code "2026-03-02#b-7"}) keeps the rest apart. A GSI key need not be unique.
 * {@code scanIndexForward(false)} reverses the order; {@code BETWEEN :from AND :to} compares strings
 * character by character, so think about what the upper bound must be for a composite sort key.
 */
public final class LibraryLoans {

    private static final String NOT_SOLVED = "Exercise 02.1 Keys for three access patterns: not solved yet —"
            + " start in src/exercises/java/com/example/dynamodb/modeling/exercises/LibraryLoans.java;"
            + " see README 'Exercises'";

    private LibraryLoans() {}

    /** The table: your primary key and your GSI. */
    public static CreateTableRequest tableDefinition(String tableName) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** One loan as an item: memberId, bookId, loanedOn (all S), and your key attributes. */
    public static Map<String, AttributeValue> loanItem(String memberId, String bookId, LocalDate loanedOn) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** AP1: a member's loans, newest first. */
    public static QueryRequest memberLoansNewestFirst(String tableName, String memberId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** AP2: a member's loans lent from {@code from} to {@code to}, both included, oldest first. */
    public static QueryRequest memberLoansBetween(String tableName, String memberId, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }

    /** AP3: a book's loans, oldest first, across all members. */
    public static QueryRequest bookHistory(String tableName, String bookId) {
        throw new UnsupportedOperationException(NOT_SOLVED);
    }
}
