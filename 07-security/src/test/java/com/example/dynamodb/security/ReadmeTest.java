package com.example.dynamodb.security;

import com.example.dynamodb.support.LessonReadmeChecks;

class ReadmeTest extends LessonReadmeChecks {}
