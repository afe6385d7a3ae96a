package com.example.dynamodb.techniques;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A scatter-gather read: the merged items, how many queries it sent, and the read units they consumed. */
public record GatheredEvents(List<Map<String, AttributeValue>> items, int queries, double readUnits) {}
