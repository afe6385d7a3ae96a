package com.example.dynamodb.projects;

import com.example.dynamodb.support.LessonReadmeChecks;

class ReadmeTest extends LessonReadmeChecks {}
