import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nothing that is not open source enters the build without a line in the root README. Reads the
 * artifacts `mvn dependency:list` wrote (one file per module), finds each one's licence in its POM
 * or its parents' POMs in the local Maven repository, and fails, naming the artifact, when a licence
 * is not one of the open-source licences below and the artifact is not named in the README's
 * "Licences" section. Plain JDK, no build:
 *
 * <pre>java .ci/Licences.java ~/.m2/repository README.md LIST_FILE...</pre>
 */
public final class Licences {

    /** Licence names as POMs spell them, recognised as open source (OSI-approved). */
    static final List<Pattern> OPEN_SOURCE = List.of(
            Pattern.compile("(?i).*apache.*2.*"),
            Pattern.compile("(?i).*\\bMIT\\b.*"),
            Pattern.compile("(?i).*eclipse public license.*2.*|.*\\bEPL[- ]?2.*"),
            Pattern.compile("(?i).*\\bBSD\\b.*"),
            Pattern.compile("(?i).*bouncy castle licen[cs]e.*"),
            Pattern.compile("(?i).*lesser general public licen[cs]e.*|.*\\bLGPL.*"),
            Pattern.compile("(?i).*GPL.*(classpath|CPE).*"));

    static final Pattern ARTIFACT = Pattern.compile("^\\s+([^\\s:]+):([^\\s:]+):([^\\s:]+):([^\\s:]+):([a-z]+).*$");

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args[0]);
        if (!Files.isDirectory(repository)) {
            System.out.println("No local Maven repository at " + repository + ": set MAVEN_REPO_LOCAL to yours.");
            System.exit(1);
        }
        String readme = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Licences");
        String section = start < 0 ? "" : readme.substring(start, nextHeading(readme, start));
        Map<String, String> licences = new TreeMap<>();
        for (int i = 2; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]))) {
                Matcher m = ARTIFACT.matcher(line);
                if (m.matches() && !m.group(1).equals("com.example.dynamodb")) {
                    String id = m.group(1) + ":" + m.group(2) + ":" + m.group(4);
                    licences.computeIfAbsent(id, k -> licence(repository, m.group(1), m.group(2), m.group(4), 0)
                            .orElse("(no licence in its POM)"));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        TreeSet<String> kinds = new TreeSet<>();
        licences.forEach((id, licence) -> {
            kinds.add(licence);
            boolean open = OPEN_SOURCE.stream().anyMatch(p -> p.matcher(licence).matches());
            String ga = id.substring(0, id.lastIndexOf(':'));
            String artifactId = ga.substring(ga.indexOf(':') + 1);
            if (!open && !section.contains(artifactId)) {
                problems.add(id + " is under \"" + licence + "\", which is not an open-source licence this check"
                        + " knows: list it in README.md's \"Licences\" section (by its artifactId) with why it may"
                        + " enter, or leave it out.");
            }
        });
        System.out.println("Licences of " + licences.size() + " artifacts: " + String.join(" | ", kinds));
        if (licences.isEmpty()) {
            problems.add("No artifact was read: the dependency lists are empty or missing.");
        }
        problems.forEach(System.out::println);
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    static int nextHeading(String text, int from) {
        int next = text.indexOf("\n## ", from + 3);
        return next < 0 ? text.length() : next;
    }

    /** The names in the POM's licences element, or in its nearest parent's that has one. */
    static Optional<String> licence(Path repository, String group, String artifact, String version, int depth) {
        Path pom = repository.resolve(group.replace('.', '/'))
                .resolve(artifact)
                .resolve(version)
                .resolve(artifact + "-" + version + ".pom");
        if (depth > 8 || !Files.exists(pom)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        } catch (IOException e) {
            return Optional.empty();
        }
        Matcher licences = Pattern.compile("(?s)<licenses>(.*?)</licenses>").matcher(text);
        if (licences.find()) {
            List<String> names = new ArrayList<>();
            Matcher name = Pattern.compile("(?s)<name>\\s*(.*?)\\s*</name>").matcher(licences.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
            return Optional.of(String.join(" / ", names));
        }
        Matcher parent = Pattern.compile("(?s)<parent>(.*?)</parent>").matcher(text);
        if (parent.find()) {
            return licence(
                    repository,
                    tag(parent.group(1), "groupId"),
                    tag(parent.group(1), "artifactId"),
                    tag(parent.group(1), "version"),
                    depth + 1);
        }
        return Optional.empty();
    }

    static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">\\s*(.*?)\\s*</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : "";
    }
}
