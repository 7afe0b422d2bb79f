package io.github.sponsorsdk.sms.rules.meta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The permission, licence, user and message engines are pure: no clock, no I/O, no printing, no logging. */
class RulesPurityArchitectureTest {

  static final JavaClasses ENGINES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.sponsorsdk.sms.rules.permission", "io.github.sponsorsdk.sms.rules.licence",
          "io.github.sponsorsdk.sms.rules.user", "io.github.sponsorsdk.sms.rules.message",
          "io.github.sponsorsdk.sms.rules.reason");

  @Test
  void importsTheEngines() {
    org.assertj.core.api.Assertions.assertThat(ENGINES.size()).isGreaterThan(25);
  }

  @Test
  void noWallClock() {
    noClasses().should().callMethod(LocalDate.class, "now").orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone").orShould().callMethod(System.class,
            "currentTimeMillis")
        .because("the date is an input of every rule").check(ENGINES);
  }

  @Test
  void noIoNoPrintingNoLogging() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.io..",
        "org.slf4j..", "java.util.logging..").because("rules take data in and give decisions out").check(ENGINES);
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(ENGINES);
  }
}
