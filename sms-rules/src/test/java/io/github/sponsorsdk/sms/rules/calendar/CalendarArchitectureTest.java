package io.github.sponsorsdk.sms.rules.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * sms-rules stays pure and free of any holiday library at run time; the one read it does, of its own bank-holiday
 * table, is confined to one named class.
 *
 * <p>The bank holidays are compiled from jollyday at build time (decision 0450), so no main class may depend on
 * jollyday, its XML binding or threeten-extra (the Maven enforcer also bans them from the run-time class path).
 * {@link UkBankHolidayTable} alone may open a class-path resource, and only {@link UkWorkingDayCalendars} may use it.
 * {@link WorkingDayCalendar}, the lookup structure, depends on neither.
 */
class CalendarArchitectureTest {

  static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.sponsorsdk.sms.rules");

  static final String LOADER = UkBankHolidayTable.class.getName();
  static final String BUILDER = UkWorkingDayCalendars.class.getName();

  /** No holiday library, XML binding or threeten-extra anywhere in sms-rules' main code. */
  static ArchRule noHolidayLibraryAtRunTime() {
    return noClasses()
        .should().dependOnClassesThat().resideInAnyPackage("de.focus_shift..", "org.threeten.extra..",
            "jakarta.xml.bind..", "javax.xml..")
        .because("the bank holidays are compiled into a resource at build time (docs/decisions/0450)");
  }

  /** Only the table loader reads a class-path resource. */
  static ArchRule resourcesOnlyInTheLoader() {
    return noClasses().that().doNotHaveFullyQualifiedName(LOADER)
        .and().haveNameNotMatching(java.util.regex.Pattern.quote(LOADER) + "\\$.*")
        .should().callMethod(Class.class, "getResourceAsStream", String.class)
        .orShould().callMethod(ClassLoader.class, "getResourceAsStream", String.class)
        .orShould().callMethod(Module.class, "getResourceAsStream", String.class)
        .because("reading the bank-holiday table is the one read sms-rules does, kept in " + LOADER);
  }

  /** Only the cached factory (and the loader itself) may use the loader. */
  static ArchRule loaderOnlyFromTheFactory() {
    return noClasses().that().doNotHaveFullyQualifiedName(LOADER)
        .and().haveNameNotMatching(java.util.regex.Pattern.quote(LOADER) + "\\$.*")
        .and().doNotHaveFullyQualifiedName(BUILDER)
        .and().haveNameNotMatching(java.util.regex.Pattern.quote(BUILDER) + "\\$.*")
        .should().dependOnClassesThat().haveFullyQualifiedName(LOADER)
        .because("calendars are built once by " + BUILDER + "; lookups never go back to the table");
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
    assertThat(RULES.contain(UkBankHolidayTable.class)).isTrue();
    assertThat(RULES.contain(JollydayHolidaySource.class)).isFalse(); // test tree only
  }

  @Test
  void noHolidayLibraryIsNeededAtRunTime() {
    noHolidayLibraryAtRunTime().check(RULES);
  }

  @Test
  void onlyTheLoaderReadsAResource() {
    resourcesOnlyInTheLoader().check(RULES);
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
    assertThatThrownBy(() -> noHolidayLibraryAtRunTime().check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> resourcesOnlyInTheLoader().check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> loaderOnlyFromTheFactory().check(offender)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> pure().check(offender)).isInstanceOf(AssertionError.class);
  }

  /** Breaks every rule on purpose, to prove the rules can fail. */
  static final class Offender {
    boolean lookUp(LocalDate date) {
      InputStream in = Offender.class.getResourceAsStream("uk-bank-holidays.txt");
      return UkBankHolidayTable.load().bankHolidays(io.github.sponsorsdk.sms.core.place.UkNation.SCOTLAND)
          .contains(date)
          && de.focus_shift.jollyday.core.HolidayManager.isManagerCachingEnabled()
          && in != null
          && System.currentTimeMillis() > 0;
    }
  }
}
