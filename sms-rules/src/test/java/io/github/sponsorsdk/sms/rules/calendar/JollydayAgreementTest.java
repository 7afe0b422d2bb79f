package io.github.sponsorsdk.sms.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bitset calendars agree with jollyday (plus the weekend) on every day of their range, and their arithmetic
 * agrees with naive day-by-day loops over jollyday on generated cases (Instancio, fixed seeds).
 */
class JollydayAgreementTest {

  static final JollydayHolidaySource JOLLYDAY = JollydayHolidaySource.load();

  /** A generated case: a start date and a signed number of working days. */
  record Case(LocalDate start, int n) {}

  static Predicate<LocalDate> jollydayWorkingDay(UkNation nation) {
    return d -> !Naive.isWeekend(d) && !JOLLYDAY.isHoliday(d, nation);
  }

  static List<Case> cases(long seed, int count, int maxAbsN) {
    return Instancio.ofList(Case.class).size(count)
        .withSeed(seed)
        .generate(field(Case.class, "start"), gen -> gen.temporal().localDate()
            .range(LocalDate.of(2002, 1, 1), LocalDate.of(2058, 12, 31)))
        .generate(field(Case.class, "n"), gen -> gen.ints().range(-maxAbsN, maxAbsN))
        .create();
  }

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void everyDayOfTheRangeAgreesWithJollydayAndTheWeekend(UkNation nation) {
    WorkingDayCalendar calendar = UkWorkingDayCalendars.of(nation);
    Predicate<LocalDate> reference = jollydayWorkingDay(nation);
    int days = 0;
    int bankHolidays = 0;
    for (LocalDate d = calendar.firstDay(); !d.isAfter(calendar.lastDay()); d = d.plusDays(1)) {
      boolean working = reference.test(d);
      assertThat(calendar.isWorkingDay(d)).as("%s %s", nation, d).isEqualTo(working);
      assertThat(calendar.isBankHoliday(d)).as("%s %s", nation, d).isEqualTo(!working && !Naive.isWeekend(d));
      days++;
      bankHolidays += calendar.isBankHoliday(d) ? 1 : 0;
    }
    assertThat(days).isEqualTo(22_281); // 2000-01-01 .. 2060-12-31
    assertThat(bankHolidays).isGreaterThan(8 * 61); // at least 8 a year in every nation
  }

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void plusWorkingDaysAgreesWithANaiveLoopOverJollyday(UkNation nation) {
    WorkingDayCalendar calendar = UkWorkingDayCalendars.of(nation);
    Predicate<LocalDate> reference = jollydayWorkingDay(nation);
    List<Case> cases = cases(20261125L + nation.ordinal(), 3_000, 300);
    assertThat(cases).anyMatch(c -> c.n() < 0).anyMatch(c -> c.n() > 0)
        .anyMatch(c -> !calendar.isWorkingDay(c.start()));
    for (Case c : cases) {
      LocalDate expected = Naive.plusWorkingDays(c.start(), c.n(), reference);
      assertThat(calendar.plusWorkingDays(c.start(), c.n())).as("%s %s %+d", nation, c.start(), c.n())
          .isEqualTo(expected);
      assertThat(calendar.minusWorkingDays(c.start(), -c.n())).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void shortMovesFromEveryKindOfDayAgreeWithTheNaiveLoop(UkNation nation) {
    // The reporting-deadline shape: N = 1..20 either way, from generated start dates.
    WorkingDayCalendar calendar = UkWorkingDayCalendars.of(nation);
    Predicate<LocalDate> reference = jollydayWorkingDay(nation);
    for (Case c : cases(7L + nation.ordinal(), 400, 20)) {
      for (int n = -20; n <= 20; n++) {
        assertThat(calendar.plusWorkingDays(c.start(), n)).as("%s %s %+d", nation, c.start(), n)
            .isEqualTo(Naive.plusWorkingDays(c.start(), n, reference));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(UkNation.class)
  void workingDaysBetweenNextAndPreviousAgreeWithNaiveDefinitions(UkNation nation) {
    WorkingDayCalendar calendar = UkWorkingDayCalendars.of(nation);
    Predicate<LocalDate> reference = jollydayWorkingDay(nation);
    for (Case c : cases(99L + nation.ordinal(), 2_000, 400)) {
      LocalDate a = c.start();
      LocalDate b = a.plusDays(Math.abs(c.n()));
      assertThat(calendar.workingDaysBetween(a, b)).as("%s [%s, %s)", nation, a, b)
          .isEqualTo(Naive.workingDaysBetween(a, b, reference));
      assertThat(calendar.next(a)).isEqualTo(Naive.plusWorkingDays(a, 1, reference));
      assertThat(calendar.previous(a)).isEqualTo(Naive.plusWorkingDays(a, -1, reference));
      LocalDate rolledForward = reference.test(a) ? a : Naive.plusWorkingDays(a, 1, reference);
      LocalDate rolledBack = reference.test(a) ? a : Naive.plusWorkingDays(a, -1, reference);
      assertThat(calendar.nextOrSame(a)).isEqualTo(rolledForward);
      assertThat(calendar.previousOrSame(a)).isEqualTo(rolledBack);
      if (calendar.isWorkingDay(a) && c.n() >= 0) {
        assertThat(calendar.workingDaysBetween(a, calendar.plusWorkingDays(a, c.n()))).isEqualTo(c.n());
      }
    }
  }

  @Test
  void theSourceReturnsObservedDatesOnWeekdaysOnly() {
    for (UkNation nation : UkNation.values()) {
      assertThat(JOLLYDAY.bankHolidays(nation, 2000, 2060)).allSatisfy(d -> assertThat(Naive.isWeekend(d)).isFalse());
    }
  }
}
