package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.event.EmploymentChangeKind;
import io.github.sponsorsdk.sms.core.event.OwnershipChangeKind;
import io.github.sponsorsdk.sms.core.event.PayReductionReason;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorOwnershipChanged;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.StudentMissedContacts;
import io.github.sponsorsdk.sms.core.event.StudentStudyingElsewhere;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerEmploymentChanged;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Boundaries by their domain meaning (issue 18's list): thresholds on both sides, a batch across the day a new
 * parameter version takes effect, which of two reports counts, the edges of every parameter range.
 */
class ReportingBoundariesTest {

  static final ReportingDuties ENGINE = ReportingDuties.defaults();
  static final SponsorContext EW = SponsorContext.of(UkNation.ENGLAND_AND_WALES);

  static Duty one(ReportableEvent e, LocalDate asOf) {
    return ENGINE.duties(e, EW, asOf).get(0);
  }

  // S2: "missed 10 consecutive expected contact points": 9 is not reportable, 10 and 11 are (Tier 4-era rule).
  @ParameterizedTest
  @CsvSource({"1, NOT_REPORTABLE", "9, NOT_REPORTABLE", "10, DUE", "11, DUE"})
  void missedContactsThreshold(int missed, DutyStatus status) {
    LocalDate on = LocalDate.of(2026, 2, 2);
    Duty d = one(StudentMissedContacts.builder().cas(Ev.CAS).occurredOn(on).consecutiveMissedContacts(missed).build(),
        on);
    assertThat(d.status()).isEqualTo(status);
    assertThat(d.has(DutyReason.MISSED_CONTACTS_BELOW_THRESHOLD)).isEqualTo(status == DutyStatus.NOT_REPORTABLE);
    if (status == DutyStatus.DUE) {
      assertThat(d.dueDate()).contains(LocalDate.of(2026, 2, 16));
    }
  }

  // S8: study elsewhere "for 10 working days or more": 9 is not notifiable, 10 and 11 are.
  @ParameterizedTest
  @CsvSource({"9, NOT_REPORTABLE", "10, DUE", "11, DUE"})
  void studyElsewhereThreshold(int days, DutyStatus status) {
    LocalDate on = LocalDate.of(2026, 2, 2);
    Duty d = one(StudentStudyingElsewhere.builder().cas(Ev.CAS).occurredOn(on).workingDaysElsewhere(days).build(), on);
    assertThat(d.status()).isEqualTo(status);
    assertThat(d.has(DutyReason.STUDY_ELSEWHERE_BELOW_THRESHOLD)).isEqualTo(status == DutyStatus.NOT_REPORTABLE);
  }

  /** O3.A with the event day as day 1: 28 calendar days end on day 28, the 27th day after the transfer. */
  @Test
  void calendarDayDeadlinesWhenTheEventDayIsDayOne() {
    ReportingDuties dayOne = ReportingDuties.of(ReportingParameters.builder().from(ReportingParameters.defaults())
        .dayCounting(DateEffective.of(ReportingParameters.DAY_COUNTING, ReportingParameters.COVERAGE_FROM,
            DayCounting.EVENT_DAY_IS_DAY_ONE, Citation.of(Source.CALLER_DOCUMENT, "test: event day is day 1", ReportingParameters.COVERAGE_FROM))).build());
    // Transfer Wednesday 7 January 2026: day 28 is Tuesday 3 February (day 0 counting: Wednesday 4 February).
    SponsorOwnershipChanged transfer = SponsorOwnershipChanged.builder().occurredOn(LocalDate.of(2026, 1, 7))
        .change(OwnershipChangeKind.TAKEOVER).newOwnerMustApplyForLicence(true).build();
    assertThat(dayOne.duties(transfer, EW, LocalDate.of(2026, 1, 7)).get(1).dueDate())
        .contains(LocalDate.of(2026, 2, 3));
    assertThat(ENGINE.duties(transfer, EW, LocalDate.of(2026, 1, 7)).get(1).dueDate())
        .contains(LocalDate.of(2026, 2, 4));
    // Transfer Friday 9 January: day 28 is Thursday 5 February; not moved.
    assertThat(dayOne.duties(SponsorOwnershipChanged.builder().from(transfer).occurredOn(LocalDate.of(2026, 1, 9))
        .build(), EW, LocalDate.of(2026, 1, 9)).get(1).dueDate()).contains(LocalDate.of(2026, 2, 5));
  }

  /** One batch across each dated switch: the event on the switch day gets the new version, the day before the old. */
  @Test
  void aBatchAcrossTheDayANewParameterVersionTakesEffect() {
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    List<ReportableEvent> events = List.of(
        WorkerEmploymentChanged.builder().cos(Ev.COS).occurredOn(LocalDate.of(2024, 3, 4))
            .change(EmploymentChangeKind.HYBRID_WORKING_PATTERN).build(),
        WorkerEmploymentChanged.builder().cos(Ev.COS).occurredOn(LocalDate.of(2024, 3, 5))
            .change(EmploymentChangeKind.HYBRID_WORKING_PATTERN).build(),
        unpaid(LocalDate.of(2023, 3, 30), UnpaidLeaveException.MATERNITY),
        unpaid(LocalDate.of(2023, 3, 31), UnpaidLeaveException.MATERNITY),
        unpaid(LocalDate.of(2023, 7, 26), UnpaidLeaveException.JURY_SERVICE),
        unpaid(LocalDate.of(2023, 7, 27), UnpaidLeaveException.JURY_SERVICE),
        unpaid(LocalDate.of(2025, 4, 8), UnpaidLeaveException.NEONATAL_CARE),
        unpaid(LocalDate.of(2025, 4, 9), UnpaidLeaveException.NEONATAL_CARE),
        healthCut(LocalDate.of(2022, 11, 8)),
        healthCut(LocalDate.of(2022, 11, 9)),
        start(LocalDate.of(2022, 11, 8), 10),
        start(LocalDate.of(2022, 11, 9), 10));
    DutyBatch b = ENGINE.duties(events, EW, asOf);
    assertThat(b.has(0, DutyReason.HYBRID_WORKING_REPORTABLE)).isTrue();
    assertThat(b.has(1, DutyReason.HYBRID_WORKING_NOT_REPORTABLE)).isTrue();
    // Maternity covers the excess: not reported before the 31 March 2023 guidance, reported from it.
    assertThat(b.has(2, DutyReason.UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE)).isTrue();
    assertThat(b.status(3)).isEqualTo(DutyStatus.OVERDUE);
    assertThat(b.has(3, DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES)).isTrue();
    // Jury service: not yet an exception on 26 July 2023 (so no exception: report, stop sponsoring), one on the 27th.
    assertThat(b.has(4, DutyReason.UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE)).isTrue();
    assertThat(b.has(5, DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES)).isTrue();
    assertThat(b.has(6, DutyReason.UNPAID_LEAVE_EXCEPTION_NOT_IN_FORCE)).isTrue();
    assertThat(b.has(7, DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES)).isTrue();
    // Health-related reduction in hours: permitted from HC 719, 9 November 2022.
    assertThat(b.has(8, DutyReason.PAY_REDUCTION_NOT_PERMITTED)).isTrue();
    assertThat(b.has(9, DutyReason.PAY_REDUCTION_PERMITTED)).isTrue();
    // Start delays: before 9 November 2022 any delay was reported; from it, only more than 28 days.
    assertThat(b.status(10)).isEqualTo(DutyStatus.OVERDUE);
    assertThat(b.clockStart(10)).contains(LocalDate.of(2022, 11, 8));
    assertThat(b.has(11, DutyReason.START_WITHIN_WINDOW)).isTrue();
  }

  static WorkerUnpaidLeave unpaid(LocalDate on, UnpaidLeaveException exception) {
    return WorkerUnpaidLeave.builder().cos(Ev.COS).occurredOn(on).daysWithoutPayInCalendarYear(21).exception(exception)
        .build();
  }

  static WorkerPayChanged healthCut(LocalDate on) {
    return WorkerPayChanged.builder().cos(Ev.COS).occurredOn(on).previousAnnualSalary(Money.ofPounds(40_000))
        .newAnnualSalary(Money.ofPounds(30_000)).reductionReason(PayReductionReason.HEALTH_REDUCED_HOURS).build();
  }

  static WorkerStartDelayed start(LocalDate windowStart, int delay) {
    return WorkerStartDelayed.builder().cos(Ev.COS).cosStartDate(windowStart).newStartDate(windowStart.plusDays(delay))
        .build();
  }

  /** Two reports of one duty: the earliest discharged it, whichever order they come in. */
  @Test
  void ofTwoReportsOfTheSameDutyTheEarliestCounts() {
    WorkerSponsorshipEnded e = WorkerSponsorshipEnded.builder().cos(Ev.COS).occurredOn(LocalDate.of(2025, 8, 22))
        .reason(SponsorshipEndReason.RESIGNATION).build(); // due 8 September 2025
    for (List<Report> reports : List.of(
        List.of(Report.of(e, LocalDate.of(2025, 9, 10)), Report.of(e, LocalDate.of(2025, 9, 5))),
        List.of(Report.of(e, LocalDate.of(2025, 9, 5)), Report.of(e, LocalDate.of(2025, 9, 10))))) {
      Duty d = ENGINE.duties(List.of(e), EW, LocalDate.of(2025, 12, 1), reports).get(0);
      assertThat(d.reportedOn()).contains(LocalDate.of(2025, 9, 5));
      assertThat(d.has(DutyReason.REPORTED_ON_TIME)).isTrue();
    }
    // A report of another row of the same event does not discharge this one.
    assertThat(ENGINE.duties(List.of(e), EW, LocalDate.of(2025, 12, 1),
        List.of(Report.builder().event(e).dutyId("W2").reportedOn(LocalDate.of(2025, 9, 1)).build())).get(0).status())
        .isEqualTo(DutyStatus.OVERDUE);
  }

  /** A start exactly on the window start is on time (not "earlier"); the day before is earlier. */
  @Test
  void aStartDelayOfExactlyZeroDaysIsWithinTheWindow() {
    LocalDate windowStart = LocalDate.of(2026, 1, 12);
    Duty zero = one(start(windowStart, 0), LocalDate.of(2026, 1, 12));
    assertThat(zero.status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(zero.has(DutyReason.START_WITHIN_WINDOW)).isTrue();
    assertThat(zero.has(DutyReason.EARLIER_START)).isFalse();
    Duty early = one(start(windowStart, -1), LocalDate.of(2026, 1, 12));
    assertThat(early.has(DutyReason.EARLIER_START)).isTrue();
  }

  /** A student-only sponsor's worker events cannot be decided: it holds no worker licence. */
  @Test
  void aWorkerEventOfAStudentOnlySponsorIsUndetermined() {
    SponsorContext students = SponsorContext.builder().nation(UkNation.SCOTLAND)
        .addLicensedCategories(RouteCategory.STUDENT).build();
    LocalDate on = LocalDate.of(2026, 2, 2);
    Duty d = ENGINE.duties(WorkerSponsorshipEnded.builder().cos(Ev.COS).occurredOn(on)
        .reason(SponsorshipEndReason.DISMISSAL).build(), students, on).get(0);
    assertThat(d.status()).isEqualTo(DutyStatus.UNDETERMINED);
    assertThat(d.has(DutyReason.CATEGORY_NOT_LICENSED)).isTrue();
    assertThat(ENGINE.duties(StudentMissedContacts.builder().cas(Ev.CAS).occurredOn(on).consecutiveMissedContacts(10)
        .build(), students, on).get(0).status()).isEqualTo(DutyStatus.DUE);
  }

  /** Every integer parameter at both edges of its range, and just outside them. */
  @ParameterizedTest
  @CsvSource({
      "reporting.unauthorisedAbsence.workingDays, 0, false", "reporting.unauthorisedAbsence.workingDays, 1, true",
      "reporting.unauthorisedAbsence.workingDays, 366, true", "reporting.unauthorisedAbsence.workingDays, 367, false",
      "reporting.missedContacts.threshold, 0, false", "reporting.missedContacts.threshold, 1, true",
      "reporting.missedContacts.threshold, 366, true", "reporting.missedContacts.threshold, 367, false",
      "reporting.studyingElsewhere.workingDays, 0, false", "reporting.studyingElsewhere.workingDays, 366, true",
      "reporting.studyingElsewhere.workingDays, 367, false", "reporting.allocationRenewal.windowMonths, 0, false",
      "reporting.allocationRenewal.windowMonths, 1, true", "reporting.allocationRenewal.windowMonths, 367, false",
      "reporting.startDelay.windowDays, -1, false", "reporting.startDelay.windowDays, 0, true",
      "reporting.startDelay.windowDays, 366, true", "reporting.startDelay.windowDays, 367, false",
      "reporting.unpaidLeave.weeks, 0, false", "reporting.unpaidLeave.weeks, 1, true",
      "reporting.unpaidLeave.weeks, 52, true", "reporting.unpaidLeave.weeks, 53, false"})
  void parameterRangesAtBothEdges(String name, int value, boolean accepted) {
    DateEffective<Integer> p = DateEffective.of(name, ReportingParameters.COVERAGE_FROM, value,
        Citation.of(Source.CALLER_DOCUMENT, "test: edge", ReportingParameters.COVERAGE_FROM));
    var b = ReportingParameters.builder().from(ReportingParameters.defaults());
    switch (name) {
      case ReportingParameters.ABSENCE_WORKING_DAYS -> b.absenceWorkingDays(p);
      case ReportingParameters.MISSED_CONTACTS -> b.missedContacts(p);
      case ReportingParameters.STUDYING_ELSEWHERE_WORKING_DAYS -> b.studyingElsewhereWorkingDays(p);
      case ReportingParameters.RENEWAL_WINDOW_MONTHS -> b.renewalWindowMonths(p);
      case ReportingParameters.START_WINDOW_DAYS -> b.startWindowDays(p);
      default -> b.unpaidLeaveWeeks(p);
    }
    if (accepted) {
      assertThat(b.build().parameters()).contains(p);
    } else {
      assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo(name);
            assertThat(v.rule()).isEqualTo("Range");
          }));
    }
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "366, true", "367, false"})
  void deadlineDaysAtBothEdges(int days, boolean accepted) {
    if (accepted) {
      assertThat(Deadline.workingDays(days).days()).isEqualTo(days);
      assertThat(Deadline.calendarDays(days).days()).isEqualTo(days);
    } else {
      assertThatThrownBy(() -> Deadline.workingDays(days)).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> Deadline.calendarDays(days)).isInstanceOf(InvalidValueException.class);
    }
  }

  /** A deadline counted back from the event cannot be a reporting deadline; a horizon must be counted. */
  @Test
  void deadlineKindViolations() {
    Citation c = Citation.of(Source.CALLER_DOCUMENT, "test: kind", ReportingParameters.COVERAGE_FROM);
    assertThatThrownBy(() -> ReportingParameters.builder().from(ReportingParameters.defaults())
        .breachOfConditionsDeadline(DateEffective.of(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE,
            ReportingParameters.COVERAGE_FROM, Deadline.lastWorkingDayBeforeEvent(), c))
        .newOwnerApplicationDeadline(DateEffective.of(ReportingParameters.NEW_OWNER_APPLICATION_DEADLINE,
            ReportingParameters.COVERAGE_FROM, Deadline.lastWorkingDayBeforeEvent(), c))
        .asrpHorizon(DateEffective.of(ReportingParameters.ASRP_HORIZON, ReportingParameters.COVERAGE_FROM,
            Deadline.asSoonAsReasonablyPracticable(), c))
        .build()).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting("path", "rule").containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE, "DeadlineKind"),
                org.assertj.core.groups.Tuple.tuple(ReportingParameters.NEW_OWNER_APPLICATION_DEADLINE, "DeadlineKind"),
                org.assertj.core.groups.Tuple.tuple(ReportingParameters.ASRP_HORIZON, "DeadlineKind")));
    // Counted deadlines are accepted for both.
    assertThat(ReportingParameters.builder().from(ReportingParameters.defaults())
        .breachOfConditionsDeadline(DateEffective.of(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE,
            ReportingParameters.COVERAGE_FROM, Deadline.calendarDays(5), c)).build()).isNotNull();
  }
}
