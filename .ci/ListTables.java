import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Prints every table name at a loopback DynamoDB-compatible endpoint, one per line (nothing when
 * there is none): `.ci/with-dynamodb-local` uses it to prove a test run left nothing behind.
 *
 * <pre>java -cp CLASSPATH .ci/ListTables.java http://127.0.0.1:8000</pre>
 */
public final class ListTables {
    public static void main(String[] args) {
        URI endpoint = URI.create(args[0]);
        if (!"127.0.0.1".equals(endpoint.getHost()) && !"localhost".equals(endpoint.getHost())) {
            throw new IllegalArgumentException("Only a loopback endpoint gets dummy credentials: " + endpoint);
        }
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummykey", "dummysecret")))
                .build()) {
            client.listTablesPaginator(b -> {}).tableNames().forEach(System.out::println);
        }
    }
}
