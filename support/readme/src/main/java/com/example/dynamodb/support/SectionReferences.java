package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the references to README sections true. WORKSHOP.md and the exercises' Javadoc quote lesson
 * sections by title ("5. Composite primary key"); a section renumbered or renamed leaves them
 * pointing at nothing, or at the wrong lesson. A quote is a reference when it starts with a section
 * number ({@code "7. Query vs Scan"}) or stands after the word "section(s)" in its sentence
 * ({@code section "Deploying the handler"}); it must equal a heading of the right README, or be the
 * start of one up to a word boundary ({@code "4. Simple primary key"} for "4. Simple primary key: a
 * partition key alone").
 *
 * <p>The right README: in an exercise source, its module's, unless the sentence names another module
 * before the quote. In WORKSHOP.md, the module named last before the quote in the same table row,
 * list item or paragraph ({@code **02 Modeling.**}, {@code Exercise 02.1}, {@code 02-modeling},
 * {@code module 02}, {@code 02's}, {@code 02 "...}), else by the last heading or bold line that
 * names one (the instructor notes' {@code **02 Modeling**}).
 *
 * <p>WORKSHOP.md also times its agendas from the READMEs' marks, so a quote it calls core or deep
 * dive, or gives minutes ({@code Present (core): "3. Global secondary indexes" (25)}, {@code Present
 * (core, 10 min each): ...}, {@code "5. Concurrency" is a deep dive (20 min)}, the lists after "Core
 * sections of" and "Deep dives worth naming"), must carry that mark in its README: under the heading
 * ({@code **Core** · 10 min}, {@code *Deep dive, 20 minutes.*}) or in it ({@code (core, 20 min)}).
 */
public final class SectionReferences {

    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{2,160})\"");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.\\s+\\S.*");
    private static final Pattern SECTION_WORD = Pattern.compile("(?i)\\bsections?\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](\\s|$)");
    private static final Pattern MODULE = Pattern.compile("\\*\\*(0[1-9]|10)[ ,.]|[Mm]odule (0[1-9]|10)\\b"
            + "|(?<![\\w:.,/#*-])(0[1-9]|10)(?=-[a-z]|\\.\\d|'s\\b| [A-Z][a-z]| §| *\")");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}```.*");
    /** A README's mark under (or in) a heading: "**Core** · 10 min", "*Deep dive, 20 minutes.*", "(core, 20 min)". */
    private static final Pattern README_MARK = Pattern.compile("(?i)\\b(core|deep dive)\\b\\W{0,6}(\\d+)\\s*min");
    /** A claim right after a quote: {@code "..." (15)}, {@code (35: ...)}, {@code "..." is a deep dive (20 min)}. */
    private static final Pattern CLAIM_AFTER =
            Pattern.compile("^\\s*(?:is an? (core|deep dive) )?\\((\\d+)(?: min(?:utes)?)?[,):]");
    /** A claim for the quotes after it in its block: "Present (core, 10 min each):", "Deep dives worth naming". */
    private static final Pattern CLAIM_BEFORE = Pattern.compile(
            "Present \\((core|deep dive)(?:, (\\d+) min each)?\\)|(Core) sections of|(Deep dive)s worth naming");

    /** One quoted reference that names no heading, where it was found, and why. */
    public record Problem(String file, int line, String quoted, String why) {
        @Override
        public String toString() {
            return file + ":" + line + " quotes \"" + quoted + "\": " + why;
        }
    }

    /** A README read once per check: many quotes name the same one. */
    private record Readme(String text, List<String> headings) {
        static Readme read(Path file) {
            String text = SectionReferences.read(file);
            return new Readme(text, SectionReferences.headings(text));
        }
    }

    private SectionReferences() {}

    /** Every exercise source of one module ({@code src/exercise*}{@code /java}) quotes existing sections. */
    public static void assertExerciseReferencesExist(Path module) {
        Path root = module.toAbsolutePath().normalize().getParent();
        assertThat(exerciseProblems(root, module.toAbsolutePath().normalize()))
                .as(
                        "README sections quoted by the exercises of %s that do not exist (renumbered or renamed?)",
                        module.toAbsolutePath().normalize().getFileName())
                .isEmpty();
    }

    /** Every section {@code markdown} (WORKSHOP.md) quotes exists in the README of the module it names. */
    public static void assertMarkdownReferencesExist(Path root, Path markdown) {
        assertThat(markdownProblems(root, markdown))
                .as("README sections quoted by %s that do not exist (renumbered or renamed?)", markdown.getFileName())
                .isEmpty();
    }

    /** The problems in the Javadoc and comments of a module's exercise sources. */
    public static List<Problem> exerciseProblems(Path root, Path module) {
        List<Problem> problems = new ArrayList<>();
        Map<Path, Readme> readmes = new HashMap<>();
        String own = module.getFileName().toString();
        for (Path source : exerciseSources(module)) {
            String text = read(source);
            Matcher comment =
                    Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL).matcher(text);
            while (comment.find()) {
                int firstLine = lineOf(text, comment.start());
                // One paragraph per Javadoc: the leading '*' of each line removed, line breaks kept
                // for the line numbers of the problems.
                String body = comment.group(1).replaceAll("(?m)^[ \\t]*\\*( |$)", "");
                String where = root.relativize(source).toString().replace('\\', '/');
                check(root, where, firstLine, body, false, own, readmes, problems);
            }
        }
        return problems;
    }

    /** The problems of a Markdown file that names modules by number (WORKSHOP.md). */
    public static List<Problem> markdownProblems(Path root, Path markdown) {
        List<Problem> problems = new ArrayList<>();
        Map<Path, Readme> readmes = new HashMap<>();
        String where = root.relativize(markdown.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
        List<String> lines = read(markdown).lines().toList();
        String label = null; // the module of the last heading or bold line that names one
        StringBuilder block = new StringBuilder();
        int blockStart = 0;
        boolean inFence = false;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            boolean startsBlock = line.isBlank()
                    || line.startsWith("#")
                    || line.startsWith("|")
                    || line.matches("\\s*([-*]|\\d+\\.) .*")
                    || line.matches("\\*\\*[^*]+\\*\\*\\s*");
            if (startsBlock && !block.isEmpty()) {
                check(root, where, blockStart, block.toString(), true, label, readmes, problems);
                block.setLength(0);
            }
            if (line.startsWith("#") || line.matches("\\*\\*[^*]+\\*\\*\\s*")) {
                String previous = label;
                label = lastModule(line).map(n -> moduleFolder(root, n)).orElse(line.startsWith("#") ? null : previous);
                if (line.startsWith("#")) {
                    continue;
                }
            }
            if (!line.isBlank()) {
                if (block.isEmpty()) {
                    blockStart = i + 1;
                }
                block.append(line).append('\n');
            }
        }
        return problems;
    }

    /**
     * Checks the quotes of one block (a Javadoc, a table row, a list item, a paragraph). The module
     * is the last one named in the quote's sentence; else, if {@code blockWide}, in the block before
     * it; else {@code fallback}. {@code readmes} holds the READMEs read so far in this check.
     */
    private static void check(
            Path root,
            String where,
            int firstLine,
            String block,
            boolean blockWide,
            String fallback,
            Map<Path, Readme> readmes,
            List<Problem> out) {
        Matcher quote = QUOTE.matcher(block);
        while (quote.find()) {
            String quoted = quote.group(1).replaceAll("\\s+", " ").trim();
            String before = block.substring(0, quote.start());
            String upToQuote = block.substring(0, quote.start() + 1); // with its '"': 02 "5. ..." names 02
            if (!NUMBERED.matcher(quoted).matches() && !afterSectionWord(before)) {
                continue;
            }
            int line = firstLine + (int) before.chars().filter(c -> c == '\n').count();
            String module = lastModule(blankQuotes(sentenceOf(upToQuote)))
                    .or(() -> blockWide ? lastModule(blankQuotes(upToQuote)) : Optional.empty())
                    .map(n -> moduleFolder(root, n))
                    .orElse(fallback);
            if (module == null) {
                out.add(new Problem(
                        where,
                        line,
                        quoted,
                        "no module is named before it (say **NN Name**, NN's or"
                                + " Exercise NN.k), so there is no README to look it up in"));
                continue;
            }
            Path readme = root.resolve(module).resolve("README.md");
            if (!Files.exists(readme)) {
                out.add(new Problem(where, line, quoted, "there is no " + module + "/README.md"));
                continue;
            }
            Readme named = readmes.computeIfAbsent(readme, Readme::read);
            if (named.headings().stream().noneMatch(h -> names(quoted, h))) {
                out.add(new Problem(where, line, quoted, "no heading of " + module + "/README.md starts with it"));
            } else if (blockWide) {
                String[] claimed = claim(before, block.substring(quote.end()));
                if (claimed[0] == null && claimed[1] == null) {
                    continue;
                }
                String said = (claimed[0] == null ? "" : claimed[0])
                        + (claimed[1] == null ? "" : " (" + claimed[1] + " min)");
                Optional<String[]> marked = mark(named.text(), quoted);
                if (marked.isEmpty()) {
                    out.add(new Problem(
                            where,
                            line,
                            quoted,
                            "it is called " + said.trim() + " here, but " + module
                                    + "/README.md gives the section no mark (core or deep dive, and its minutes)"));
                } else if ((claimed[0] != null && !claimed[0].equals(marked.get()[0]))
                        || (claimed[1] != null && !claimed[1].equals(marked.get()[1]))) {
                    out.add(new Problem(
                            where,
                            line,
                            quoted,
                            "it is called " + said.trim() + " here, but " + module + "/README.md marks it "
                                    + marked.get()[0] + " (" + marked.get()[1] + " min)"));
                }
            }
        }
    }

    /**
     * What a Markdown block says of the quote: {kind, minutes}, "core" or "deep dive" and a number,
     * each null when the block does not say it. The text right after the quote ({@code (15)},
     * {@code is a deep dive (20 min)}) wins over a label before it ({@code Present (core, 10 min each):}).
     */
    private static String[] claim(String before, String after) {
        String kind = null;
        String minutes = null;
        Matcher label = CLAIM_BEFORE.matcher(blankQuotes(before));
        while (label.find()) {
            kind = label.group(1) != null ? label.group(1) : label.group(3) != null ? label.group(3) : label.group(4);
            minutes = label.group(2);
        }
        Matcher right = CLAIM_AFTER.matcher(after);
        if (right.find()) {
            kind = right.group(1) != null ? right.group(1) : kind;
            minutes = right.group(2);
        }
        return new String[] {kind == null ? null : kind.toLowerCase(Locale.ROOT), minutes};
    }

    /** The README's mark of the heading {@code quoted} names, {"core", "10"}, from the heading or the 3 lines under it. */
    static Optional<String[]> mark(String readme, String quoted) {
        List<String> lines = readme.lines().toList();
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            } else if (!inFence
                    && line.startsWith("#")
                    && names(quoted, headings(line).get(0))) {
                // The heading and up to 3 lines under it, never into the next heading.
                int end = i + 1;
                while (end < Math.min(lines.size(), i + 4) && !lines.get(end).startsWith("#")) {
                    end++;
                }
                String near = String.join("\n", lines.subList(i, end));
                Matcher m = README_MARK.matcher(near);
                return m.find()
                        ? Optional.of(new String[] {m.group(1).toLowerCase(Locale.ROOT), m.group(2)})
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when {@code heading} is {@code quoted}, or starts with it up to a word boundary. */
    static boolean names(String quoted, String heading) {
        String q = quoted.replaceAll("[.:,]+$", "");
        if (!heading.startsWith(q)) {
            return false;
        }
        return heading.length() == q.length() || !Character.isLetterOrDigit(heading.charAt(q.length()));
    }

    /** A README's headings, outside code fences, without the #'s and Markdown emphasis. */
    static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.lines().toList()) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("#")) {
                headings.add(line.replaceFirst("^#+\\s*", "")
                        .replaceAll("[*_`]", "")
                        .replaceAll("\\s+", " ")
                        .trim());
            }
        }
        return headings;
    }

    private static boolean afterSectionWord(String before) {
        return SECTION_WORD.matcher(sentenceOf(before)).find();
    }

    /** The text of the sentence the quote stands in, up to the quote. */
    private static String sentenceOf(String before) {
        Matcher end = SENTENCE_END.matcher(blankQuotes(before));
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return before.substring(start);
    }

    /** Quoted text blanked out (quotes kept), so that a number in a title is never read as a module. */
    private static String blankQuotes(String text) {
        Matcher m = QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement("\"" + " ".repeat(m.group(1).length()) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> lastModule(String text) {
        Matcher m = MODULE.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        }
        return Optional.ofNullable(last);
    }

    /** "02" to "02-modeling", the folder of the root that starts with the number. */
    private static String moduleFolder(Path root, String number) {
        try (Stream<Path> children = Files.list(root)) {
            return children.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(number + "-") && Files.isDirectory(root.resolve(name)))
                    .findFirst()
                    .orElse(number + "-?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> exerciseSources(Path module) {
        Path src = module.resolve("src");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> src.relativize(p).getName(0).toString().startsWith("exercise"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, int offset) {
        return 1
                + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    private static String read(Path file) {
        return Excerpts.read(file);
    }
}
