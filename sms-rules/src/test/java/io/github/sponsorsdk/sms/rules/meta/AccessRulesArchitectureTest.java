package io.github.sponsorsdk.sms.rules.meta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * The password, log-in and session engines are pure: no wall clock, no randomness, no I/O, no printing or logging
 * (so no password or personal data can leak through a log), no JSON at run time.
 */
class AccessRulesArchitectureTest {

  static final JavaClasses ENGINES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.sponsorsdk.sms.rules.password", "io.github.sponsorsdk.sms.rules.login",
          "io.github.sponsorsdk.sms.rules.session");

  static ArchRule pure() {
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
        .orShould().callMethod(Math.class, "random")
        .orShould().callMethod(UUID.class, "randomUUID")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
            "java.sql..", "java.util.logging..", "org.slf4j..", "java.util.random..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().accessClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
        .because("rules are functions of their inputs; time is a parameter or a Clock, and nothing is logged");
  }

  @Test
  void theEnginesArePure() {
    assertThat(ENGINES.size()).isGreaterThan(20);
    pure().check(ENGINES);
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(ENGINES);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(ENGINES);
  }

  @Test
  void theRuleCatchesAnOffender() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    assertThatThrownBy(() -> pure().check(offender)).isInstanceOf(AssertionError.class);
  }

  /** Breaks the rule on purpose. */
  static final class Offender {
    Instant now() {
      return Instant.now();
    }
  }
}
