package com.example.dynamodb.advanced;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Turns stream records read with the SDK into the {@code DynamodbEvent} that Lambda hands a
 * function, field by field. Lambda does this for you on AWS; locally it lets the real handler run
 * on records DynamoDB Local produced. (aws-lambda-java-events-sdk-transformer maps the other way.)
 */
public final class LambdaEvents {

    private LambdaEvents() {}

    // tag::to-event[]
    /** The event Lambda would deliver for these records of the stream {@code streamArn}. */
    public static DynamodbEvent toEvent(String streamArn, List<Record> records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records.stream().map(r -> toLambdaRecord(streamArn, r)).toList());
        return event;
    }

    public static DynamodbEvent.DynamodbStreamRecord toLambdaRecord(String streamArn, Record record) {
        DynamodbEvent.DynamodbStreamRecord lambda = new DynamodbEvent.DynamodbStreamRecord();
        lambda.setEventID(record.eventID());
        lambda.setEventName(record.eventNameAsString()); // as a string: DynamoDB Local also sends EXPIRE
        lambda.setEventVersion(record.eventVersion());
        lambda.setEventSource(record.eventSource());
        lambda.setAwsRegion(record.awsRegion());
        lambda.setEventSourceARN(streamArn); // Lambda names the stream the record came from
        if (record.userIdentity() != null) { // set by AWS on TTL deletions only
            lambda.setUserIdentity(new Identity()
                    .withPrincipalId(record.userIdentity().principalId())
                    .withType(record.userIdentity().type()));
        }
        var change = record.dynamodb();
        StreamRecord body = new StreamRecord()
                .withSequenceNumber(change.sequenceNumber())
                .withSizeBytes(change.sizeBytes())
                .withKeys(toLambda(change.keys()));
        body.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.fromValue(
                change.streamViewTypeAsString()));
        if (change.approximateCreationDateTime() != null) {
            body.setApproximateCreationDateTime(Date.from(change.approximateCreationDateTime()));
        }
        if (change.hasNewImage()) { // absent, not empty, when the view type leaves it out
            body.setNewImage(toLambda(change.newImage()));
        }
        if (change.hasOldImage()) {
            body.setOldImage(toLambda(change.oldImage()));
        }
        lambda.setDynamodb(body);
        return lambda;
    }

    static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toLambda(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> out =
                new LinkedHashMap<>();
        item.forEach((name, value) -> out.put(name, toLambda(value)));
        return out;
    }

    static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambda(AttributeValue v) {
        var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        switch (v.type()) {
            case S -> out.setS(v.s());
            case N -> out.setN(v.n());
            case B -> out.setB(v.b().asByteBuffer());
            case SS -> out.setSS(v.ss());
            case NS -> out.setNS(v.ns());
            case BS -> out.setBS(v.bs().stream().map(SdkBytes::asByteBuffer).toList());
            case M -> out.setM(toLambda(v.m()));
            case L -> out.setL(v.l().stream().map(e -> toLambda(e)).toList());
            case BOOL -> out.setBOOL(v.bool());
            case NUL -> out.setNULL(true);
            default -> throw new IllegalArgumentException("Unknown attribute type in a stream record: " + v);
        }
        return out;
    }
    // end::to-event[]
}
