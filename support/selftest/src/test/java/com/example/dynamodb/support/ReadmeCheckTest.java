package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeCheckTest {

    @TempDir
    Path module;

    @BeforeEach
    void writeSource() throws IOException {
        Path dir = Files.createDirectories(module.resolve("src/main/java/x"));
        Files.writeString(dir.resolve("Example.java"), """
        class Example {
          void run() {
            // tag::greet[]
            String greeting = "hello";
            greeting.strip();
            // end::greet[]
          }
        }
        """);
    }

    private Path readme(String text) throws IOException {
        return Files.writeString(module.resolve("README.md"), text);
    }

    @Test
    @DisplayName("an excerpt equal to the tagged region passes")
    void matchingExcerpt() throws IOException {
        ReadmeCheck.assertExcerptsMatchSource(readme("""
            See [the class](src/main/java/x/Example.java).
            <!-- excerpt: Example.java#greet -->
            ```java
            String greeting = "hello";
            greeting.strip();
            ```
            """));
        ReadmeCheck.assertLinksResolve(module.resolve("README.md"));
    }

    @Test
    @DisplayName("an excerpt that drifted from the source fails and says which one")
    void driftedExcerpt() throws IOException {
        Path readme = readme("""
            <!-- excerpt: Example.java#greet -->
            ```java
            String greeting = "hi";
            greeting.strip();
            ```
            """);
        assertThatThrownBy(() -> ReadmeCheck.assertExcerptsMatchSource(readme))
                .hasMessageContaining("Example.java#greet has drifted");
    }

    @Test
    @DisplayName("an excerpt naming a missing tag fails")
    void missingTag() throws IOException {
        Path readme = readme("<!-- excerpt: Example.java#nope -->\n```java\nx\n```\n");
        assertThatThrownBy(() -> ReadmeCheck.assertExcerptsMatchSource(readme)).hasMessageContaining("tag::nope[]");
    }

    @Test
    @DisplayName("refreshing rewrites a drifted excerpt from the source and leaves the rest alone")
    void refreshRewritesExcerpt() throws IOException {
        Path readme = readme("""
            Intro.
            <!-- excerpt: Example.java#greet -->
            ```java
            old text
            ```
            Outro.
            """);

        Excerpts.rewrite(readme);

        assertThat(Files.readString(readme)).isEqualTo("""
            Intro.
            <!-- excerpt: Example.java#greet -->
            ```java
            String greeting = "hello";
            greeting.strip();
            ```
            Outro.
            """);
        ReadmeCheck.assertExcerptsMatchSource(readme);
    }

    @Test
    @DisplayName("a link to a file that does not exist fails")
    void brokenLink() throws IOException {
        Path readme = readme("See [gone](src/main/java/x/Gone.java) and [web](https://example.com).");
        assertThatThrownBy(() -> ReadmeCheck.assertLinksResolve(readme)).hasMessageContaining("Gone.java");
    }

    @Test
    @DisplayName("fences that open and close pass, an indented fence in a list included")
    void closedFences() throws IOException {
        Path readme =
                readme("Text.\n```java\nint x;\n```\n- item\n  ```bash\n  ls\n  ```\n````markdown\n```java\n````\n");
        ReadmeCheck.assertFencesClose(readme);
    }

    @Test
    @DisplayName("a fence still open when the next one opens fails, naming both lines")
    void fenceOpenWhenNextOpens() throws IOException {
        Path readme = readme("```java\nint x;\n\n```java\nint y;\n```\n");
        assertThatThrownBy(() -> ReadmeCheck.assertFencesClose(readme))
                .hasMessageContaining("opened at line 1 is still open when line 4 opens another");
    }

    @Test
    @DisplayName("a fence that never closes fails")
    void fenceNeverCloses() throws IOException {
        Path readme = readme("Text.\n```bash\nls\n");
        assertThatThrownBy(() -> ReadmeCheck.assertFencesClose(readme))
                .hasMessageContaining("opened at line 2 never closes");
    }

    @Test
    @DisplayName("an excerpt whose closing fence is missing is not closed by the next block's opening fence")
    void excerptNeedsABareClosingFence() throws IOException {
        Path readme = readme("""
            <!-- excerpt: Example.java#greet -->
            ```java
            String greeting = "hello";
            greeting.strip();
            ```java
            more
            ```
            """);
        assertThatThrownBy(() -> ReadmeCheck.assertExcerptsMatchSource(readme))
                .hasMessageContaining("Example.java#greet has drifted");
    }

    @Test
    @DisplayName("a link to a section of the page must name one of its headings")
    void sectionLinks() throws IOException {
        Path good =
                readme("## Contents\n- [Run it](#run-it) · [1. Keys: simple + composite](#1-keys-simple--composite)\n"
                        + "## Run it\n### 1. Keys: simple + composite\n");
        ReadmeCheck.assertLinksResolve(good);
        Path bad = readme("## Contents\n- [Run it](#run-it-now)\n## Run it\n");
        assertThatThrownBy(() -> ReadmeCheck.assertLinksResolve(bad)).hasMessageContaining("#run-it-now");
    }

    @Test
    @DisplayName("refreshing fills an empty excerpt block and leaves the blocks after it alone")
    void refreshFillsAnEmptyBlock() throws IOException {
        Path readme = readme("""
            <!-- excerpt: Example.java#greet -->
            ```java
            ```

            ```bash
            echo kept
            ```
            """);
        assertThatThrownBy(() -> ReadmeCheck.assertExcerptsMatchSource(readme))
                .hasMessageContaining("Example.java#greet has drifted");

        Excerpts.rewrite(readme);

        assertThat(Files.readString(readme)).isEqualTo("""
            <!-- excerpt: Example.java#greet -->
            ```java
            String greeting = "hello";
            greeting.strip();
            ```

            ```bash
            echo kept
            ```
            """);
    }

    @Test
    @DisplayName("a Windows checkout (CRLF line ends) of a real lesson passes the excerpt and fence checks")
    void crlfCheckoutOfALesson(@TempDir Path windows) throws IOException {
        // What Git for Windows with core.autocrlf=true checks out: every text file with CRLF.
        Path lesson = Path.of("../../03-crud").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(lesson.resolve("src"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = Files.createDirectories(
                                windows.resolve(lesson.relativize(file)).getParent())
                        .resolve(file.getFileName());
                Files.writeString(target, Files.readString(file).replace("\n", "\r\n"));
            }
        }
        Path readme = Files.writeString(
                windows.resolve("README.md"),
                Files.readString(lesson.resolve("README.md")).replace("\n", "\r\n"));
        assertThat(Excerpts.find(Files.readString(readme)))
                .as("excerpts the raw CRLF text holds")
                .isEmpty();

        ReadmeCheck.assertExcerptsMatchSource(readme);
        ReadmeCheck.assertFencesClose(readme);

        // Refreshing changes nothing and keeps the file's CRLF line ends.
        String before = Files.readString(readme);
        Excerpts.rewrite(readme);
        assertThat(Files.readString(readme)).isEqualTo(before);
    }
}
