package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.Excerpts.Excerpt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a module README honest: its code excerpts equal the tagged regions of the source (see
 * {@link Excerpts}, which also refreshes them), every code fence it opens is closed, and its
 * relative links point at files that exist.
 */
public final class ReadmeCheck {

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,})(.*)$");
    private static final Pattern SECTION_LINK = Pattern.compile("\\]\\(#([^)\\s]+)\\)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private ReadmeCheck() {}

    /** Every excerpt in {@code readme} equals the tagged region of the source it names. */
    public static void assertExcerptsMatchSource(Path readme) {
        String text = Excerpts.read(readme);
        Path module = readme.toAbsolutePath().getParent();
        List<Excerpt> excerpts = Excerpts.find(text);
        for (Excerpt excerpt : excerpts) {
            assertThat(excerpt.shown())
                    .as(
                            "README excerpt %s#%s has drifted from the source; refresh it with"
                                    + " java support/readme/src/main/java/com/example/dynamodb/support/Excerpts.java %s",
                            excerpt.file(), excerpt.tag(), readme)
                    .isEqualTo(Excerpts.region(module, excerpt.file(), excerpt.tag()));
        }
        assertThat(excerpts.size())
                .as("every '<!-- excerpt: ... -->' marker must be followed by a fenced code block")
                .isEqualTo((int) Excerpts.markers(text));
    }

    /**
     * Every code fence opens and closes. A fence left open turns the rest of the page into one code
     * block on GitHub; the usual sign is a "```java" line while a block is still open.
     */
    public static void assertFencesClose(Path readme) {
        assertThat(fenceProblems(Excerpts.read(readme)))
                .as("code fences in %s", readme)
                .isEmpty();
    }

    /** One sentence per fence that does not close, naming its line. */
    public static List<String> fenceProblems(String markdown) {
        List<String> problems = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        int openTicks = 0;
        int openLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FENCE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int ticks = m.group(1).length();
            boolean bare = m.group(2).isBlank();
            if (openTicks == 0) {
                openTicks = ticks;
                openLine = i + 1;
            } else if (ticks >= openTicks && bare) {
                openTicks = 0; // closed
            } else if (ticks >= openTicks) {
                problems.add("the code block opened at line " + openLine + " is still open when line " + (i + 1)
                        + " opens another ('" + lines.get(i).trim() + "'): close it with a bare ``` line");
                openTicks = ticks;
                openLine = i + 1;
            }
        }
        if (openTicks != 0) {
            problems.add("the code block opened at line " + openLine + " never closes");
        }
        return problems;
    }

    /**
     * Every relative link (not http) points at a file or folder that exists, and every link to a
     * section of the same page ({@code (#run-it)}) at one of its headings.
     */
    public static void assertLinksResolve(Path readme) {
        Path folder = readme.toAbsolutePath().getParent();
        List<String> broken = new ArrayList<>();
        String text = Excerpts.read(readme);
        Set<String> anchors = ApiIndex.anchors(text);
        Matcher section = SECTION_LINK.matcher(text);
        while (section.find()) {
            if (!anchors.contains(section.group(1))) {
                broken.add("#" + section.group(1));
            }
        }
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (target.contains("://") || target.startsWith("mailto:")) {
                continue;
            }
            if (!Files.exists(folder.resolve(target).normalize())) {
                broken.add(target);
            }
        }
        assertThat(broken).as("broken relative links in %s", readme).isEmpty();
    }
}
