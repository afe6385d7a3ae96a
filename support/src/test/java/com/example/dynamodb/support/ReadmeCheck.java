package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps a module README honest. Code excerpts are never pasted by hand: in the source, a region is
 * marked with {@code // tag::name[]} and {@code // end::name[]}; in the README, the fenced block
 * right after {@code <!-- excerpt: FileName.java#name -->} must equal that region (indentation
 * removed). Relative links to files must point at files that exist.
 */
public final class ReadmeCheck {

  private static final Pattern EXCERPT =
      Pattern.compile("<!-- excerpt: ([\\w./-]+)#([\\w-]+) -->\\s*\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern MARKER = Pattern.compile("<!-- excerpt:");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

  private ReadmeCheck() {}

  /** Every excerpt in {@code readme} equals the tagged region of the source it names. */
  public static void assertExcerptsMatchSource(Path readme) {
    String text = read(readme);
    Path module = readme.toAbsolutePath().getParent();
    Matcher m = EXCERPT.matcher(text);
    int found = 0;
    while (m.find()) {
      found++;
      Path source = findSource(module, m.group(1));
      String region = region(read(source), m.group(2), source);
      assertThat(m.group(3))
          .as("README excerpt %s#%s has drifted from the source; copy the region again", m.group(1), m.group(2))
          .isEqualTo(region);
    }
    long markers = MARKER.matcher(text).results().count();
    assertThat(found).as("every '<!-- excerpt: ... -->' marker must be followed by a fenced code block").isEqualTo((int) markers);
  }

  /** Every relative link (not http, not an anchor) points at a file or folder that exists. */
  public static void assertLinksResolve(Path readme) {
    Path folder = readme.toAbsolutePath().getParent();
    List<String> broken = new ArrayList<>();
    Matcher m = LINK.matcher(read(readme));
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

  /** The lines between the tag markers, with their common indentation removed. */
  static String region(String source, String tag, Path where) {
    List<String> lines = source.lines().toList();
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
        end = i;
        break;
      }
    }
    assertThat(start).as("no '// tag::%s[]' in %s", tag, where).isNotNegative();
    assertThat(end).as("no '// end::%s[]' after the tag in %s", tag, where).isNotNegative();
    List<String> region = lines.subList(start, end);
    int indent =
        region.stream().filter(l -> !l.isBlank()).mapToInt(ReadmeCheck::leadingSpaces).min().orElse(0);
    return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }

  private static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static Path findSource(Path module, String name) {
    try (Stream<Path> files = Files.walk(module.resolve("src"))) {
      List<Path> matches = files.filter(p -> p.toString().endsWith("/" + name) || p.getFileName().toString().equals(name)).toList();
      assertThat(matches).as("exactly one source file named %s under %s/src", name, module).hasSize(1);
      return matches.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
