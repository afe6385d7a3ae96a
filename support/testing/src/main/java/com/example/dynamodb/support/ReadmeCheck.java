package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.dynamodb.support.Excerpts.Excerpt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a module README honest: its code excerpts equal the tagged regions of the source (see
 * {@link Excerpts}, which also refreshes them), and its relative links point at files that exist.
 */
public final class ReadmeCheck {

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
                                    + " java support/testing/src/main/java/com/example/dynamodb/support/Excerpts.java %s",
                            excerpt.file(), excerpt.tag(), readme)
                    .isEqualTo(Excerpts.region(module, excerpt.file(), excerpt.tag()));
        }
        assertThat(excerpts.size())
                .as("every '<!-- excerpt: ... -->' marker must be followed by a fenced code block")
                .isEqualTo((int) Excerpts.markers(text));
    }

    /** Every relative link (not http, not an anchor) points at a file or folder that exists. */
    public static void assertLinksResolve(Path readme) {
        Path folder = readme.toAbsolutePath().getParent();
        List<String> broken = new ArrayList<>();
        Matcher m = LINK.matcher(Excerpts.read(readme));
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
