package io.github.sponsorsdk.sms.xml.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the reference material the project was built from (its {@code bdt} folder: the official v2.1 XSD and example
 * files, described in {@code docs/sources.md#bdt-schema-v2-1} and {@code #bdt-example-files}), which is not part of
 * the repository. Looked up in this order: the system property {@code sms.reference.dir}; then a {@code reference}
 * folder inside a {@code shared} folder beside the repository root or any folder above it (as CI lays it out). Tests
 * that need it call {@link #bdt()}, which skips them with a message when it is absent.
 */
public final class Reference {
  private Reference() {}

  public static final String PROPERTY = "sms.reference.dir";

  public static Optional<Path> find() {
    String prop = System.getProperty(PROPERTY, "");
    if (!prop.isBlank()) {
      Path p = Path.of(prop).toAbsolutePath();
      return Files.isDirectory(p.resolve("bdt")) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("reference");
      if (Files.isDirectory(candidate.resolve("bdt"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The {@code bdt} folder, or the test is skipped saying why. */
  public static Path bdt() {
    Optional<Path> ref = find();
    assumeTrue(ref.isPresent(), () -> "SKIPPED: the reference material's bdt folder was not found (set -D" + PROPERTY
        + "=/path/to/the/reference/folder); the official-file conformance"
        + " checks need it. The project's own fixtures cover the same scenarios.");
    return ref.get().resolve("bdt");
  }
}
