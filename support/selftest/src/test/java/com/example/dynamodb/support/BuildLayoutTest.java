package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Guards the layout that makes the corpus open cleanly in an IDE: no folder is a source root of two
 * modules. IntelliJ IDEA keeps such a folder in one module and drops it from the others, so the
 * classes in it stop resolving everywhere else. Shared code belongs in a support module that
 * lessons depend on, never in an extra source folder outside the module.
 */
class BuildLayoutTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    @DisplayName("every extra source folder a pom adds lies inside the module that builds it")
    void noSourceFolderOutsideItsModule() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, String> parentProperties = properties(parse(ROOT.resolve("pom.xml")));
        for (Path pom : poms()) {
            Document doc = parse(pom);
            Map<String, String> known = new HashMap<>(parentProperties);
            known.putAll(properties(doc));
            for (String folder : sourceFolders(doc)) {
                String resolved = resolve(folder, known);
                if (resolved.contains("${") || !insideModule(resolved)) {
                    problems.add(ROOT.relativize(pom) + " adds source folder " + folder);
                }
            }
        }
        assertThat(problems)
                .as("source folders outside their module (one folder in two modules breaks IDE imports);"
                        + " move shared code into a support module and depend on it")
                .isEmpty();
    }

    @Test
    @DisplayName("the check itself catches a source folder borrowed from a sibling")
    void theCheckCatchesABorrowedFolder() {
        Map<String, String> known = Map.of("support.dir", "${project.basedir}/../support");
        assertThat(insideModule(resolve("${project.basedir}/src/bench/java", known)))
                .isTrue();
        assertThat(insideModule(resolve("${support.dir}/src/main/java", known))).isFalse();
        assertThat(insideModule(resolve("../support/src/test/java", known))).isFalse();
    }

    /** Every pom of the corpus, root included, not those copied into build output. */
    private static List<Path> poms() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !ROOT.relativize(p).toString().contains("target"))
                    .filter(p -> !ROOT.relativize(p).startsWith(".git"))
                    .toList();
        }
    }

    /** Folders given to build-helper's add-source/add-test-source, and any source directory override. */
    private static List<String> sourceFolders(Document doc) {
        List<String> folders = new ArrayList<>();
        for (String tag : List.of("source", "sourceDirectory", "testSourceDirectory")) {
            NodeList nodes = doc.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                // <source> also names a compiler release in some plugins: only path-like values count.
                String value = node.getTextContent().trim();
                if (value.contains("/") || value.contains("${")) {
                    folders.add(value);
                }
            }
        }
        return folders;
    }

    /** Paths are checked relative to the module: "${project.basedir}" is the module folder. */
    private static String resolve(String folder, Map<String, String> known) {
        String value = folder;
        for (int round = 0; round < 5; round++) {
            Matcher m = PROPERTY.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String replacement = name.equals("project.basedir") || name.equals("basedir")
                        ? "MODULE"
                        : known.getOrDefault(name, m.group());
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            value = out.toString();
        }
        return value;
    }

    private static boolean insideModule(String resolved) {
        Path path = Path.of(resolved.startsWith("MODULE") ? resolved : "MODULE/" + resolved);
        return path.normalize().startsWith("MODULE") && !resolved.contains("..");
    }

    private static Map<String, String> properties(Document doc) {
        Map<String, String> map = new HashMap<>();
        NodeList blocks = doc.getElementsByTagName("properties");
        for (int i = 0; i < blocks.getLength(); i++) {
            NodeList children = blocks.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element e) {
                    map.putIfAbsent(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        return map;
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }
}
