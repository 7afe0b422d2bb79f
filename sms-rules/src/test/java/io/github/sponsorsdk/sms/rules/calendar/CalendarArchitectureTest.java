package io.github.sponsorsdk.sms.rules.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * sms-rules stays pure; jollyday, which reads XML from the class path, is confined to one named class.
 *
 * <p>The one exception to "no I/O in sms-rules" is {@link JollydayHolidaySource}: it alone may touch jollyday, and
 * only {@link UkWorkingDayCalendars} (which builds the calendars once) may use it. {@link WorkingDayCalendar}, the
 * lookup structure, depends on neither.
 */
class CalendarArchitectureTest {

  static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.sponsorsdk.sms.rules");

  static final String LOADER = JollydayHolidaySource.class.getName();
  static final String BUILDER = UkWorkingDayCalendars.class.getName();

  /** Only the loader may depend on jollyday. */
  static ArchRule jollydayOnlyInTheLoader() {
    return noClasses().that().doNotHaveFullyQualifiedName(LOADER)
        .should().dependOnClassesThat().resideInAPackage("de.focus_shift..")
        .because("jollyday does class-path I/O; only " + LOADER + " may use it, to build calendars");
  }

  /** Only the cached factory (and the loader itself) may use the loader. */
  static ArchRule loaderOnlyFromTheFactory() {
    return noClasses().that().doNotHaveFullyQualifiedName(LOADER)
        .and().doNotHaveFullyQualifiedName(BUILDER)
        .and().doNotHaveFullyQualifiedName(BUILDER + "$Holder")
        .should().dependOnClassesThat().haveFullyQualifiedName(LOADER)
        .because("calendars are built once by " + BUILDER + "; lookups never go back to jollyday");
  }

  /** No file, socket or database access, no wall clock, anywhere in sms-rules (the loader included). */
  static ArchRule pure() {
    return noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..")
        .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .because("rules take their data and their time as inputs");
  }

  @Test
  void importsTheModule() {
    assertThat(RULES.contain(WorkingDayCalendar.class)).isTrue();
    assertThat(RULES.contain(JollydayHolidaySource.class)).isTrue();
  }

  @Test
  void jollydayIsConfinedToTheLoader() {
    jollydayOnlyInTheLoader().check(RULES);
  }

  @Test
  void theLoaderIsUsedOnlyToBuildTheCachedCalendars() {
    loaderOnlyFromTheFactory().check(RULES);
  }

  @Test
  void theModuleIsPure() {
    pure().check(RULES);
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(RULES);
  }

  @Test
  void theRulesCatchViolations() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    assertThatThrownBy(() -> jollydayOnlyInTheLoader().check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> loaderOnlyFromTheFactory().check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> pure().check(offender)).isInstanceOf(AssertionError.class);
  }

  /** Breaks every rule on purpose, to prove the rules can fail. */
  static final class Offender {
    boolean lookUp(LocalDate date) {
      return JollydayHolidaySource.load().isHoliday(date, io.github.sponsorsdk.sms.core.place.UkNation.SCOTLAND)
          && de.focus_shift.jollyday.core.HolidayManager.isManagerCachingEnabled()
          && System.currentTimeMillis() > 0;
    }
  }
}
