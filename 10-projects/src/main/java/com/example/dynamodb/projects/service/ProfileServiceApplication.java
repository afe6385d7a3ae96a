package com.example.dynamodb.projects.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The profile store as a Spring Boot service: {@link ProfileController}'s REST API over
 * {@link ProfileStore}, configured by {@link DynamoDbConfiguration}, refusals as RFC 9457 problems by
 * {@link ProblemResponses}. This is the production entry point: it reads {@code profile-store.*}
 * from {@code application.yml}, the environment ({@code PROFILE_STORE_TABLE}) or the command line.
 * To try it on DynamoDB Local with nothing to set up, run {@link ProfileServiceDemo}.
 */
@SpringBootApplication
public class ProfileServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProfileServiceApplication.class, args);
    }
}
