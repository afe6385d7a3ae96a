package com.example.dynamodb.errors;

import com.example.dynamodb.support.LessonReadmeChecks;

/** This module's README: its code excerpts equal the source and its links resolve. */
class ReadmeTest extends LessonReadmeChecks {}
