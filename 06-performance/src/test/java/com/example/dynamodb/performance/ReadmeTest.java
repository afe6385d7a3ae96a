package com.example.dynamodb.performance;

import com.example.dynamodb.support.LessonReadmeChecks;

class ReadmeTest extends LessonReadmeChecks {}
