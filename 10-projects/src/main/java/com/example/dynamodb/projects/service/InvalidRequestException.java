package com.example.dynamodb.projects.service;

import java.util.List;

/** Input the API refuses before anything is sent to DynamoDB: each problem names its field. */
public class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(
                problems.size() == 1
                        ? "The field " + problems.get(0).field() + " is invalid; nothing was written"
                        : "The fields "
                                + problems.stream().map(FieldProblem::field).toList()
                                + " are invalid; nothing was written");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
