package com.example.dynamodb.advanced;

import com.example.dynamodb.support.LessonReadmeChecks;

class ReadmeTest extends LessonReadmeChecks {}
