package com.example.dynamodb.support;

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
 * README code excerpts, taken from the source rather than pasted. In a source file a region is
 * marked with {@code // tag::name[]} and {@code // end::name[]}; in the README the fenced block
 * right after {@code <!-- excerpt: FileName.java#name -->} shows that region, indentation removed.
 *
 * <p>{@link ReadmeCheck} fails a module's tests when an excerpt has drifted. To refresh them after
 * editing the code (JDK only, no build needed):
 *
 * <pre>
 *   java support/readme/src/main/java/com/example/dynamodb/support/Excerpts.java 01-fundamentals/README.md
 * </pre>
 */
public final class Excerpts {

    /**
     * A marker, the opening fence, the shown code (group 4; null for an empty block), and the
     * closing fence: the first bare fence line, so a "```java" that opens the next block never
     * counts, and an empty block never swallows the text after it.
     */
    static final Pattern EXCERPT = Pattern.compile(
            "(<!-- excerpt: ([\\w./-]+)#([\\w-]+) -->\\s*\\n```\\w*\\n)(?:(.*?)\\n)??```(?=[ \\t]*(?:\\n|\\z))",
            Pattern.DOTALL);

    static final Pattern MARKER = Pattern.compile("<!-- excerpt:");

    /** One excerpt of a README: where it points and what it shows now. */
    public record Excerpt(String file, String tag, String shown) {}

    private Excerpts() {}

    public static List<Excerpt> find(String readme) {
        List<Excerpt> found = new ArrayList<>();
        Matcher m = EXCERPT.matcher(readme);
        while (m.find()) {
            found.add(new Excerpt(m.group(2), m.group(3), m.group(4) == null ? "" : m.group(4)));
        }
        return found;
    }

    /** How many excerpt markers the README has (each must be followed by a fenced block). */
    public static long markers(String readme) {
        return MARKER.matcher(readme).results().count();
    }

    /** The README with every excerpt replaced by the current region of its source. */
    public static String refresh(Path readme) {
        Path module = readme.toAbsolutePath().getParent();
        Matcher m = EXCERPT.matcher(read(readme));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String region = region(module, m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + region + "\n```"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The tagged region of the one source file under {@code module/src} with this name. */
    public static String region(Path module, String fileName, String tag) {
        Path source = findSource(module, fileName);
        List<String> lines = read(source).lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
                return dedent(lines.subList(start, i));
            }
        }
        throw new IllegalArgumentException(
                "No '// tag::" + tag + "[]' ... '// end::" + tag + "[]' region in " + source);
    }

    private static String dedent(List<String> region) {
        int indent = region.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return String.join(
                "\n",
                region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }

    private static Path findSource(Path module, String fileName) {
        try (Stream<Path> files = Files.walk(module.resolve("src"))) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().equals(fileName))
                    .toList();
            if (matches.size() != 1) {
                throw new IllegalArgumentException(
                        "Expected exactly one " + fileName + " under " + module.resolve("src") + ", found " + matches);
            }
            return matches.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text with Windows line ends (a CRLF checkout) read as {@code \n}. */
    static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} with the line ends the file already has (CRLF stays CRLF). */
    static void write(Path file, String text) throws IOException {
        boolean crlf = Files.exists(file) && Files.readString(file).contains("\r\n");
        Files.writeString(file, crlf ? text.replace("\n", "\r\n") : text);
    }

    /** Rewrites the excerpts of the READMEs given as arguments. */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path readme = Path.of(arg);
            System.out.println((rewrite(readme) ? "refreshed " : "up to date ") + readme);
        }
    }

    /** Rewrites the excerpts of one README in place; true if anything changed. */
    public static boolean rewrite(Path readme) throws IOException {
        String refreshed = refresh(readme);
        boolean changed = !refreshed.equals(read(readme));
        if (changed) {
            write(readme, refreshed);
        }
        return changed;
    }
}
