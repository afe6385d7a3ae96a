package com.example.dynamodb.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Proves that every tagged region ({@code // tag::x[]} ... {@code // end::x[]}) of a module compiles
 * where a reader pastes it: in their own project, with the JDK and the module's libraries, but
 * without the helpers around the region, without the support code, and without the corpus's
 * shorthands.
 *
 * <p>For each region of {@code src/main/java} and {@code src/test/java}, it writes a compilation unit
 * in a package of its own ({@code snippetcheck.rN}) with
 *
 * <ul>
 *   <li>the imports of the region's file, less every import of {@code com.example.dynamodb.*} (the
 *       support code and static imports of corpus shorthands such as {@code UsersTable.s});
 *   <li>an import of each public top-level type of the module's {@code src/main/java} (a region may
 *       use the bean or record an example maps);
 *   <li>the region, wrapped according to where it sits in its file:
 *       <ul>
 *         <li>outside any type (a whole class or record): as it is;
 *         <li>in a type's body (methods, fields, nested records): in {@code class Own { ... }}, named
 *             like its file's class, so {@code Own.helper()} only works if the helper is in the region;
 *         <li>in a method body (statements): in a method with the enclosing method's type parameters,
 *             return type and parameters, and nothing else of that method; a statement region may end
 *             before the method's {@code return}.
 *       </ul>
 * </ul>
 *
 * <p>All regions of a module are compiled in one in-memory {@code javax.tools} task (attribution
 * only, no class files) against {@code java.class.path} without the support modules; the module's
 * own {@code target/classes} stays. A failure names the module, the file and line, the region and
 * the compiler's message.
 *
 * <p>One rule excludes a region: its first line is a comment {@value #NOT_FOR_COPYING} followed by
 * the reason, such as test wiring a README shows to explain a proof. The README then shows the
 * reason too, and {@link Report#skipped()} lists every such region.
 */
public final class SnippetCompileCheck {

    /** The first line of a region that is shown but not meant to be pasted anywhere. */
    public static final String NOT_FOR_COPYING = "// Not for copying:";

    private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[\\]\\s*$");
    private static final Pattern SUPPORT_MODULE = Pattern.compile("support[-/\\\\](core|testing|bench|readme)");
    private static final String CORPUS = "com.example.dynamodb.";
    private static final Set<String> IGNORED_IN_STATEMENTS = Set.of("compiler.err.missing.ret.stmt");

    private enum Kind {
        TOP_LEVEL,
        MEMBERS,
        STATEMENTS
    }

    /** What a check found: the regions it compiled, those it skipped (with why), and the failures. */
    public record Report(List<String> compiled, List<String> skipped, List<String> failures) {}

    private record Region(
            String id, Path file, int firstLine, Kind kind, String source, String unit, int headerLines) {}

    private SnippetCompileCheck() {}

    /** Fails, naming each region that does not compile on its own and why. */
    public static void assertRegionsCompile(Path module) {
        Report report = check(module, classpathWithoutSupport());
        assertThat(report.failures())
                .as("tagged regions must compile on their own, in another package, with the JDK and"
                        + " the module's libraries only (see CONTRIBUTING.md, 'Snippets stand alone')")
                .isEmpty();
    }

    /** This JVM's class path without the support modules: what a reader's project would have. */
    public static List<Path> classpathWithoutSupport() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry ->
                        !entry.isBlank() && !SUPPORT_MODULE.matcher(entry).find())
                .map(Path::of)
                .toList();
    }

    /** Compiles every region of {@code module} against {@code classpath} and reports the outcome. */
    public static Report check(Path module, List<Path> classpath) {
        Path root = module.toAbsolutePath().normalize();
        String moduleName = root.getFileName().toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> mainSources = javaFiles(root.resolve("src/main/java"));
        List<Path> tagged = Stream.concat(mainSources.stream(), javaFiles(root.resolve("src/test/java")).stream())
                .filter(p -> read(p).contains("// tag::"))
                .toList();

        Map<Path, CompilationUnitTree> trees = new LinkedHashMap<>();
        Trees treeUtil;
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            Set<Path> toParse = new HashSet<>(mainSources);
            toParse.addAll(tagged);
            JavacTask parse = (JavacTask) javac.getTask(
                    null, files, d -> {}, List.of("-proc:none"), null, files.getJavaFileObjectsFromPaths(toParse));
            for (CompilationUnitTree unit : parse.parse()) {
                trees.put(Path.of(unit.getSourceFile().toUri()), unit);
            }
            treeUtil = Trees.instance(parse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<String> publicTypes = new ArrayList<>();
        for (Path source : mainSources) {
            CompilationUnitTree unit = trees.get(source);
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
            for (Tree type : unit.getTypeDecls()) {
                if (type instanceof ClassTree c && c.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
                    publicTypes.add(pkg + c.getSimpleName());
                }
            }
        }

        List<Region> regions = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : tagged) {
            CompilationUnitTree unit = trees.get(file);
            String text = read(file);
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher tag = TAG.matcher(lines.get(i));
                if (!tag.matches()) {
                    continue;
                }
                String id = file.getFileName() + "#" + tag.group(1);
                int end = endOf(lines, i, tag.group(1), id);
                List<String> body = lines.subList(i + 1, end);
                if (!body.isEmpty() && body.get(0).trim().startsWith(NOT_FOR_COPYING)) {
                    skipped.add(id + ": "
                            + body.get(0)
                                    .trim()
                                    .substring(NOT_FOR_COPYING.length())
                                    .trim());
                    continue;
                }
                long offset = offsetOfLine(text, i);
                regions.add(wrap(
                        regions.size(), id, file, i + 2, String.join("\n", body), unit, treeUtil, offset, publicTypes));
            }
        }

        List<String> failures = new ArrayList<>(compile(javac, regions, classpath, moduleName));
        return new Report(regions.stream().map(Region::id).toList(), skipped, failures);
    }

    private static Region wrap(
            int n,
            String id,
            Path file,
            int firstLine,
            String body,
            CompilationUnitTree unit,
            Trees trees,
            long offset,
            List<String> publicTypes) {
        String own = file.getFileName().toString().replaceFirst("\\.java$", "");
        Set<String> declared = unit.getTypeDecls().stream()
                .filter(ClassTree.class::isInstance)
                .map(t -> ((ClassTree) t).getSimpleName().toString())
                .collect(Collectors.toSet());
        declared.add(own);

        StringBuilder header = new StringBuilder("package snippetcheck.r" + n + ";\n");
        Set<String> importedNames = new HashSet<>();
        for (ImportTree imp : unit.getImports()) {
            String name = imp.getQualifiedIdentifier().toString();
            if (name.startsWith(CORPUS)) {
                continue; // support code and corpus shorthands: a reader's project has neither
            }
            header.append("import ")
                    .append(imp.isStatic() ? "static " : "")
                    .append(name)
                    .append(";\n");
            if (!imp.isStatic()) {
                importedNames.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        for (String type : publicTypes) {
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (!declared.contains(simple) && importedNames.add(simple)) {
                header.append("import ").append(type).append(";\n");
            }
        }

        SourcePositions positions = trees.getSourcePositions();
        TreePath container = innermostContainer(unit, positions, offset);
        String footer;
        if (container == null) {
            footer = "\n";
        } else if (container.getLeaf() instanceof ClassTree type) {
            header.append(
                    switch (type.getKind()) {
                        case INTERFACE, ANNOTATION_TYPE -> "interface " + own + " {\n";
                        case ENUM -> "enum " + own + " {\n;\n";
                        default ->
                            supertypes(type).isEmpty()
                                    ? "class " + own + " {\n"
                                    // Kept, so that @Override on the region's methods means what it says;
                                    // abstract, so that a region may show only some of the methods.
                                    : "abstract class " + own + typeParameters(type) + supertypes(type) + " {\n";
                    });
            footer = "\n}\n";
        } else {
            header.append("class ").append(own).append(" {\n");
            header.append(methodHeader(container, positions, unit)).append(" {\n");
            footer = "\n}\n}\n";
        }
        Kind kind = container == null
                ? Kind.TOP_LEVEL
                : container.getLeaf() instanceof ClassTree ? Kind.MEMBERS : Kind.STATEMENTS;
        int headerLines = (int) header.chars().filter(c -> c == '\n').count();
        return new Region(
                id, file, firstLine, kind, header + body + footer, "snippetcheck/r" + n + "/" + own, headerLines);
    }

    /** " extends X implements Y, Z" of the region's own class, or "". */
    private static String supertypes(ClassTree type) {
        StringBuilder clause = new StringBuilder();
        if (type.getKind() == Tree.Kind.CLASS && type.getExtendsClause() != null) {
            clause.append(" extends ").append(type.getExtendsClause());
        }
        if (!type.getImplementsClause().isEmpty()) {
            clause.append(" implements ")
                    .append(type.getImplementsClause().stream()
                            .map(Tree::toString)
                            .collect(Collectors.joining(", ")));
        }
        return clause.toString();
    }

    private static String typeParameters(ClassTree type) {
        return type.getTypeParameters().isEmpty()
                ? ""
                : type.getTypeParameters().stream().map(Tree::toString).collect(Collectors.joining(", ", "<", ">"));
    }

    /** The deepest type body or block around {@code offset}; null when it is outside every type. */
    private static TreePath innermostContainer(CompilationUnitTree unit, SourcePositions positions, long offset) {
        TreePath[] best = {null};
        new TreePathScanner<Void, Void>() {
            private void consider(Tree tree) {
                long start = positions.getStartPosition(unit, tree);
                long end = positions.getEndPosition(unit, tree);
                if (start < offset && offset < end) {
                    best[0] = getCurrentPath(); // visited parent first, so the last match is the deepest
                }
            }

            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                consider(tree);
                return super.visitClass(tree, unused);
            }

            @Override
            public Void visitBlock(BlockTree tree, Void unused) {
                consider(tree);
                return super.visitBlock(tree, unused);
            }
        }.scan(unit, null);
        return best[0];
    }

    /** "static <T> List<T> snippet(DynamoDbClient client, String table) throws Exception" */
    private static String methodHeader(TreePath block, SourcePositions positions, CompilationUnitTree unit) {
        String source = text(unit);
        for (TreePath p = block; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree method) {
                ModifiersTree modifiers = method.getModifiers();
                String typeParams = method.getTypeParameters().isEmpty()
                        ? ""
                        : method.getTypeParameters().stream()
                                .map(t -> slice(source, positions, unit, t))
                                .collect(Collectors.joining(", ", "<", "> "));
                String returns = method.getReturnType() == null
                        ? "void"
                        : slice(source, positions, unit, method.getReturnType());
                String params = method.getParameters().stream()
                        .map(t -> slice(source, positions, unit, t))
                        .collect(Collectors.joining(", "));
                return (modifiers.getFlags().contains(Modifier.STATIC) ? "static " : "") + typeParams + returns
                        + " snippet(" + params + ") throws Exception";
            }
            if (p.getLeaf() instanceof ClassTree) {
                break; // an initializer block: no parameters
            }
        }
        return "void snippet() throws Exception";
    }

    private static List<String> compile(JavaCompiler javac, List<Region> regions, List<Path> classpath, String module) {
        if (regions.isEmpty()) {
            return List.of();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<URI, Region> byUri = new LinkedHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (Region region : regions) {
            JavaFileObject unit =
                    new SimpleJavaFileObject(
                            URI.create("string:///" + region.unit() + ".java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return region.source();
                        }
                    };
            byUri.put(unit.toUri(), region);
            units.add(unit);
        }
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            JavacTask task = (JavacTask)
                    javac.getTask(null, files, diagnostics, List.of("-proc:none", "-Xlint:none"), null, units);
            task.analyze(); // types and flow only: nothing is written
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Region, List<String>> messages = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) {
                continue;
            }
            Region region = byUri.get(d.getSource().toUri());
            if (region == null || (region.kind() == Kind.STATEMENTS && IGNORED_IN_STATEMENTS.contains(d.getCode()))) {
                continue;
            }
            long line = d.getLineNumber() - region.headerLines() - 1 + region.firstLine();
            String where = d.getLineNumber() > region.headerLines()
                    ? region.file().getFileName() + ":" + line
                    : "the imports of " + region.file().getFileName();
            messages.computeIfAbsent(region, r -> new ArrayList<>())
                    .add(where + ": " + d.getMessage(Locale.ENGLISH).replace("\n", "\n        "));
        }
        List<String> failures = new ArrayList<>();
        messages.forEach((region, list) -> failures.add(module + ": region " + region.id()
                + " does not compile on its own (as "
                + region.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " in another package):\n    " + String.join("\n    ", list)));
        return failures;
    }

    private static int endOf(List<String> lines, int start, String tag, String id) {
        for (int j = start + 1; j < lines.size(); j++) {
            if (lines.get(j).trim().equals("// end::" + tag + "[]")) {
                return j;
            }
        }
        throw new IllegalArgumentException("Region " + id + " has no '// end::" + tag + "[]'");
    }

    private static long offsetOfLine(String text, int lineIndex) {
        int offset = 0;
        for (int i = 0; i < lineIndex; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    private static String slice(String source, SourcePositions positions, CompilationUnitTree unit, Tree tree) {
        return source.substring(
                (int) positions.getStartPosition(unit, tree), (int) positions.getEndPosition(unit, tree));
    }

    private static String text(CompilationUnitTree unit) {
        try {
            return unit.getSourceFile().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n"); // a CRLF checkout reads the same
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
