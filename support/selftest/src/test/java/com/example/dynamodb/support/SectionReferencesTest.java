package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README sections that WORKSHOP.md and the exercises quote exist; the check catches the ones that do not. */
class SectionReferencesTest {

    /** Tests run in support/selftest. */
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @TempDir
    Path root;

    @BeforeEach
    void twoModules() throws IOException {
        write("04-query-scan/README.md", """
                # 04 Query and Scan
                ## Walkthrough
                ### 6. FilterExpression
                **Core** · 10 min · prerequisites: section 1
                ### 7. Query vs Scan, measured
                *Core, 15 minutes.* [`QueryVsScan`](src/main/java/QueryVsScan.java)
                ### 8. Pagination done right
                ```text
                ### 10. Query vs Scan (inside a code block: not a heading)
                ```
                ### 10. Resume tokens for a REST API (deep dive, 20 min)
                """);
        write("05-advanced-features/README.md", """
                # 05 Advanced features
                ### 3. Stream to Lambda, with partial batch failures
                *Core · 20 min · needs: section 1.*
                #### Deploying the handler
                """);
    }

    private Path write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }

    private List<String> workshop(String text) throws IOException {
        return SectionReferences.markdownProblems(root, write("WORKSHOP.md", text)).stream()
                .map(Object::toString)
                .toList();
    }

    private List<String> stub(String module, String javadoc) throws IOException {
        write(
                module + "/src/exercises/java/x/exercises/Stub.java",
                "package x.exercises;\n\n/**\n" + javadoc
                        + "\n */\nclass Stub {\n    String s = \"9. Not a Javadoc quote\";\n}\n");
        return SectionReferences.exerciseProblems(root, root.resolve(module)).stream()
                .map(Object::toString)
                .toList();
    }

    @Test
    @DisplayName("WORKSHOP.md: a section number that points at another section is caught, with its line")
    void wrongNumberInWorkshop() throws IOException {
        List<String> problems = workshop("""
                # Agenda

                | start | min | slot |
                |---|---|---|
                | 0:10 | 15 | **04 Query and Scan.** Present (core): "6. FilterExpression", "10. Query vs Scan". |
                """);

        assertThat(problems)
                .containsExactly("WORKSHOP.md:5 quotes \"10. Query vs Scan\": no heading of 04-query-scan/README.md"
                        + " starts with it");
    }

    @Test
    @DisplayName("WORKSHOP.md: titles and their starts pass; the module comes from the row, a bold label or 'NN's'")
    void rightReferencesPass() throws IOException {
        List<String> problems = workshop("""
                | 0:10 | 15 | **04 Query and Scan.** Show `mvn -q -pl 04-query-scan compile exec:java`. Present "7. Query vs Scan". |
                | 0:25 | 5 | Debrief 04.1: see "6. FilterExpression" and 05's "3. Stream to Lambda". |

                **05 Advanced features**
                - A belief. Ask: *a question?* (The answer: the section "Deploying the handler".)
                """);

        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName(
            "WORKSHOP.md: a section called core or deep dive, or given minutes, must carry that mark in its README")
    void marksAgreeWithTheReadme() throws IOException {
        List<String> problems = workshop("""
                | 0:10 | 40 | **04 Query and Scan.** Present (core): "6. FilterExpression" (10), "7. Query vs Scan" (20), "10. Resume tokens" (20). |
                | 0:50 | 20 | **04 Query and Scan.** Present (core, 10 min each): "6. FilterExpression", "8. Pagination done right". |
                | 1:10 | 5 | Debrief 05.1: 05's "3. Stream to Lambda" is a deep dive (20 min) for the homework. |

                Core sections of 04 not presented: 04 "7. Query vs Scan". Deep dives worth naming: 04 "10. Resume tokens",
                "6. FilterExpression"; 05's "3. Stream to Lambda" (20).
                """);

        assertThat(problems)
                .containsExactly(
                        "WORKSHOP.md:1 quotes \"7. Query vs Scan\": it is called core (20 min) here, but"
                                + " 04-query-scan/README.md marks it core (15 min)",
                        "WORKSHOP.md:1 quotes \"10. Resume tokens\": it is called core (20 min) here, but"
                                + " 04-query-scan/README.md marks it deep dive (20 min)",
                        "WORKSHOP.md:2 quotes \"8. Pagination done right\": it is called core (10 min) here, but"
                                + " 04-query-scan/README.md gives the section no mark (core or deep dive, and its minutes)",
                        "WORKSHOP.md:3 quotes \"3. Stream to Lambda\": it is called deep dive (20 min) here, but"
                                + " 05-advanced-features/README.md marks it core (20 min)",
                        "WORKSHOP.md:6 quotes \"6. FilterExpression\": it is called deep dive here, but"
                                + " 04-query-scan/README.md marks it core (10 min)",
                        "WORKSHOP.md:6 quotes \"3. Stream to Lambda\": it is called deep dive (20 min) here, but"
                                + " 05-advanced-features/README.md marks it core (20 min)");
    }

    @Test
    @DisplayName("WORKSHOP.md: a section quoted from the wrong module's README is caught")
    void wrongModuleInWorkshop() throws IOException {
        assertThat(workshop("| 1:00 | 20 | **Exercise 05.1** Read \"6. FilterExpression\" first. |\n"))
                .singleElement()
                .asString()
                .contains("\"6. FilterExpression\": no heading of 05-advanced-features/README.md");
    }

    @Test
    @DisplayName("WORKSHOP.md: a numbered quote with no module named before it is caught")
    void noModule() throws IOException {
        assertThat(workshop("Wrap-up: \"6. FilterExpression\".\n"))
                .singleElement()
                .asString()
                .contains("no module is named before it");
    }

    @Test
    @DisplayName("an exercise Javadoc: a wrong section number (04.1's old \"7. FilterExpression\") is caught")
    void wrongNumberInJavadoc() throws IOException {
        List<String> problems = stub("04-query-scan", """
                 * Exercise 04.1 Pagination past empty pages (15 minutes). Read first: README sections "7.
                 * FilterExpression" and "8. Pagination done right".""");

        assertThat(problems)
                .containsExactly(
                        "04-query-scan/src/exercises/java/x/exercises/Stub.java:4 quotes \"7. FilterExpression\":"
                                + " no heading of 04-query-scan/README.md starts with it");
    }

    @Test
    @DisplayName("an exercise Javadoc: unnumbered titles after 'section' are checked too; code strings are not")
    void unnumberedAfterSection() throws IOException {
        assertThat(stub("05-advanced-features", """
                 * Read first: README sections "3. Stream to Lambda" and "Deploying the handler".
                 * The handler ignores records such as "10. whatever" when they are not numbered sections? No:
                 * any numbered quote is a reference.""")).singleElement().asString().contains("\"10. whatever\"");
        assertThat(stub("05-advanced-features", " * Read README section \"Deploying the lambda\" first."))
                .singleElement()
                .asString()
                .contains("\"Deploying the lambda\": no heading of 05-advanced-features/README.md");
    }

    @Test
    @DisplayName("the assertion names every problem")
    void assertionNamesProblems() throws IOException {
        stub("04-query-scan", " * Read first: README section \"9. Parallel scan\".");

        assertThatThrownBy(() -> SectionReferences.assertExerciseReferencesExist(root.resolve("04-query-scan")))
                .hasMessageContaining("\"9. Parallel scan\"")
                .hasMessageContaining("Stub.java:4");
    }

    @Test
    @DisplayName("WORKSHOP.md and the design challenges of this repository quote only sections that exist")
    void workshopOfThisRepository() throws IOException {
        SectionReferences.assertMarkdownReferencesExist(ROOT, ROOT.resolve("WORKSHOP.md"));
        try (Stream<Path> challenges = Files.list(ROOT.resolve("workshop"))) {
            for (Path markdown :
                    challenges.filter(p -> p.toString().endsWith(".md")).toList()) {
                SectionReferences.assertMarkdownReferencesExist(ROOT, markdown);
            }
        }
    }

    @Test
    @DisplayName(
            "every relative link of WORKSHOP.md and of workshop/*.md points at a file, every in-page one at a heading")
    void workshopLinksResolve() throws IOException {
        ReadmeCheck.assertLinksResolve(ROOT.resolve("WORKSHOP.md"));
        try (Stream<Path> challenges = Files.list(ROOT.resolve("workshop"))) {
            for (Path markdown :
                    challenges.filter(p -> p.toString().endsWith(".md")).toList()) {
                ReadmeCheck.assertLinksResolve(markdown);
                assertThat(ReadmeCheck.fenceProblems(Files.readString(markdown)))
                        .as("fences of %s", markdown)
                        .isEmpty();
            }
        }
    }
}
