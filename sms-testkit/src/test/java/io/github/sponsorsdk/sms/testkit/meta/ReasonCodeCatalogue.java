package io.github.sponsorsdk.sms.testkit.meta;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every {@link ReasonCode} enum of every module, found on the compiled main classes (only sms-testkit's test class
 * path holds all four modules), with what the source files say of each constant and which classes use it. Shared by
 * the reason-code meta-test and the rules-index generator.
 */
final class ReasonCodeCatalogue {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // sms-xml's test-jar (the benchmark file's generator) is on the test class path: not product code.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("io.github.sponsorsdk.sms");

  /** The repository root, seen from the module directory the tests run in. */
  static final Path ROOT = Paths.get("..");

  private static final String[] MODULES = {"sms-core", "sms-rules", "sms-xml", "sms-testkit"};

  private ReasonCodeCatalogue() {}

  /** Every enum of main code that implements {@link ReasonCode}, by name. */
  @SuppressWarnings("unchecked")
  static List<Class<? extends Enum<?>>> enums() {
    List<Class<? extends Enum<?>>> out = new ArrayList<>();
    for (JavaClass c : MAIN) {
      if (c.isEnum() && c.isAssignableTo(ReasonCode.class) && !c.isAnonymousClass()) {
        out.add((Class<? extends Enum<?>>) c.reflect());
      }
    }
    out.sort(Comparator.comparing(Class::getName));
    return out;
  }

  /** Every constant of every {@link #enums()}. */
  static List<ReasonCode> codes() {
    List<ReasonCode> out = new ArrayList<>();
    for (Class<? extends Enum<?>> e : enums()) {
      for (Enum<?> c : e.getEnumConstants()) {
        out.add((ReasonCode) c);
      }
    }
    return out;
  }

  /** The simple names of the main classes, other than its own enum, that read {@code code}'s constant. */
  static Set<String> usedBy(ReasonCode code) {
    Class<?> type = ((Enum<?>) code).getDeclaringClass();
    return MAIN.get(type).getField(code.name()).getAccessesToSelf().stream()
        .map(a -> a.getOriginOwner())
        .filter(o -> !o.isEquivalentTo(type))
        .map(o -> topLevel(o).getSimpleName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }

  /** The source file of {@code type}, in whichever module holds it. */
  static Path source(Class<?> type) {
    String relative = type.getName().replace('.', '/') + ".java";
    for (String m : MODULES) {
      Path p = ROOT.resolve(m).resolve("src/main/java").resolve(relative);
      if (Files.exists(p)) {
        return p;
      }
    }
    throw new IllegalStateException("No source file for " + type.getName() + " under " + ROOT.toAbsolutePath());
  }

  /** The enum's class Javadoc, or an empty string. */
  static String classJavadoc(Class<?> type) {
    String src = read(source(type));
    int decl = src.indexOf("enum " + type.getSimpleName());
    int end = src.lastIndexOf("*/", decl);
    int start = src.lastIndexOf("/**", end);
    return start < 0 || end < 0 ? "" : src.substring(start, end);
  }

  /** The Javadoc directly before the constant {@code name}, or empty. */
  static Optional<String> constantJavadoc(Class<?> type, String name) {
    String src = read(source(type));
    Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*" + Pattern.quote(name) + "\\s*[(,;]", Pattern.DOTALL)
        .matcher(src);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
