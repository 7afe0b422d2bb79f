package io.github.sponsorsdk.sms.testkit.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The imports every generated snippet gets: the exported packages of the SDK's four modules and a few JDK and library
 * packages, on demand. Where a simple name is in more than one of them, a single-type import picks the first package
 * in this order (JDK, then sms-core, sms-rules, sms-xml, sms-testkit, then libraries), so that a block never fails
 * on an ambiguous name; a block that means the other type imports it itself.
 */
final class SnippetImports {
  private SnippetImports() {}

  /** JDK packages, first in the order (so that, say, {@code java.time.Duration} is the one a block means). */
  static final List<String> JDK = List.of("java.lang", "java.util", "java.util.function", "java.util.stream",
      "java.time", "java.time.format", "java.time.temporal", "java.io", "java.nio.file", "java.nio.charset",
      "java.math");

  /** Library packages a README block may use: JSON with Jackson 2, JUnit 5 tests. */
  static final List<String> LIBRARIES = List.of("com.fasterxml.jackson.databind",
      "com.fasterxml.jackson.datatype.jdk8", "com.fasterxml.jackson.datatype.jsr310", "org.junit.jupiter.api",
      "org.junit.jupiter.api.extension");

  /** Static imports on demand. */
  static final List<String> STATIC = List.of("org.assertj.core.api.Assertions");

  /** A class of each SDK module, in module order: their module descriptors list the exported packages. */
  static final List<Class<?>> MODULE_ANCHORS = List.of(io.github.sponsorsdk.sms.core.licence.Licence.class,
      io.github.sponsorsdk.sms.rules.permission.PermissionEngine.class,
      io.github.sponsorsdk.sms.xml.io.BdtReader.class, io.github.sponsorsdk.sms.testkit.InMemorySms.class);

  /** The packages imported on demand, in order of precedence. */
  static List<String> packages() {
    List<String> all = new ArrayList<>(JDK);
    for (Class<?> anchor : MODULE_ANCHORS) {
      all.addAll(new TreeSet<>(exports(anchor)));
    }
    all.addAll(LIBRARIES);
    return all;
  }

  /**
   * The import lines for a block: one on-demand import per package and a single-type import for each simple name
   * found in two or more packages (the first package wins), except names the block imports itself.
   */
  static List<String> header(Set<String> importedByBlock, Map<String, String> firstPackageOfName) {
    List<String> lines = new ArrayList<>();
    for (String p : packages()) {
      if (!p.equals("java.lang")) {
        lines.add("import " + p + ".*;");
      }
    }
    STATIC.forEach(s -> lines.add("import static " + s + ".*;"));
    firstPackageOfName.forEach((name, pkg) -> {
      if (!importedByBlock.contains(name)) {
        lines.add("import " + pkg + "." + name + ";");
      }
    });
    return lines;
  }

  /** For each simple name public in two or more imported packages, the first package (in precedence order). */
  static Map<String, String> ambiguousNames(ClassLoader loader) {
    Map<String, List<String>> where = new LinkedHashMap<>();
    for (String p : packages()) {
      for (String name : publicTypes(p, loader)) {
        where.computeIfAbsent(name, n -> new ArrayList<>()).add(p);
      }
    }
    Map<String, String> first = new LinkedHashMap<>();
    where.forEach((name, packages) -> {
      if (packages.size() > 1) {
        first.put(name, packages.get(0));
      }
    });
    return first;
  }

  private static Set<String> exports(Class<?> anchor) {
    try (InputStream in = Files.newInputStream(location(anchor).resolve("module-info.class"))) {
      Set<String> exported = new TreeSet<>();
      ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
          .forEach(e -> exported.add(e.source()));
      return exported;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class-path root (a directory, or the root of a jar) holding {@code type}. */
  static Path location(Class<?> type) {
    try {
      Path p = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(p)) {
        return p;
      }
      return FileSystems.newFileSystem(p).getPath("/");
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot locate " + type, e);
    }
  }

  /** The simple names of the public top-level types of package {@code p}. */
  private static Set<String> publicTypes(String p, ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    for (String candidate : topLevelClassNames(p, loader)) {
      try {
        Class<?> c = Class.forName(p + "." + candidate, false, loader);
        if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
          names.add(candidate);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not loadable from here: not importable either
      }
    }
    return names;
  }

  private static Set<String> topLevelClassNames(String p, ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    String dir = p.replace('.', '/');
    if (p.startsWith("java.")) {
      FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
      Path packageDir = jrt.getPath("/packages", p);
      try (Stream<Path> modules = Files.list(packageDir)) {
        for (Path module : (Iterable<Path>) modules::iterator) {
          addClassFiles(jrt.getPath("/modules", module.getFileName().toString(), dir), names);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return names;
    }
    try {
      for (URL url : Collections.list(loader.getResources(dir))) {
        if (url.getProtocol().equals("file")) {
          addClassFiles(Path.of(url.toURI()), names);
        } else if (url.getProtocol().equals("jar")) {
          String spec = url.getFile();
          String jar = spec.substring(0, spec.indexOf("!/"));
          try (JarFile file = new JarFile(Path.of(new URI(jar)).toFile())) {
            file.stream().map(e -> e.getName())
                .filter(n -> n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0)
                .map(n -> n.substring(dir.length() + 1))
                .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.contains("-"))
                .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list package " + p, e);
    }
    return names;
  }

  private static void addClassFiles(Path dir, Set<String> names) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.contains("-"))
          .forEach(n -> names.add(n.substring(0, n.length() - ".class".length())));
    }
  }
}
