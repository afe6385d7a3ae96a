import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Proves the workshop kit honest, from the surefire reports that `.ci/run` produced with one reactor
 * run per variant (`-Pexercises`, `-Pexercises -Dsolutions`,
 * `-Pexercises -Dexercises.source=exercise-mistakes`). Plain JDK, no build:
 *
 * <pre>java .ci/ExerciseProof.java [project root]</pre>
 *
 * For every module with {@code src/exercise-tests/java}, and every exercise test class {@code XTest}
 * there: {@code X.java} exists as a stub, a solution and a mistake; the stub throws an
 * UnsupportedOperationException whose message names its exercise ("Exercise NN.k Name: not solved
 * yet — start in src/exercises/java/.../X.java"); on the solution every test passes; on the stub
 * every test fails with that message; on the mistake at least one test fails. Every stub has a test
 * class. Prints a table, then each problem as a sentence; exits 1 if there is any.
 */
public final class ExerciseProof {

    static final String STUBS = "exercises";
    static final String SOLUTIONS = "exercise-solutions";
    static final String MISTAKES = "exercise-mistakes";
    static final String TESTS = "exercise-tests";
    static final Pattern MESSAGE = Pattern.compile("Exercise (\\d{2})\\.(\\d+) ([^:\"]+): not solved yet");

    /** What one variant's report says about one test class. */
    record Run(int tests, int failed, int skipped, List<String> failureTexts) {
        static final Run MISSING = new Run(-1, 0, 0, List.of());

        boolean missing() {
            return tests < 0;
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int proven = 0;
        int exercises = 0;
        for (Path module : modulesWithExercises(root)) {
            String moduleName = root.relativize(module).toString();
            Path tests = module.resolve("src").resolve(TESTS).resolve("java");
            List<Path> testClasses = javaFiles(tests).stream()
                    .filter(p -> p.getFileName().toString().endsWith("Test.java"))
                    .toList();
            if (testClasses.isEmpty()) {
                problems.add(moduleName + " has src/" + TESTS + "/java but no *Test.java class in it.");
            }
            // Every stub needs its tests, or nobody proves it.
            for (Path stub : javaFiles(module.resolve("src").resolve(STUBS).resolve("java"))) {
                Path relative = module.resolve("src").resolve(STUBS).resolve("java").relativize(stub);
                String testName = relative.toString().replaceAll("\\.java$", "Test.java");
                if (!Files.exists(tests.resolve(testName))) {
                    problems.add(moduleName + ": the stub src/" + STUBS + "/java/" + relative
                            + " has no test class src/" + TESTS + "/java/" + testName + ".");
                }
            }
            for (Path testFile : testClasses) {
                exercises++;
                int before = problems.size();
                Path relativeTest = tests.relativize(testFile);
                String className = relativeTest.toString().replace('/', '.').replaceAll("\\.java$", "");
                String simpleName = testFile.getFileName().toString().replaceAll("\\.java$", "");
                Path exerciseFile = Path.of(relativeTest.toString().replaceAll("Test\\.java$", ".java"));
                String where = moduleName + " " + simpleName;

                for (String variant : List.of(STUBS, SOLUTIONS, MISTAKES)) {
                    if (!Files.exists(module.resolve("src").resolve(variant).resolve("java").resolve(exerciseFile))) {
                        problems.add(where + " has no counterpart src/" + variant + "/java/" + exerciseFile
                                + " (stub, solution and mistake must all define the class it tests).");
                    }
                }
                String exercise = "?";
                String message = null;
                Path stubFile = module.resolve("src").resolve(STUBS).resolve("java").resolve(exerciseFile);
                if (Files.exists(stubFile)) {
                    // Join string literals split over lines: "a" + "b" reads as "ab".
                    String source = Files.readString(stubFile).replaceAll("\"\\s*\\+\\s*\"", "");
                    Matcher m = MESSAGE.matcher(source);
                    String expectedPath = "src/" + STUBS + "/java/" + exerciseFile.toString().replace('\\', '/');
                    String number = moduleName.length() >= 2 ? moduleName.substring(0, 2) : moduleName;
                    if (!source.contains("new UnsupportedOperationException(") || !m.find()) {
                        problems.add(where + ": the stub " + expectedPath + " does not throw an"
                                + " UnsupportedOperationException(\"Exercise NN.k Name: not solved yet — start in "
                                + expectedPath + "; see README 'Exercises'\").");
                    } else {
                        exercise = m.group(1) + "." + m.group(2);
                        message = m.group(0);
                        if (!m.group(1).equals(number)) {
                            problems.add(where + ": the stub calls itself Exercise " + exercise + " but the module is "
                                    + moduleName + ": number it " + number + ".k.");
                        }
                        if (!source.contains(expectedPath)) {
                            problems.add(where + ": the stub's message does not tell where to start (" + expectedPath
                                    + ").");
                        }
                    }
                }

                Run solution = read(module, SOLUTIONS, className);
                Run stub = read(module, STUBS, className);
                Run mistake = read(module, MISTAKES, className);
                for (var entry : List.of(
                        new Object[] {SOLUTIONS, solution}, new Object[] {STUBS, stub}, new Object[] {MISTAKES, mistake})) {
                    Run run = (Run) entry[1];
                    if (run.missing()) {
                        problems.add(where + ": no test report in " + moduleName + "/target/" + entry[0]
                                + "/surefire-reports (did `mvn test -Pexercises` run this variant?).");
                    } else if (run.tests() == 0) {
                        problems.add(where + ": the " + entry[0] + " run executed no test of it.");
                    }
                }
                if (!solution.missing() && solution.tests() > 0 && (solution.failed() > 0 || solution.skipped() > 0)) {
                    problems.add(where + ": " + (solution.failed() + solution.skipped()) + " of " + solution.tests()
                            + " tests do not pass on the reference solution; the solution or the tests are wrong.");
                }
                if (!stub.missing() && stub.tests() > 0) {
                    if (stub.failed() < stub.tests()) {
                        problems.add(where + ": " + (stub.tests() - stub.failed()) + " of " + stub.tests()
                                + " tests pass on the untouched stub; a test that passes without a solution proves"
                                + " nothing.");
                    }
                    if (message != null) {
                        String expected = message;
                        long unexplained = stub.failureTexts().stream()
                                .filter(t -> !(t.contains("UnsupportedOperationException") && t.contains(expected)))
                                .count();
                        if (unexplained > 0) {
                            problems.add(where + ": " + unexplained + " test(s) fail on the stub without its"
                                    + " UnsupportedOperationException(\"" + expected + " ...\"), so a participant"
                                    + " would not see which exercise to start.");
                        }
                    }
                }
                if (!mistake.missing() && mistake.tests() > 0 && mistake.failed() == 0) {
                    problems.add(where + ": every test passes on the plausible wrong solution in src/" + MISTAKES
                            + "/java/" + exerciseFile + "; the tests do not catch that mistake.");
                }
                if (problems.size() == before) {
                    proven++;
                }
                rows.add(new String[] {
                    moduleName,
                    exercise,
                    simpleName,
                    outcome(solution),
                    outcome(stub),
                    outcome(mistake),
                    problems.size() == before ? "proven" : "PROBLEM"
                });
            }
        }

        rows.sort((a, b) -> (a[0] + " " + a[1] + " " + a[2]).compareTo(b[0] + " " + b[1] + " " + b[2]));
        print(rows);
        if (exercises == 0) {
            problems.add("No module has src/" + TESTS + "/java: there is no exercise to prove.");
        }
        if (!problems.isEmpty()) {
            System.out.println();
            System.out.println("The workshop kit is not honest yet:");
            problems.forEach(p -> System.out.println("  - " + p));
        }
        System.out.println();
        System.out.println("exercises: " + proven + " passed, " + (exercises - proven) + " failed");
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    static List<Path> modulesWithExercises(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root, 3)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("src").resolve(TESTS).resolve("java")))
                    .filter(d -> Files.exists(d.resolve("pom.xml")))
                    .filter(d -> !root.relativize(d).toString().contains("target"))
                    .sorted()
                    .toList();
        }
    }

    static List<Path> javaFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static Run read(Path module, String variant, String className) throws Exception {
        Path report = module.resolve("target")
                .resolve(variant)
                .resolve("surefire-reports")
                .resolve("TEST-" + className + ".xml");
        if (!Files.exists(report)) {
            return Run.MISSING;
        }
        Element suite = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(report.toFile())
                .getDocumentElement();
        NodeList cases = suite.getElementsByTagName("testcase");
        int failed = 0;
        int skipped = 0;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            StringBuilder text = new StringBuilder();
            boolean bad = false;
            for (String tag : List.of("failure", "error")) {
                NodeList found = testCase.getElementsByTagName(tag);
                for (int j = 0; j < found.getLength(); j++) {
                    Element e = (Element) found.item(j);
                    bad = true;
                    text.append(e.getAttribute("type"))
                            .append(": ")
                            .append(e.getAttribute("message"))
                            .append('\n')
                            .append(e.getTextContent());
                }
            }
            if (bad) {
                failed++;
                texts.add(text.toString());
            } else if (testCase.getElementsByTagName("skipped").getLength() > 0) {
                skipped++;
            }
        }
        return new Run(cases.getLength(), failed, skipped, texts);
    }

    static String outcome(Run run) {
        if (run.missing()) {
            return "no report";
        }
        int passed = run.tests() - run.failed() - run.skipped();
        return String.format(Locale.ROOT, "%d/%d pass", passed, run.tests());
    }

    static void print(List<String[]> rows) {
        String[] header = {"module", "exercise", "test class", "solution", "stub", "mistake", "verdict"};
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        System.out.println("Workshop kit: solutions must pass, stubs and mistakes must fail.");
        System.out.println(line(header, width));
        StringBuilder rule = new StringBuilder("|");
        for (int w : width) {
            rule.append("-".repeat(w + 2)).append('|');
        }
        System.out.println(rule);
        rows.forEach(r -> System.out.println(line(r, width)));
    }

    static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(String.format("%-" + width[i] + "s", cells[i])).append(" |");
        }
        return b.toString();
    }
}
