package com.example.dynamodb.projects.service;

import com.example.dynamodb.projects.profiles.EmailTakenException;
import com.example.dynamodb.projects.profiles.ProfileNotFoundException;
import com.example.dynamodb.projects.profiles.StaleProfileException;
import com.example.dynamodb.projects.profiles.UserIdTakenException;
import java.net.URI;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Every refusal as an RFC 9457 problem ({@code application/problem+json}): a type, the status, a
 * sentence, and for invalid input the fields. Never a stack trace: an unexpected failure is logged
 * here and answered with a generic sentence. Spring MVC's own refusals (unreadable JSON, a wrong
 * method or media type, an unknown path) come out as problems too, from the superclass.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    // tag::problems[]
    private static final Log LOG = LogFactory.getLog(ProblemResponses.class);

    /** A tag URI names a problem type without promising a page at that address (RFC 9457, 3.1.1). */
    public static final String TYPE_PREFIX = "tag:dynamodb-java-examples,2026:profiles/";

    public static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        return problem;
    }

    @ExceptionHandler
    public ResponseEntity<ProblemDetail> invalidInput(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage());
        problem.setProperty("errors", e.problems()); // [{"field": "email", "reason": "..."}]
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    public ResponseEntity<ProblemDetail> missingVersion(MissingVersionException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
                .body(problem(HttpStatus.PRECONDITION_REQUIRED, "version-required", e.getMessage()));
    }

    @ExceptionHandler
    public ResponseEntity<ProblemDetail> notFound(ProfileNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "profile-not-found", e.getMessage()));
    }

    @ExceptionHandler
    public ResponseEntity<ProblemDetail> userIdTaken(UserIdTakenException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "user-id-taken", e.getMessage()));
    }

    @ExceptionHandler
    public ResponseEntity<ProblemDetail> emailTaken(EmailTakenException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "email-taken", e.getMessage()));
    }

    /** 412: the If-Match version is old. The current version comes back, as a property and as the ETag. */
    @ExceptionHandler
    public ResponseEntity<ProblemDetail> staleVersion(StaleProfileException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(Long.toString(e.currentVersion()))
                .body(problem);
    }

    /** 503 for what may pass (throttling, timeouts, 5xx, no connection); 500, logged, for the rest. */
    @ExceptionHandler
    public ResponseEntity<ProblemDetail> dynamoDbFailed(SdkException e) {
        if (!isTransient(e)) {
            return unexpected(e);
        }
        LOG.warn("DynamoDB did not complete a request: " + e.getMessage());
        boolean throttled = e instanceof AwsServiceException service && service.isThrottlingException();
        String detail = throttled
                ? "DynamoDB is throttling this table right now: nothing was written. Retry in a second."
                : "DynamoDB did not answer in time or failed. A change may or may not have been applied:"
                        + " read the profile before you retry (If-Match keeps a retry from applying it twice).";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "dynamodb-unavailable", detail));
    }

    @ExceptionHandler
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("Request failed", e); // the stack trace goes to the log, never to the client
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "The service could not complete the request; the failure was logged."));
    }

    private static final Set<String> TRANSIENT_CANCELLATIONS =
            Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded");

    /** Worth retrying later: the same request can succeed once DynamoDB has capacity or answers again. */
    public static boolean isTransient(SdkException e) {
        if (e instanceof TransactionCanceledException cancelled) {
            return cancelled.hasCancellationReasons()
                    && cancelled.cancellationReasons().stream()
                            .map(CancellationReason::code)
                            .anyMatch(TRANSIENT_CANCELLATIONS::contains);
        }
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return e instanceof SdkClientException; // timeouts, refused or reset connections, a full pool
    }
    // end::problems[]
}
