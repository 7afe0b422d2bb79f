package io.github.sponsorsdk.sms.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fake's time is the test clock and its identifiers come from the seed: nothing in sms-testkit reads the
 * machine's clock or an unseeded random source. (Written as plain tests: the ArchUnit JUnit 5 engine does not run
 * under this build's Surefire.)
 */
class TestkitArchitectureTest {

  static final JavaClasses TESTKIT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // sms-xml's test-jar (the benchmark file's generator) is on the test class path: not product code.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("io.github.sponsorsdk.sms.testkit");

  static ArchRule onlyTheTestClock() {
    return noClasses()
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(OffsetDateTime.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .because("time moves only when a test advances SmsTestClock");
  }

  static ArchRule onlySeededRandomness() {
    return noClasses().that().doNotHaveFullyQualifiedName("io.github.sponsorsdk.sms.testkit.fault.Faults")
        .should().callConstructor(Random.class)
        .orShould().callConstructor(Random.class, long.class)
        .orShould().callMethod(Math.class, "random")
        .orShould().callMethod(UUID.class, "randomUUID")
        .because("identifiers and faults repeat for the same seed (passwords use SecureRandom, on purpose)");
  }

  @Test
  void theFakeReadsNoWallClock() {
    onlyTheTestClock().check(TESTKIT);
  }

  @Test
  void randomnessIsSeeded() {
    onlySeededRandomness().check(TESTKIT);
  }

  @Test
  void theRandomnessRuleSeesTheSeededRandomItExempts() {
    // Without its one exemption the rule fails on Faults' seeded Random: the rule can fail.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses().should().callConstructor(Random.class)
        .orShould().callConstructor(Random.class, long.class).check(TESTKIT)).isInstanceOf(AssertionError.class).hasMessageContaining("Faults");
  }
}
