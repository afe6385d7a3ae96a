package com.example.dynamodb.techniques;

/** One edge of the staffing graph, seen from either end: who works on what, as what. */
public record Assignment(String employeeId, String projectId, String role) {}
