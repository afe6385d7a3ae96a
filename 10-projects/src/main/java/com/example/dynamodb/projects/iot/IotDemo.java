package com.example.dynamodb.projects.iot;

import com.example.dynamodb.support.DynamoDbBackend;
import com.example.dynamodb.support.Tables;
import com.example.dynamodb.support.Walkthroughs;

/** The IoT device tracker's demo (a small fleet; FleetSimulator's main runs 200 x 500): {@code mvn -q -pl 10-projects compile exec:java -Dexec.mainClass=com.example.dynamodb.projects.iot.IotDemo}. */
public final class IotDemo {

    private IotDemo() {}

    public static void main(String[] args) {
        Walkthroughs.run(IotDemo::run);
    }

    public static void run(DynamoDbBackend ddb, Tables tables) {
        DeviceRegistry.demo(ddb, tables);
        Readings.demo(ddb, tables);
        FleetSimulator.demo(ddb, tables);
    }
}
