package io.github.sponsorsdk.sms.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * sms-core is vocabulary: no wall clock, no randomness, no file or network I/O, no printing.
 *
 * <p>The rules are checked from plain JUnit tests: the ArchUnit JUnit 5 engine reported no tests under Surefire in
 * this build (a deliberately broken rule passed), so {@code @ArchTest} fields are not relied on.
 */
class CoreArchitectureTest {

  static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.sponsorsdk.sms.core");

  /** Time and randomness are inputs, never read from the machine. */
  static ArchRule noWallClockOrRandomness() {
    return noClasses()
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(OffsetDateTime.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callConstructor(java.util.Date.class)
        .orShould().callMethod(Math.class, "random")
        .orShould().callMethod(UUID.class, "randomUUID")
        .because("time and randomness are inputs, never read from the machine");
  }

  /** No file, socket or database access: callers hand data in. */
  static ArchRule noIo() {
    return noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..",
            "java.sql..")
        .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
        .because("this module opens no file, socket or database: callers hand it data");
  }

  @Test
  void importsTheModule() {
    org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(10);
  }

  @Test
  void noStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
  }

  @Test
  void noJavaUtilLogging() {
    // One exception, which logs nothing: value.QuietBootstrap holds Hibernate Validator's version banner back.
    noClasses().that().doNotHaveFullyQualifiedName("io.github.sponsorsdk.sms.core.value.QuietBootstrap")
        .should().accessClassesThat().resideInAPackage("java.util.logging..")
        .because("sms-core logs nothing")
        .check(CORE);
  }

  @Test
  void noWallClock() {
    noWallClockOrRandomness().check(CORE);
  }

  @Test
  void noFileOrNetworkIo() {
    noIo().check(CORE);
  }

  @Test
  void databindOnlyForItsBridgeAnnotations() {
    // Annotation members may name databind types (their defaults, e.g. JsonSerializer.None); the JVM ignores
    // annotations whose classes are absent, so only code that calls or reads databind would need it at run time.
    noClasses().should().accessClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
        .because("jackson-databind is compile-time only in sms-core; see docs/decisions/0002")
        .check(CORE);
  }

  @Test
  void theRulesCatchViolations() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> noWallClockOrRandomness().check(offender))
        .isInstanceOf(AssertionError.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(offender))
        .isInstanceOf(AssertionError.class);
  }

  /** Breaks the rules on purpose, to prove they can fail. */
  static final class Offender {
    long now() {
      System.out.println("x");
      return System.currentTimeMillis();
    }
  }
}
