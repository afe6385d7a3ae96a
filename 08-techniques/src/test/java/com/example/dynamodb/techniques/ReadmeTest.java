package com.example.dynamodb.techniques;

import com.example.dynamodb.support.LessonReadmeChecks;

class ReadmeTest extends LessonReadmeChecks {}
