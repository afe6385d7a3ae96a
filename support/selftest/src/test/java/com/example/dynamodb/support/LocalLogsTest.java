package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.simple.SimpleLoggerContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB Local logs through Log4j 2, and its own log4j2.xml drops its messages. Support's
 * {@code log4j2.component.properties} and {@code log4j2.simplelog.properties} drop them with Log4j's
 * simple logger instead, so that no JVM starts Log4j's core for nothing.
 */
class LocalLogsTest {

    @Test
    @DisplayName("DynamoDB Local's loggers are Log4j's simple ones, switched off: Log4j's core never starts")
    void localLogsAreDroppedWithoutLog4jCore() {
        Logger local =
                LogManager.getLogger("software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler");

        assertThat(LogManager.getContext(false)).isInstanceOf(SimpleLoggerContext.class);
        assertThat(local.getLevel()).isEqualTo(Level.OFF);
        assertThat(local.isErrorEnabled()).isFalse();
    }
}
