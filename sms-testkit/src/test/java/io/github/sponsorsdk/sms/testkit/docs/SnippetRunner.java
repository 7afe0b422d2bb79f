package io.github.sponsorsdk.sms.testkit.docs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.sponsorsdk.sms.testkit.docs.SnippetSource.Claim;
import io.github.sponsorsdk.sms.testkit.docs.SnippetSource.ClaimKind;
import io.github.sponsorsdk.sms.testkit.docs.SnippetSource.Kind;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles documentation blocks ({@link SnippetSource}) with the JDK's javac, in process, against the test class path,
 * and runs them: statements blocks through {@link SnippetContext#run()}, test-class blocks through the JUnit Platform
 * launcher; then checks what they printed against their {@code // prints:} claims. Value claims are checked while the
 * block runs (the generated code calls {@code claim}).
 */
final class SnippetRunner {

  private final Path work;
  private final Map<SnippetSource, List<String>> errors;
  private final URLClassLoader loader;

  /** Writes the snippets' sources under {@code work} (emptied first) and compiles them. */
  SnippetRunner(Path work, List<SnippetSource> snippets) throws IOException {
    this.work = work;
    this.errors = compile(work, snippets);
    this.loader = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
        SnippetContext.class.getClassLoader());
  }

  /** Fails with every problem of {@code s} (claims that cannot be checked, compile errors), else runs it. */
  void check(SnippetSource s) throws Exception {
    List<String> problems = new ArrayList<>(s.problems);
    problems.addAll(errors.getOrDefault(s, List.of()));
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems) + "\n(generated source: "
          + s.sourceFile(work.resolve("src")).toAbsolutePath() + ")");
    }
    if (s.kind == Kind.MODULE) {
      return; // compiling the descriptor against the SDK's modules is the check
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : s.classes) {
      types.add(Class.forName(s.packageName + "." + name, true, loader));
    }
    SnippetContext.clearPrinted();
    if (s.kind == Kind.STATEMENTS) {
      ((SnippetContext) types.get(0).getConstructor().newInstance()).run();
    } else if (s.hasTests) {
      runWithJUnit(s, types);
    } else if (s.kind == Kind.MEMBERS) {
      try {
        types.get(0).getConstructor().newInstance(); // runs the block's initialisers
      } catch (java.lang.reflect.InvocationTargetException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw (Exception) e.getCause();
      }
    }
    checkPrinted(s, SnippetContext.printed());
  }

  private static void runWithJUnit(SnippetSource s, List<Class<?>> types) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(types.stream().map(t -> selectClass(t)).toList()).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    if (!summary.getFailures().isEmpty()) {
      Throwable first = summary.getFailures().get(0).getException();
      throw new AssertionError(s.block + ": a test of the block failed: " + first.getMessage(), first);
    }
    if (summary.getTestsSucceededCount() == 0) {
      throw new AssertionError(s.block + ": JUnit found no test in the block to run");
    }
  }

  private static void checkPrinted(SnippetSource s, List<String> printed) {
    int from = 0;
    for (Claim claim : s.claims) {
      if (claim.kind() != ClaimKind.PRINTS) {
        continue;
      }
      int found = -1;
      for (int i = from; i < printed.size(); i++) {
        if (SnippetContext.matches(printed.get(i), claim.expected())) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        throw new AssertionError(s.block.at(claim.index()) + ": the comment claims the block prints \""
            + claim.expected() + "\"" + (from > 0 ? " after the line claimed before it" : "")
            + ", but it printed:\n  " + String.join("\n  ", printed));
      }
      from = found + 1;
    }
  }

  /** Writes and compiles every snippet; the compile errors of each, named by Markdown file and line. */
  private static Map<SnippetSource, List<String>> compile(Path work, List<SnippetSource> snippets)
      throws IOException {
    Path src = work.resolve("src");
    Path classes = work.resolve("classes");
    deleteRecursively(work);
    Files.createDirectories(src);
    Files.createDirectories(classes);
    List<String> classPath = testClassPath();
    Map<String, String> ambiguous = SnippetImports.ambiguousNames(SnippetContext.class.getClassLoader());
    Map<Path, SnippetSource> bySource = new LinkedHashMap<>();
    Map<SnippetSource, List<String>> errors = new LinkedHashMap<>();
    for (SnippetSource s : snippets) {
      if (s.kind == Kind.MODULE) {
        Path file = s.sourceFile(work.resolve("modules"));
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Files.writeString(file, s.javaSource(List.of()), StandardCharsets.UTF_8);
        // Only the SDK's modules, the modules the block requires and what they read are observable: the test
        // class path also holds test tools whose jars split packages (Lincheck), which would fail the resolution.
        Set<String> observable = new LinkedHashSet<>(SDK_MODULES);
        s.block.lines().stream().map(l -> REQUIRES.matcher(l)).filter(Matcher::matches)
            .forEach(m -> observable.add(m.group(1)));
        List<String> options = List.of("-d", dir.resolve("classes").toString(), "--module-path",
            String.join(File.pathSeparator, modulePath(classPath, observable)), "-proc:none", "-Xlint:none",
            "-encoding", "UTF-8");
        errors.put(s, javac(List.of(file), options, Map.of(file, s)).getOrDefault(s, List.of()));
      } else {
        Path file = s.sourceFile(src);
        Files.createDirectories(file.getParent());
        Files.writeString(file, s.javaSource(SnippetImports.header(s.importedNames(), ambiguous)),
            StandardCharsets.UTF_8);
        bySource.put(file, s);
      }
    }
    List<String> options = List.of("-d", classes.toString(), "-classpath", String.join(File.pathSeparator, classPath),
        "-proc:none", "-Xlint:none", "-nowarn", "-encoding", "UTF-8", "-implicit:none");
    // A unit with errors stops javac writing any class: compile again without the failing ones, until none fail.
    Set<Path> toCompile = new LinkedHashSet<>(bySource.keySet());
    while (!toCompile.isEmpty()) {
      Map<SnippetSource, List<String>> failed = javac(List.copyOf(toCompile), options, bySource);
      if (failed.isEmpty()) {
        break;
      }
      errors.putAll(failed);
      Set<Path> failing = new HashSet<>();
      bySource.forEach((file, s) -> {
        if (failed.containsKey(s)) {
          failing.add(file);
        }
      });
      if (!toCompile.removeAll(failing)) {
        break;
      }
    }
    return errors;
  }

  /** The SDK's modules: always observable when a module descriptor block is compiled. */
  private static final List<String> SDK_MODULES = List.of("io.github.sponsorsdk.sms.core",
      "io.github.sponsorsdk.sms.rules", "io.github.sponsorsdk.sms.xml", "io.github.sponsorsdk.sms.testkit");

  /** A {@code requires} line of a module descriptor. */
  private static final Pattern REQUIRES = Pattern.compile(
      "^\\s*requires\\s+(?:(?:static|transitive)\\s+)*([\\w.]+)\\s*;.*");

  /** javac's error lines: {@code File.java:12: error: message}. */
  private static final Pattern ERROR = Pattern.compile("^(.+\\.java):(\\d+): error: (.*)$");

  /**
   * Runs javac (in process, through {@code java.util.spi.ToolProvider}: no module needs to read java.compiler); the
   * errors of each snippet, each followed by javac's detail lines ("symbol: ...").
   */
  private static Map<SnippetSource, List<String>> javac(List<Path> files, List<String> options,
      Map<Path, SnippetSource> bySource) {
    ToolProvider javac = ToolProvider.findFirst("javac")
        .orElseThrow(() -> new IllegalStateException("no javac in this JDK: the snippets need a JDK, not a JRE"));
    List<String> args = new ArrayList<>(options);
    files.forEach(f -> args.add(f.toString()));
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output);
    int status = javac.run(writer, writer, args.toArray(String[]::new));
    writer.flush();
    Map<SnippetSource, List<String>> errors = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : output.toString().lines().toList()) {
      Matcher m = ERROR.matcher(line);
      if (m.matches()) {
        SnippetSource s = find(bySource, Path.of(m.group(1)));
        if (s == null) {
          throw new IllegalStateException("javac: " + output);
        }
        String where = s.blockIndex(Long.parseLong(m.group(2))).map(i -> s.block.at(i))
            .orElse(s.block + " (generated line " + m.group(2) + ")");
        current = errors.computeIfAbsent(s, k -> new ArrayList<>());
        current.add(where + ": " + m.group(3));
      } else if (current != null && line.matches("^\\s+(symbol|location|required|found|reason):.*")) {
        current.add("    " + line.strip());
      }
    }
    if (status != 0 && errors.isEmpty()) {
      throw new IllegalStateException("javac failed: " + output);
    }
    return errors;
  }

  private static SnippetSource find(Map<Path, SnippetSource> bySource, Path source) {
    Path p = source.toAbsolutePath().normalize();
    for (Map.Entry<Path, SnippetSource> e : bySource.entrySet()) {
      if (e.getKey().toAbsolutePath().normalize().equals(p)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The entries of {@code classPath} that hold {@code roots} and the modules they read, transitively: the module path
   * for compiling a descriptor. The rest of the test class path stays off it (an automatic module would make every
   * observable module resolved, and test tools such as Lincheck ship jars that split a package).
   */
  static List<String> modulePath(List<String> classPath, Set<String> roots) {
    // A walk over the descriptors' "requires" (static ones too: javac reads them) rather than a run-time
    // resolution, which would pull in every automatic module once one is read.
    java.lang.module.ModuleFinder finder =
        java.lang.module.ModuleFinder.of(classPath.stream().map(Path::of).toArray(Path[]::new));
    Set<String> seen = new LinkedHashSet<>();
    List<String> path = new ArrayList<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name)) {
        continue;
      }
      finder.find(name).ifPresent(m -> {
        m.location().filter(uri -> uri.getScheme().equals("file")).ifPresent(uri -> path.add(Path.of(uri).toString()));
        m.descriptor().requires().forEach(r -> todo.push(r.name()));
      });
    }
    return path;
  }

  /** The test class path, with the Class-Path of a manifest-only jar (Surefire's booter) expanded. */
  static List<String> testClassPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(entry);
      if (entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry)) {
          Manifest manifest = jar.getManifest();
          String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
          if (classPath != null) {
            entries.remove(entry);
            for (String url : classPath.trim().split("\\s+")) {
              entries.add(Path.of(new URL(new File(entry).toURI().toURL(), url).toURI()).toString());
            }
          }
        } catch (Exception e) {
          throw new IllegalStateException("cannot read the class path entry " + entry, e);
        }
      }
    }
    return entries.stream().filter(e -> Files.exists(Path.of(e))).collect(Collectors.toList());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
