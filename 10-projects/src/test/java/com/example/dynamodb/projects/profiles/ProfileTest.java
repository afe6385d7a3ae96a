package com.example.dynamodb.projects.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileTest {

    @Test
    @DisplayName("an email is kept trimmed and in lower case, the form its uniqueness is checked in")
    void normalizesEmail() {
        Profile ada = Profile.create("ada", "  Ada.Lovelace@Example.COM ", " Ada ", null);

        assertThat(ada.email()).isEqualTo("ada.lovelace@example.com");
        assertThat(ada.name()).isEqualTo("Ada");
        assertThat(ada.bio()).isEmpty();
        assertThat(Profile.fromItem(ada.toItem())).isEqualTo(ada);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no @ in the email      | ada  | ada.example.com | Ada | 1   | email 'ada.example.com' is not an address",
                "no domain dot          | ada  | ada@localhost   | Ada | 1   | email 'ada@localhost' is not an address",
                "missing name           | ada  | ada@example.com |     | 1   | name is missing",
                "blank name             | ada  | ada@example.com | ' ' | 1   | name is missing",
                "name too long          | ada  | ada@example.com | N   | 101 | name has 101 characters; at most 100",
                "bio too long           | ada  | ada@example.com | Ada | -1  | bio has 1001 characters; at most 1000",
                "upper-case user id     | Ada  | ada@example.com | Ada | 1   | user id 'Ada' must be 3 to 40",
                "user id too short      | a    | ada@example.com | Ada | 1   | user id 'a' must be 3 to 40"
            })
    @DisplayName("invalid input is refused with a sentence that names the problem")
    void refusesInvalidInput(String caseName, String userId, String email, String name, int repeat, String message) {
        String actualName = "N".equals(name) ? "N".repeat(repeat) : name;
        String bio = repeat == -1 ? "b".repeat(1_001) : "";

        assertThatThrownBy(() -> Profile.create(userId, email, actualName, bio))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageStartingWith("Invalid profile: ")
                .hasMessageContaining(message);
    }

    @Test
    @DisplayName("an email longer than SMTP allows is refused")
    void refusesOversizeEmail() {
        String email = "a".repeat(250) + "@example.com";

        assertThatThrownBy(() -> Profile.normalizeEmail(email))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageEndingWith("of at most 254 characters");
    }
}
