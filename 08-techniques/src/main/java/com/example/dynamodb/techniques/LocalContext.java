package com.example.dynamodb.techniques;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What Lambda hands a handler as its second argument, for runs outside Lambda: a request id, and a
 * logger that keeps its lines (in Lambda they go to CloudWatch Logs).
 */
final class LocalContext implements Context {

    private final String requestId;
    private final List<String> logged = new CopyOnWriteArrayList<>();

    LocalContext(String requestId) {
        this.requestId = requestId;
    }

    /** What the handler logged, in order. */
    List<String> logged() {
        return List.copyOf(logged);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                logged.add(message);
            }

            @Override
            public void log(byte[] message) {
                logged.add(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/products-api";
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return "products-api";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:products-api";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 3_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }
}
