package com.example.dynamodb.techniques;

import java.util.List;

/** One page of the products listing, and the token that resumes after it (null on the last page). */
public record ProductPage(List<Product> items, String next) {}
