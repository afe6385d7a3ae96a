package com.example.dynamodb.projects.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The API's behaviour through MockMvc, on DynamoDB Local: every answer, and what each refusal left behind. */
@ProfileServiceTest
class ProfileApiTest {

    static final String TYPE = ProblemResponses.TYPE_PREFIX;

    @Autowired
    MockMvcTester mvc;

    /** A user id of our own: the table is shared by every service test of the run. */
    static String newUserId() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    MvcTestResult create(String userId, String email, String name) {
        return mvc.post()
                .uri("/profiles")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"%s\",\"email\":\"%s\",\"name\":\"%s\"}".formatted(userId, email, name))
                .exchange();
    }

    MvcTestResult put(String path, String ifMatch, String json) {
        var request =
                mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON).content(json);
        return ifMatch == null
                ? request.exchange()
                : request.header("If-Match", ifMatch).exchange();
    }

    @Test
    @DisplayName("POST creates a profile at version 1 (ETag \"1\"); GET by id and by email return it")
    void createsAndReads() {
        String id = newUserId();
        assertThat(create(id, " " + id.toUpperCase() + "@Example.com", "Ada"))
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "/profiles/" + id)
                .hasHeader("ETag", "\"1\"")
                .bodyJson()
                .isStrictlyEqualTo(
                        "{\"userId\":\"%s\",\"email\":\"%s@example.com\",\"name\":\"Ada\",\"bio\":\"\",\"version\":1}"
                                .formatted(id, id));
        assertThat(mvc.get().uri("/profiles/" + id))
                .hasStatusOk()
                .hasHeader("ETag", "\"1\"")
                .bodyJson()
                .extractingPath("$.email")
                .isEqualTo(id + "@example.com");
        assertThat(mvc.get().uri("/profiles").param("email", id.toUpperCase() + "@EXAMPLE.com"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.userId")
                .isEqualTo(id);
    }

    @Test
    @DisplayName("invalid input is a 400 problem naming every bad field, and nothing is written")
    void invalidInputNamesEachField() {
        String id = newUserId();
        assertThat(create(id + "!", "not-an-email", " "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"type": "%sinvalid-input", "title": "Bad Request", "status": 400,
                         "detail": "The fields [userId, email, name] are invalid; nothing was written",
                         "instance": "/profiles",
                         "errors": [
                           {"field": "userId", "reason": "user id '%s!' must be 3 to 40 lower-case letters, digits, '_' or '-', starting with a letter or digit"},
                           {"field": "email", "reason": "email 'not-an-email' is not an address like name@example.com"},
                           {"field": "name", "reason": "name is missing"}]}
                        """.formatted(TYPE, id));
        assertThat(mvc.get().uri("/profiles/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/profiles").param("email", "not-an-email"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("email");
    }

    @Test
    @DisplayName("a taken user id or email is a 409 problem, and the refused sign-up wrote nothing")
    void takenUserIdOrEmailIsAConflict() {
        String ada = newUserId();
        String grace = newUserId();
        assertThat(create(ada, ada + "@example.com", "Ada")).hasStatus(HttpStatus.CREATED);
        assertThat(create(ada, grace + "@example.com", "Ada again"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo(TYPE + "user-id-taken");
        assertThat(create(grace, ada.toUpperCase() + "@example.com", "Grace"))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"type": "%semail-taken", "title": "Conflict", "status": 409, "instance": "/profiles",
                         "detail": "The email %s@example.com is already used by another profile; nothing was written"}
                        """.formatted(TYPE, ada));
        // Neither refusal left an item: grace's profile and the reservation of grace's email are absent.
        assertThat(mvc.get().uri("/profiles/" + grace)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/profiles").param("email", grace + "@example.com"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/profiles/" + ada))
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("Ada");
    }

    @Test
    @DisplayName("an update needs If-Match: the current version applies (ETag moves on), an old one is a 412")
    void updatesAreConditionalOnTheVersion() {
        String id = newUserId();
        create(id, id + "@example.com", "Ada");
        String details = "{\"name\":\"Ada Lovelace\",\"bio\":\"First programmer\"}";
        assertThat(put("/profiles/" + id + "/details", "\"1\"", details))
                .hasStatusOk()
                .hasHeader("ETag", "\"2\"")
                .bodyJson()
                .extractingPath("$.bio")
                .isEqualTo("First programmer");
        assertThat(put("/profiles/" + id + "/details", "\"1\"", "{\"name\":\"Ada L.\"}"))
                .hasStatus(HttpStatus.PRECONDITION_FAILED)
                .hasHeader("ETag", "\"2\"")
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"type": "%sstale-version", "title": "Precondition Failed", "status": 412,
                         "instance": "/profiles/%s/details", "currentVersion": 2,
                         "detail": "Profile %s changed since you read it (you had version 1, it is now at version 2); read it again and re-apply your change. Nothing was written"}
                        """.formatted(TYPE, id, id));
        assertThat(put("/profiles/" + id + "/details", null, details))
                .hasStatus(HttpStatus.PRECONDITION_REQUIRED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo(TYPE + "version-required");
        assertThat(put("/profiles/" + id + "/details", "*", details))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("If-Match");
        assertThat(put("/profiles/nobody-" + id + "/details", "\"1\"", details))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo(TYPE + "profile-not-found");
        assertThat(mvc.get().uri("/profiles/" + id))
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("Ada Lovelace");
    }

    @Test
    @DisplayName(
            "an email change moves the reservation: the old email is free, a taken one is a 409 that changes nothing")
    void changesTheEmail() {
        String ada = newUserId();
        String grace = newUserId();
        create(ada, ada + "@example.com", "Ada");
        create(grace, grace + "@example.com", "Grace");
        assertThat(put("/profiles/" + ada + "/email", "\"1\"", "{\"email\":\"" + ada + "@new.example.com\"}"))
                .hasStatusOk()
                .hasHeader("ETag", "\"2\"");
        assertThat(mvc.get().uri("/profiles").param("email", ada + "@example.com"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/profiles/" + grace + "/email", "\"1\"", "{\"email\":\"" + ada + "@new.example.com\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo(TYPE + "email-taken");
        assertThat(mvc.get().uri("/profiles/" + grace))
                .hasHeader("ETag", "\"1\"")
                .bodyJson()
                .extractingPath("$.email")
                .isEqualTo(grace + "@example.com");
        // The released email can be registered again.
        assertThat(create(newUserId(), ada + "@example.com", "Someone")).hasStatus(HttpStatus.CREATED);
    }

    @Test
    @DisplayName("DELETE at an old version is a 412; at the current one it removes the profile and frees the email")
    void deletes() {
        String id = newUserId();
        create(id, id + "@example.com", "Ada");
        put("/profiles/" + id + "/details", "\"1\"", "{\"name\":\"Ada\",\"bio\":\"\"}");
        assertThat(mvc.delete().uri("/profiles/" + id).header("If-Match", "\"1\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(mvc.delete().uri("/profiles/" + id).header("If-Match", "\"2\""))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/profiles/" + id))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"type": "%sprofile-not-found", "title": "Not Found", "status": 404,
                         "instance": "/profiles/%s", "detail": "No profile with user id %s"}
                        """.formatted(TYPE, id, id));
        assertThat(create(newUserId(), id + "@example.com", "Someone")).hasStatus(HttpStatus.CREATED);
    }

    @Test
    @DisplayName(
            "a body that is not JSON is a 400 problem from Spring MVC (type about:blank, left out), no exception in it")
    void unreadableBody() {
        MvcTestResult result = mvc.post()
                .uri("/profiles")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\": ")
                .exchange();
        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"title": "Bad Request", "status": 400, "detail": "Failed to read request",
                         "instance": "/profiles"}
                        """);
    }
}
