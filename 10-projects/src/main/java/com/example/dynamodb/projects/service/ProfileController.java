package com.example.dynamodb.projects.service;

import com.example.dynamodb.projects.profiles.InvalidProfileException;
import com.example.dynamodb.projects.profiles.Profile;
import com.example.dynamodb.projects.profiles.ProfileNotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The profile API. A profile's version travels as its ETag; every change sends it back in
 * {@code If-Match} (optimistic locking), so a change based on an old read gets 412 instead of
 * silently undoing someone else's. Input is checked field by field, with the domain's own rules,
 * before anything is sent.
 */
@RestController
@RequestMapping("/profiles")
public class ProfileController {

    /** The body of {@code POST /profiles}. */
    public record NewProfile(String userId, String email, String name, String bio) {}

    /** The body of {@code PUT /profiles/{userId}/email}. */
    public record EmailChange(String email) {}

    // tag::update[]
    /** The body of {@code PUT /profiles/{userId}/details}: both replace what was there. */
    public record Details(String name, String bio) {}

    private final ProfileStore store;

    public ProfileController(ProfileStore store) {
        this.store = store;
    }

    // Names spelled out: without javac's -parameters (which Boot's parent POM adds) Spring cannot read them.
    @PutMapping("/{userId}/details")
    public ResponseEntity<Profile> updateDetails(
            @PathVariable("userId") String userId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody Details body) {
        List<FieldProblem> problems = new ArrayList<>();
        long expected = expectedVersion(problems, ifMatch);
        String name = check(problems, "name", () -> Profile.requireName(body.name()));
        String bio = check(problems, "bio", () -> Profile.requireBio(body.bio()));
        refuseIfAny(problems);
        // One conditional UpdateItem: applied only if the profile is still at the version the client read.
        Profile updated = store.updateDetails(userId, expected, name, bio);
        return ResponseEntity.ok().eTag(Long.toString(updated.version())).body(updated);
    }

    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    /** The version in {@code If-Match: "3"}, as {@code ETag} gave it; no header is a 428 (RFC 6585). */
    static long expectedVersion(List<FieldProblem> problems, String ifMatch) {
        if (ifMatch == null) {
            throw new MissingVersionException();
        }
        Matcher tag = VERSION_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            problems.add(new FieldProblem(
                    "If-Match", "must be the ETag of the profile you read, such as \"3\"; got " + ifMatch));
            return 0;
        }
        return Long.parseLong(tag.group(1));
    }

    /** Runs one of the domain's checks; a refusal is recorded against {@code field}. */
    private static String check(List<FieldProblem> problems, String field, Supplier<String> rule) {
        try {
            return rule.get();
        } catch (InvalidProfileException e) {
            problems.add(new FieldProblem(field, e.getMessage().replaceFirst("^Invalid profile: ", "")));
            return null;
        }
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
    // end::update[]

    @PostMapping
    public ResponseEntity<Profile> create(@RequestBody NewProfile body) {
        List<FieldProblem> problems = new ArrayList<>();
        String userId = check(problems, "userId", () -> Profile.requireUserId(body.userId()));
        String email = check(problems, "email", () -> Profile.normalizeEmail(body.email()));
        String name = check(problems, "name", () -> Profile.requireName(body.name()));
        String bio = check(problems, "bio", () -> Profile.requireBio(body.bio()));
        refuseIfAny(problems);
        Profile created = store.register(Profile.create(userId, email, name, bio));
        return ResponseEntity.created(URI.create("/profiles/" + userId))
                .eTag(Long.toString(created.version()))
                .body(created);
    }

    @GetMapping("/{userId}")
    public ResponseEntity<Profile> get(@PathVariable("userId") String userId) {
        Profile profile = store.get(userId).orElseThrow(() -> new ProfileNotFoundException(userId));
        return ResponseEntity.ok().eTag(Long.toString(profile.version())).body(profile);
    }

    /** {@code GET /profiles?email=...}: the store's other lookup (through the email's reservation item). */
    @GetMapping(params = "email")
    public ResponseEntity<Profile> findByEmail(@RequestParam("email") String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String normalized = check(problems, "email", () -> Profile.normalizeEmail(email));
        refuseIfAny(problems);
        Profile profile = store.findByEmail(normalized)
                .orElseThrow(() -> new ErrorResponseException(
                        HttpStatus.NOT_FOUND,
                        ProblemResponses.problem(
                                HttpStatus.NOT_FOUND, "profile-not-found", "No profile has the email " + normalized),
                        null));
        return ResponseEntity.ok().eTag(Long.toString(profile.version())).body(profile);
    }

    @PutMapping("/{userId}/email")
    public ResponseEntity<Profile> changeEmail(
            @PathVariable("userId") String userId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody EmailChange body) {
        List<FieldProblem> problems = new ArrayList<>();
        long expected = expectedVersion(problems, ifMatch);
        String email = check(problems, "email", () -> Profile.normalizeEmail(body.email()));
        refuseIfAny(problems);
        // One transaction: the profile, the old reservation released, the new one taken.
        Profile moved = store.changeEmail(userId, expected, email);
        return ResponseEntity.ok().eTag(Long.toString(moved.version())).body(moved);
    }

    @DeleteMapping("/{userId}")
    public ResponseEntity<Void> delete(
            @PathVariable("userId") String userId, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        List<FieldProblem> problems = new ArrayList<>();
        long expected = expectedVersion(problems, ifMatch);
        refuseIfAny(problems);
        store.delete(userId, expected);
        return ResponseEntity.noContent().build();
    }
}
