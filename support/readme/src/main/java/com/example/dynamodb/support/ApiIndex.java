package com.example.dynamodb.support;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes {@code API-INDEX.md}: every DynamoDB and DynamoDB Streams operation the lessons call, and
 * the Enhanced Client methods they use, each with the example method that shows it and the README
 * section that explains it. It reads the sources of every {@code NN-name/src/main/java} (a module
 * added later is picked up by itself); JDK only, no build needed. From the repository root:
 *
 * <pre>
 *   java support/readme/src/main/java/com/example/dynamodb/support/ApiIndex.java
 * </pre>
 *
 * <p>How a call is recognised: the sources are parsed (not compiled), and a call counts when its
 * receiver is declared as an SDK client, table or index ({@code DynamoDbClient client},
 * {@code DynamoDbTable<Order> orders}, ...), or is an expression that yields one
 * ({@code ddb.client()}, {@code enhanced.table(...)}, a lesson method declared to return one). The
 * example shown is, per module, the call inside a region the README quotes, else any call; the
 * section is the README heading above that excerpt, else above the first link to the class.
 */
public final class ApiIndex {

    /** The generated file, at the repository root. */
    public static final String FILE = "API-INDEX.md";

    /** How to regenerate it. */
    public static final String COMMAND = "java support/readme/src/main/java/com/example/dynamodb/support/ApiIndex.java";

    private static final Pattern MODULE = Pattern.compile("\\d\\d-[\\w-]+");
    private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[\\]\\s*$");
    private static final Pattern EXCERPT = Pattern.compile("<!-- excerpt: ([\\w./-]+)#([\\w-]+) -->");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}`{3,}.*$");

    /** The three APIs, in the order the index lists them. */
    enum Api {
        DYNAMODB("DynamoDB, low-level client (`DynamoDbClient`)"),
        STREAMS("DynamoDB Streams (`DynamoDbStreamsClient`)"),
        ENHANCED("Enhanced Client (`DynamoDbEnhancedClient`, `DynamoDbTable`, `DynamoDbIndex`)");

        final String title;

        Api(String title) {
            this.title = title;
        }
    }

    private static final Map<String, Api> API_TYPES = Map.ofEntries(
            Map.entry("DynamoDbClient", Api.DYNAMODB),
            Map.entry("DynamoDbAsyncClient", Api.DYNAMODB),
            Map.entry("DynamoDbWaiter", Api.DYNAMODB),
            Map.entry("DynamoDbStreamsClient", Api.STREAMS),
            Map.entry("DynamoDbStreamsAsyncClient", Api.STREAMS),
            Map.entry("DynamoDbEnhancedClient", Api.ENHANCED),
            Map.entry("DynamoDbEnhancedAsyncClient", Api.ENHANCED),
            Map.entry("DynamoDbTable", Api.ENHANCED),
            Map.entry("DynamoDbAsyncTable", Api.ENHANCED),
            Map.entry("DynamoDbIndex", Api.ENHANCED),
            Map.entry("DynamoDbAsyncIndex", Api.ENHANCED));

    /** Accessors and plumbing, not operations. */
    private static final Set<String> NOT_OPERATIONS = Set.of(
            "close",
            "serviceName",
            "serviceClientConfiguration",
            "utilities",
            "waiter",
            "tableName",
            "tableSchema",
            "indexName",
            "mapperExtension",
            "keyFrom");

    /** Methods whose result type is known from their name and receiver. */
    private static final Map<String, String> BACKEND_ACCESSORS = Map.of(
            "client", "DynamoDbClient",
            "newClient", "DynamoDbClient",
            "enhancedClient", "DynamoDbEnhancedClient",
            "streamsClient", "DynamoDbStreamsClient");

    /** One call of the API in a lesson. */
    record Use(
            Api api,
            String operation,
            String call,
            String module,
            Path file,
            String className,
            String member,
            boolean quoted,
            String section) {}

    private ApiIndex() {}

    /** The index for the repository at {@code root}, as Markdown. */
    public static String generate(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        List<Use> uses = new ArrayList<>();
        for (Path module : modules(absolute)) {
            uses.addAll(usesIn(absolute, module));
        }
        return render(uses);
    }

    /** Every {@code NN-name} folder of the repository with Java sources, in order. */
    static List<Path> modules(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(
                            p -> MODULE.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p.resolve("src/main/java")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Use> usesIn(Path root, Path module) {
        List<Path> sources = javaFiles(module.resolve("src/main/java"));
        Outline readme = Outline.of(Files.exists(module.resolve("README.md")) ? read(module.resolve("README.md")) : "");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Use> uses = new ArrayList<>();
        // Many calls share a region or a file: look each one's section up in the README once.
        Map<String, Optional<String>> sections = new HashMap<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(
                    null, files, d -> {}, List.of("-proc:none"), null, files.getJavaFileObjectsFromPaths(sources));
            List<CompilationUnitTree> units = new ArrayList<>();
            task.parse().forEach(units::add);
            Map<String, String> returnTypes = returnTypes(units);
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : units) {
                Path file = Path.of(unit.getSourceFile().toUri());
                Map<Integer, String> regionOfLine = regions(read(file));
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                        if (call.getMethodSelect() instanceof MemberSelectTree select) {
                            String receiver = typeOf(select.getExpression(), getCurrentPath(), returnTypes);
                            String name = select.getIdentifier().toString();
                            Api api = receiver == null ? null : API_TYPES.get(receiver);
                            if (api != null && !NOT_OPERATIONS.contains(name)) {
                                int line = (int) unit.getLineMap()
                                        .getLineNumber(positions.getStartPosition(unit, select.getExpression()));
                                String region = regionOfLine.get(line);
                                String excerpt = file.getFileName() + "#" + region;
                                boolean quoted =
                                        region != null && readme.quoted().contains(excerpt);
                                uses.add(new Use(
                                        api,
                                        operation(api, receiver, name),
                                        receiver.equals("DynamoDbWaiter") ? "waiter()." + name : name,
                                        module.getFileName().toString(),
                                        root.relativize(file),
                                        topLevelClass(getCurrentPath()),
                                        member(getCurrentPath()),
                                        quoted,
                                        sections.computeIfAbsent(
                                                        (quoted ? excerpt : "") + " " + file,
                                                        k -> Optional.ofNullable(readme.section(
                                                                quoted ? excerpt : null, module.relativize(file))))
                                                .orElse(null)));
                            }
                        }
                        return super.visitMethodInvocation(call, unused);
                    }
                }.scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    private static String operation(Api api, String receiver, String method) {
        if (api == Api.ENHANCED) {
            return receiver.replace("Async", "") + "." + method;
        }
        if (receiver.equals("DynamoDbWaiter")) {
            return "DescribeTable"; // the waiters poll DescribeTable
        }
        String op = method.endsWith("Paginator") ? method.substring(0, method.length() - "Paginator".length()) : method;
        return Character.toUpperCase(op.charAt(0)) + op.substring(1);
    }

    /** Lesson methods declared to return an API type: {@code static DynamoDbTable<User> usersTable(...)}. */
    private static Map<String, String> returnTypes(List<CompilationUnitTree> units) {
        Map<String, String> types = new HashMap<>();
        for (CompilationUnitTree unit : units) {
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitMethod(MethodTree method, Void unused) {
                    if (method.getReturnType() != null) {
                        String type = simpleType(method.getReturnType());
                        if (API_TYPES.containsKey(type)) {
                            types.put(method.getName().toString(), type);
                        }
                    }
                    return super.visitMethod(method, unused);
                }
            }.scan(unit, null);
        }
        return types;
    }

    /** The simple type name of an expression, where the sources say it; null where they do not. */
    private static String typeOf(ExpressionTree e, TreePath path, Map<String, String> returnTypes) {
        if (e instanceof ParenthesizedTree p) {
            return typeOf(p.getExpression(), path, returnTypes);
        }
        if (e instanceof TypeCastTree cast) {
            return simpleType(cast.getType());
        }
        if (e instanceof IdentifierTree id) {
            return declaredType(id.getName().toString(), path, returnTypes);
        }
        if (e instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree select) {
            String name = select.getIdentifier().toString();
            String receiver = typeOf(select.getExpression(), path, returnTypes);
            if (BACKEND_ACCESSORS.containsKey(name) && "DynamoDbBackend".equals(receiver)) {
                return BACKEND_ACCESSORS.get(name);
            }
            if (name.equals("waiter") && "DynamoDbClient".equals(receiver)) {
                return "DynamoDbWaiter";
            }
            if (name.equals("table") && receiver != null && receiver.startsWith("DynamoDbEnhanced")) {
                return receiver.contains("Async") ? "DynamoDbAsyncTable" : "DynamoDbTable";
            }
            if (name.equals("index") && receiver != null && receiver.endsWith("Table")) {
                return receiver.contains("Async") ? "DynamoDbAsyncIndex" : "DynamoDbIndex";
            }
            boolean staticCall = receiver == null
                    && select.getExpression() instanceof IdentifierTree cls
                    && Character.isUpperCase(cls.getName().charAt(0)); // PutItems.usersTable(...)
            return staticCall ? returnTypes.get(name) : null;
        }
        if (e instanceof MethodInvocationTree call && call.getMethodSelect() instanceof IdentifierTree id) {
            return returnTypes.get(id.getName().toString()); // a method of the same class
        }
        return null;
    }

    /** The declared type of the variable {@code name} visible at {@code path}. */
    private static String declaredType(String name, TreePath path, Map<String, String> returnTypes) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            List<VariableTree> candidates = new ArrayList<>();
            if (leaf instanceof MethodTree m) {
                candidates.addAll(m.getParameters());
            } else if (leaf instanceof LambdaExpressionTree l) {
                candidates.addAll(l.getParameters());
            } else if (leaf instanceof BlockTree b) {
                b.getStatements().stream()
                        .filter(VariableTree.class::isInstance)
                        .map(VariableTree.class::cast)
                        .forEach(candidates::add);
            } else if (leaf instanceof EnhancedForLoopTree loop) {
                candidates.add(loop.getVariable());
            } else if (leaf instanceof TryTree t) {
                t.getResources().stream()
                        .filter(VariableTree.class::isInstance)
                        .map(VariableTree.class::cast)
                        .forEach(candidates::add);
            } else if (leaf instanceof CatchTree c) {
                candidates.add(c.getParameter());
            } else if (leaf instanceof ClassTree c) {
                c.getMembers().stream()
                        .filter(VariableTree.class::isInstance)
                        .map(VariableTree.class::cast)
                        .forEach(candidates::add);
            }
            for (VariableTree v : candidates) {
                if (v.getName().contentEquals(name)) {
                    if (v.getType() == null || v.getType().toString().equals("var")) {
                        return v.getInitializer() == null ? null : typeOf(v.getInitializer(), p, returnTypes);
                    }
                    return simpleType(v.getType());
                }
            }
        }
        return null;
    }

    /** {@code software.amazon...DynamoDbTable<Order>} becomes {@code DynamoDbTable}. */
    private static String simpleType(Tree type) {
        String text = type.toString().replaceAll("<.*>", "");
        return text.substring(text.lastIndexOf('.') + 1);
    }

    private static String topLevelClass(TreePath path) {
        String name = null;
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof ClassTree c && !c.getSimpleName().isEmpty()) {
                name = c.getSimpleName().toString(); // the outermost wins
            }
        }
        return name;
    }

    /** The method (or field) the call is in. */
    private static String member(TreePath path) {
        for (TreePath p = path; p != null; p = p.getParentPath()) {
            if (p.getLeaf() instanceof MethodTree m) {
                return m.getName().contentEquals("<init>")
                        ? topLevelClass(path)
                        : m.getName().toString();
            }
            if (p.getLeaf() instanceof VariableTree v && p.getParentPath().getLeaf() instanceof ClassTree) {
                return v.getName().toString();
            }
        }
        return "";
    }

    /** For each line inside a tagged region, the region's tag (the innermost one). */
    private static Map<Integer, String> regions(String source) {
        Map<Integer, String> tagOf = new HashMap<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher tag = TAG.matcher(lines.get(i));
            if (tag.matches()) {
                for (int j = i + 1;
                        j < lines.size() && !lines.get(j).trim().equals("// end::" + tag.group(1) + "[]");
                        j++) {
                    tagOf.put(j + 1, tag.group(1));
                }
            }
        }
        return tagOf;
    }

    /**
     * A module README read once: each line with the heading it sits under and whether it is inside
     * a code fence, and the excerpts it quotes. A module has hundreds of calls to place.
     */
    private record Outline(List<String> lines, List<String> headings, List<Boolean> fenced, Set<String> quoted) {

        private static final Pattern EXCERPT = Pattern.compile("<!-- excerpt: (.+?) -->");

        static Outline of(String readme) {
            List<String> lines = readme.lines().toList();
            List<String> headings = new ArrayList<>();
            List<Boolean> fenced = new ArrayList<>();
            Set<String> quoted = new HashSet<>();
            String heading = null;
            boolean inFence = false;
            for (String line : lines) {
                boolean fence = FENCE.matcher(line).matches();
                if (fence) {
                    inFence = !inFence;
                } else if (!inFence && line.startsWith("#")) {
                    heading = line;
                }
                headings.add(heading);
                fenced.add(fence ? null : inFence); // null: the fence line itself
                Matcher m = EXCERPT.matcher(line);
                while (m.find()) {
                    quoted.add(m.group(1));
                }
            }
            return new Outline(lines, headings, fenced, quoted);
        }

        /**
         * The heading of the section that quotes {@code excerpt} (or, without one, that first links
         * to {@code source}); null when the README has none.
         */
        String section(String excerpt, Path source) {
            String link = "(" + source.toString().replace('\\', '/') + ")";
            String byLink = null;
            for (int i = 0; i < lines.size(); i++) {
                Boolean inFence = fenced.get(i);
                if (inFence == null) {
                    continue;
                }
                String line = lines.get(i);
                String heading = headings.get(i);
                if (excerpt != null && line.contains("<!-- excerpt: " + excerpt + " -->")) {
                    return heading;
                }
                if (byLink == null && !inFence && line.contains(link) && heading != null && !heading.startsWith("# ")) {
                    byLink = heading;
                }
            }
            return byLink;
        }
    }

    /** GitHub's anchor for a heading line: lower case, punctuation dropped, spaces become '-'. */
    public static String anchor(String heading) {
        String text = heading.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** Every anchor a README's headings get (outside code fences), duplicates numbered as GitHub does. */
    public static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : markdown.lines().toList()) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("#")) {
                String a = anchor(line);
                int n = seen.merge(a, 1, Integer::sum);
                anchors.add(n == 1 ? a : a + "-" + (n - 1));
            }
        }
        return anchors;
    }

    private static String render(List<Use> uses) {
        StringBuilder out = new StringBuilder();
        out.append("# API index\n\n");
        out.append("Every DynamoDB and DynamoDB Streams operation the lessons call, and the Enhanced Client methods\n");
        out.append("they use: the example method that shows each one, and the README section that explains it.\n");
        out.append("One example per module: preferably code a README quotes.\n\n");
        out.append("Generated from the sources of every `NN-name/src/main/java`; do not edit by hand. After\n");
        out.append("changing a lesson, regenerate it from the repository root (JDK only, no build):\n\n");
        out.append("```bash\n").append(COMMAND).append("\n```\n");
        for (Api api : Api.values()) {
            out.append("\n## ").append(api.title).append("\n\n");
            Map<String, List<Use>> byOperation = new TreeMap<>();
            uses.stream()
                    .filter(u -> u.api() == api)
                    .forEach(u -> byOperation
                            .computeIfAbsent(u.operation(), k -> new ArrayList<>())
                            .add(u));
            if (byOperation.isEmpty()) {
                out.append("No lesson calls it yet.\n");
                continue;
            }
            out.append("| operation | SDK method | shown in | explained in |\n|---|---|---|---|\n");
            byOperation.forEach((operation, list) -> {
                String calls = list.stream()
                        .map(Use::call)
                        .distinct()
                        .sorted()
                        .map(c -> "`" + c + "`")
                        .collect(Collectors.joining(", "));
                List<Use> shown = bestPerModule(list);
                String where = shown.stream()
                        .map(u -> "[" + u.className() + "#" + u.member() + "](" + slashes(u.file()) + ")")
                        .collect(Collectors.joining("<br>"));
                String why = shown.stream()
                        .map(u -> u.section() == null
                                ? "—"
                                : "[" + u.module().substring(0, 2) + ": " + headingText(u.section()) + "](" + u.module()
                                        + "/README.md#" + anchor(u.section()) + ")")
                        .collect(Collectors.joining("<br>"));
                String name = api == Api.ENHANCED ? "`" + operation + "`" : operation;
                out.append("| ").append(name).append(" | ").append(calls).append(" | ");
                out.append(where).append(" | ").append(why).append(" |\n");
            });
        }
        return out.toString();
    }

    /** One use per module: quoted in its README first, then with a README section, then by name. */
    private static List<Use> bestPerModule(List<Use> uses) {
        Map<String, Use> best = new LinkedHashMap<>();
        uses.stream()
                .sorted(Comparator.comparing(Use::module)
                        .thenComparing(u -> !u.quoted())
                        .thenComparing(u -> u.section() == null)
                        .thenComparing(u -> u.className() + "#" + u.member()))
                .forEach(u -> best.putIfAbsent(u.module(), u));
        return List.copyOf(best.values());
    }

    private static String headingText(String heading) {
        return heading.replaceFirst("^#+\\s*", "")
                .replace("`", "")
                .replace("|", "\\|")
                .trim();
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static List<Path> javaFiles(Path root) {
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

    /** Writes {@value #FILE} at the repository root (the working directory, or the first argument). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path file = root.resolve(FILE);
        String index = generate(root);
        boolean changed = !Files.exists(file) || !read(file).equals(index);
        if (changed) {
            Files.writeString(file, index);
        }
        System.out.println((changed ? "wrote " : "up to date ") + file);
    }
}
