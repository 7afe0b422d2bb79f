package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.event.EventKind;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants over generated batches (Instancio, fixed seeds; the seed is in the test name on failure): every kind,
 * every nation, dates across 2021-2059 including every Christmas and Easter.
 */
class ReportingInvariantsTest {

  /** One generated case. */
  record Case(int kind, LocalDate date, int n, boolean flag, UkNation nation, int asOfOffset, int reportOffset) {}

  static List<Case> cases(long seed, int count) {
    return Instancio.ofList(Case.class).size(count).withSeed(seed)
        .generate(field(Case.class, "kind"), gen -> gen.ints().range(0, EventKind.values().length - 1))
        .generate(field(Case.class, "date"), gen -> gen.temporal().localDate()
            .range(LocalDate.of(2021, 1, 1), LocalDate.of(2059, 12, 31)))
        .generate(field(Case.class, "n"), gen -> gen.ints().range(1, 60))
        .generate(field(Case.class, "asOfOffset"), gen -> gen.ints().range(-30, 120))
        .generate(field(Case.class, "reportOffset"), gen -> gen.ints().range(-5, 60))
        .create();
  }

  static final ReportingDuties DAY_ONE = ReportingDuties.of(ReportingParameters.builder()
      .from(ReportingParameters.defaults())
      .dayCounting(DateEffective.of(ReportingParameters.DAY_COUNTING, ReportingParameters.COVERAGE_FROM,
          DayCounting.EVENT_DAY_IS_DAY_ONE, Citation.of(Source.CALLER_DOCUMENT, "test: " + "event day is day 1",
              LocalDate.of(2020, 1, 1))))
      .build());

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261125L, 42L, 7L})
  void invariantsHoldForGeneratedBatches(long seed) {
    check(seed, ReportingDuties.defaults(), false);
  }

  @ParameterizedTest(name = "seed {0}, event day is day 1")
  @ValueSource(longs = {99L})
  void invariantsHoldWhenTheEventDayIsDayOne(long seed) {
    check(seed, DAY_ONE, true);
  }

  void check(long seed, ReportingDuties engine, boolean dayOne) {
    List<Case> cases = cases(seed, 4000);
    Set<EventKind> kindsSeen = EnumSet.noneOf(EventKind.class);
    Map<DutyStatus, Integer> statuses = new EnumMap<>(DutyStatus.class);
    for (UkNation nation : UkNation.values()) {
      WorkingDayCalendar cal = UkWorkingDayCalendars.of(nation);
      List<ReportableEvent> events = new ArrayList<>();
      List<Report> reports = new ArrayList<>();
      LocalDate asOf = LocalDate.of(2040, 6, 15);
      for (Case c : cases) {
        if (c.nation() != nation) {
          continue;
        }
        ReportableEvent e = Ev.of(EventKind.values()[c.kind()], c.date(), c.n(), c.flag());
        events.add(e);
        kindsSeen.add(e.kind());
        if (c.reportOffset() % 3 == 0) {
          reports.add(Report.of(e, c.date().plusDays(c.reportOffset())));
        }
      }
      // One batch per nation, several as-of dates: the engine must not depend on batch composition.
      for (LocalDate a : List.of(asOf, LocalDate.of(2030, 1, 2), LocalDate.of(2059, 12, 31))) {
        List<Duty> duties = engine.duties(events, SponsorContext.of(nation), a, reports);
        assertThat(duties.size()).isGreaterThanOrEqualTo(events.size());
        // The engine's epoch-day path over the calendar's index equals the LocalDate path (the interface defaults).
        assertThat(engine.withWorkingDays(new DateMethodsOnly(cal)).duties(events, SponsorContext.of(nation), a, reports))
            .as("epoch-day and LocalDate working days agree, seed " + seed).isEqualTo(duties);
        for (Duty d : duties) {
          statuses.merge(d.status(), 1, Integer::sum);
          String where = seed + " " + d + " asOf " + a;
          assertThat(d.nation()).contains(nation);
          if (d.dueDate().isPresent()) {
            LocalDate due = d.dueDate().get();
            assertThat(cal.isWorkingDay(due)).as("due date is a working day: " + where).isTrue();
            assertThat(d.clockStart()).as(where).isPresent();
            assertThat(due).as("due >= clock start: " + where).isAfterOrEqualTo(d.clockStart().get());
          }
          assertThat(d.status() == DutyStatus.OVERDUE)
              .as("overdue iff as-of > due and not reported: " + where)
              .isEqualTo(d.dueDate().isPresent() && d.reportedOn().isEmpty() && a.isAfter(d.dueDate().get()));
          if (d.status() == DutyStatus.NOT_REPORTABLE || d.status() == DutyStatus.UNDETERMINED) {
            assertThat(d.dueDate()).as("no due date: " + where).isEmpty();
          }
          if (d.horizonDate().isPresent()) {
            assertThat(d.dueDate()).as(where).isEmpty();
            assertThat(d.status()).as("ASRP is never overdue: " + where).isIn(DutyStatus.DUE, DutyStatus.REPORTED);
            if (d.status() == DutyStatus.DUE) {
              assertThat(d.has(DutyReason.ASRP_HORIZON_PASSED)).as("flagged iff past the horizon: " + where)
                  .isEqualTo(a.isAfter(d.horizonDate().get()));
            }
          }
          if (d.rule().deadline().kind() == DeadlineKind.WORKING_DAYS && d.rule().deadlineParameter().isEmpty()
              && d.dueDate().isPresent()) {
            assertThat(d.dueDate().get()).as("agrees with a day-by-day count: " + where)
                .isEqualTo(dayOne ? naiveDayOne(cal, d.clockStart().get(), d.rule().deadline().days())
                    : naivePlusWorkingDays(cal, d.clockStart().get(), d.rule().deadline().days()));
          }
          assertThat(d.reasons()).as(where).isNotEmpty();
        }
      }
    }
    assertThat(kindsSeen).isEqualTo(EnumSet.allOf(EventKind.class));
    assertThat(statuses.keySet()).contains(DutyStatus.DUE, DutyStatus.OVERDUE, DutyStatus.REPORTED,
        DutyStatus.NOT_REPORTABLE);
  }

  /** The calendar through the {@code LocalDate} methods alone: the epoch-day methods are the interface defaults. */
  static final class DateMethodsOnly implements WorkingDays {
    private final WorkingDayCalendar cal;

    DateMethodsOnly(WorkingDayCalendar cal) {
      this.cal = cal;
    }

    @Override
    public UkNation nation() {
      return cal.nation();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return cal.isWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
      return cal.plusWorkingDays(date, n);
    }

    @Override
    public LocalDate nextOrSame(LocalDate date) {
      return cal.nextOrSame(date);
    }

    @Override
    public LocalDate previous(LocalDate date) {
      return cal.previous(date);
    }

    @Override
    public LocalDate previousOrSame(LocalDate date) {
      return cal.previousOrSame(date);
    }
  }

  /** Day 1 is the clock-start day when it is a working day, else the next working day. */
  static LocalDate naiveDayOne(WorkingDayCalendar cal, LocalDate start, int n) {
    LocalDate d = start;
    int counted = cal.isWorkingDay(d) ? 1 : 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (cal.isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  static LocalDate naivePlusWorkingDays(WorkingDayCalendar cal, LocalDate start, int n) {
    LocalDate d = start;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (cal.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }
}
