package com.example.dynamodb.techniques;

import java.util.List;
import java.util.Map;

/** Colleagues found in two hops, with the projects each one shares, and how many queries it took. */
public record Colleagues(Map<String, List<String>> sharedProjects, int queries) {}
