package com.example.dynamodb.projects.service;

import com.example.dynamodb.support.DynamoDbTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one configuration every service test class uses, so that Spring builds one context for all
 * of them and caches it: the real application on a random port (MockMvc for most tests, real HTTP
 * where the wire matters), on the corpus's shared DynamoDB Local server ({@link ServiceBackend}),
 * with the service's HTTP client behind a {@code FaultInjector} ({@link ServiceTestConfiguration}).
 * Two attempts per call, so that a test of throttling waits for one backoff only. A class that
 * changed any of this (a property, a {@code @MockitoBean}) would start a second context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DynamoDbTest(sdkClient = true) // the shared local server, and DynamoDbClient parameters to check the table with
@ExtendWith(ServiceBackend.class) // before SpringExtension: the context needs the server's endpoint
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "profile-store.max-attempts=2")
@AutoConfigureMockMvc
@Import(ServiceTestConfiguration.class)
// One class at a time: the cached context's FaultInjector plans faults per operation, so another
// class's request running in parallel would take a fault planned for this one.
@ResourceLock("profile-service-context")
@interface ProfileServiceTest {}
