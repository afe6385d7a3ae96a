package com.example.dynamodb.projects.service;

/** One refused field of a request (a JSON property or a header) and why, in a sentence. */
public record FieldProblem(String field, String reason) {}
