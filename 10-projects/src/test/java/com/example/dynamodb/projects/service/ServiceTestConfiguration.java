package com.example.dynamodb.projects.service;

import com.example.dynamodb.support.FaultInjector;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * What the tests change in the application: where it finds DynamoDB (properties, so that the
 * service builds its own client as in production), and a fault injector in front of its HTTP client.
 */
@TestConfiguration(proxyBeanMethods = false)
class ServiceTestConfiguration {

    @Bean
    DynamicPropertyRegistrar profileStoreTarget() {
        return registry -> {
            ServiceBackend.Target target = ServiceBackend.target();
            target.backend()
                    .endpoint()
                    .ifPresent(endpoint -> registry.add("profile-store.endpoint", endpoint::toString));
            registry.add("profile-store.table", target::table);
        };
    }

    @Bean
    FaultInjector faults() {
        return new FaultInjector();
    }

    /**
     * The service's own HTTP client (its pool and timeouts), wrapped: a test can make DynamoDB throttle
     * or fail the next attempts of an operation. With nothing planned, every request passes through.
     */
    @Bean
    @Primary
    SdkHttpClient faultInjectingHttpClient(
            FaultInjector faults, @Qualifier("dynamoDbHttpClient") SdkHttpClient dynamoDbHttpClient) {
        return faults.httpClientBuilder(new Existing(dynamoDbHttpClient)).build();
    }

    /** An HTTP client already built, as the builder FaultInjector wraps. */
    private record Existing(SdkHttpClient client) implements SdkHttpClient.Builder<Existing> {
        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return client;
        }
    }
}
