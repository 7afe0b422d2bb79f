package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.event.EmploymentChangeKind;
import io.github.sponsorsdk.sms.core.event.ExpansionAuthorisingOfficerVisaGranted;
import io.github.sponsorsdk.sms.core.event.OffshoreDirection;
import io.github.sponsorsdk.sms.core.event.OffshoreWorkerMovement;
import io.github.sponsorsdk.sms.core.event.OwnershipChangeKind;
import io.github.sponsorsdk.sms.core.event.ReportableEvent;
import io.github.sponsorsdk.sms.core.event.SponsorAllocationExpiring;
import io.github.sponsorsdk.sms.core.event.SponsorOwnershipChanged;
import io.github.sponsorsdk.sms.core.event.SponsorStoppedTrading;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.StudentCompletedEarly;
import io.github.sponsorsdk.sms.core.event.TradingChangeKind;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerBreachOfConditions;
import io.github.sponsorsdk.sms.core.event.WorkerEmploymentChanged;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary cases from the sources. Bank holidays per nation: GOV.UK bank-holidays feed (copies in the test
 * resources of {@code calendar}); reporting rules: docs/sources.md#reporting-duties rows as cited in the catalogue.
 */
class ReportingDutiesTest {

  static final ReportingDuties ENGINE = ReportingDuties.defaults();

  static Duty one(ReportableEvent e, UkNation nation, LocalDate asOf) {
    List<Duty> duties = ENGINE.duties(List.of(e), SponsorContext.of(nation), asOf);
    assertThat(duties).hasSize(1);
    return duties.get(0);
  }

  static WorkerSponsorshipEnded ended(LocalDate on) {
    return WorkerSponsorshipEnded.builder().cos(Ev.COS).occurredOn(on).reason(SponsorshipEndReason.RESIGNATION)
        .build();
  }

  // --- Friday before a bank holiday (GOV.UK: Summer bank holiday Monday 25 August 2025 in England and Wales and in
  // Northern Ireland; Scotland's was Monday 4 August 2025, so 25 August is a working day there).
  @ParameterizedTest
  @CsvSource({
      "ENGLAND_AND_WALES, 2025-09-08",
      "NORTHERN_IRELAND, 2025-09-08",
      "SCOTLAND, 2025-09-05"})
  void tenWorkingDaysFromTheFridayBeforeTheAugustBankHoliday(UkNation nation, LocalDate due) {
    Duty d = one(ended(LocalDate.of(2025, 8, 22)), nation, LocalDate.of(2025, 8, 22));
    assertThat(d.status()).isEqualTo(DutyStatus.DUE);
    assertThat(d.clockStart()).contains(LocalDate.of(2025, 8, 22));
    assertThat(d.dueDate()).contains(due);
    assertThat(d.nation()).contains(nation);
    assertThat(d.has(DutyReason.DUE)).isTrue();
  }

  // --- Northern Ireland's own days (GOV.UK 2026: St Patrick's Day Tuesday 17 March; Battle of the Boyne, 12 July a
  // Sunday, observed Monday 13 July). The same event is due a day later there than in Great Britain.
  @ParameterizedTest
  @CsvSource({
      "2026-03-13, ENGLAND_AND_WALES, 2026-03-27",
      "2026-03-13, SCOTLAND, 2026-03-27",
      "2026-03-13, NORTHERN_IRELAND, 2026-03-30",
      "2026-07-10, ENGLAND_AND_WALES, 2026-07-24",
      "2026-07-10, NORTHERN_IRELAND, 2026-07-27"})
  void northernIrelandsOwnBankHolidays(LocalDate on, UkNation nation, LocalDate due) {
    assertThat(one(ended(on), nation, on).dueDate()).contains(due);
  }

  /** A Saturday event counts from the next working day; with Monday a holiday it lands where Friday's does. */
  @Test
  void aSaturdayEventCountsFromTheNextWorkingDay() {
    assertThat(one(ended(LocalDate.of(2025, 8, 23)), UkNation.ENGLAND_AND_WALES, LocalDate.of(2025, 8, 23))
        .dueDate()).contains(LocalDate.of(2025, 9, 8));
    // An ordinary weekend: Saturday 7 March 2026 -> Mon 9 is day 1 -> Fri 20 March is day 10.
    assertThat(one(ended(LocalDate.of(2026, 3, 7)), UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 7))
        .dueDate()).contains(LocalDate.of(2026, 3, 20));
  }

  // --- Christmas and New Year. GOV.UK 2025-26: 25 and 26 December and 1 January in every nation; Scotland also
  // 2 January 2026.
  @ParameterizedTest
  @CsvSource({
      "ENGLAND_AND_WALES, 2026-01-12, 2026-01-26",
      "NORTHERN_IRELAND, 2026-01-12, 2026-01-26",
      "SCOTLAND, 2026-01-13, 2026-01-27"})
  void acrossChristmasAndNewYear(UkNation nation, LocalDate tenDays, LocalDate twentyDays) {
    LocalDate christmasEve = LocalDate.of(2025, 12, 24);
    assertThat(one(ended(christmasEve), nation, christmasEve).dueDate()).contains(tenDays);
    ReportableEvent stopped = SponsorStoppedTrading.builder().occurredOn(christmasEve)
        .change(TradingChangeKind.INSOLVENT).build();
    assertThat(one(stopped, nation, christmasEve).dueDate()).contains(twentyDays);
  }

  /** Christmas Day itself (a holiday) is day 0; day 1 is the next working day. */
  @ParameterizedTest
  @CsvSource({
      "ENGLAND_AND_WALES, 2026-01-12",
      "SCOTLAND, 2026-01-13"})
  void anEventOnChristmasDay(UkNation nation, LocalDate due) {
    assertThat(one(ended(LocalDate.of(2025, 12, 25)), nation, LocalDate.of(2025, 12, 25)).dueDate()).contains(due);
  }

  @Test
  void overdueIsTheDayAfterTheDueDate() {
    WorkerSponsorshipEnded e = ended(LocalDate.of(2025, 8, 22));
    assertThat(one(e, UkNation.ENGLAND_AND_WALES, LocalDate.of(2025, 9, 8)).status()).isEqualTo(DutyStatus.DUE);
    Duty late = one(e, UkNation.ENGLAND_AND_WALES, LocalDate.of(2025, 9, 9));
    assertThat(late.status()).isEqualTo(DutyStatus.OVERDUE);
    assertThat(late.has(DutyReason.OVERDUE)).isTrue();
  }

  @Test
  void eventDayAsDayOneIsAParameter() {
    ReportingParameters p = ReportingParameters.builder().from(ReportingParameters.defaults())
        .dayCounting(DateEffective.of(ReportingParameters.DAY_COUNTING, ReportingParameters.COVERAGE_FROM,
            DayCounting.EVENT_DAY_IS_DAY_ONE, Citation.of(Source.CALLER_DOCUMENT, "test: " + "day one",
                LocalDate.of(2020, 1, 1))))
        .build();
    ReportingDuties dayOne = ReportingDuties.of(p);
    // Friday 22 Aug 2025 is day 1, so day 10 is Friday 5 September (Monday 25 August a holiday).
    assertThat(dayOne.duties(List.of(ended(LocalDate.of(2025, 8, 22))), SponsorContext.of(UkNation.ENGLAND_AND_WALES),
        LocalDate.of(2025, 8, 22)).get(0).dueDate()).contains(LocalDate.of(2025, 9, 5));
    // On a non-working day (Saturday 23rd) day 1 is the next working day, Tuesday 26th: same as the default.
    assertThat(dayOne.duties(List.of(ended(LocalDate.of(2025, 8, 23))), SponsorContext.of(UkNation.ENGLAND_AND_WALES),
        LocalDate.of(2025, 8, 23)).get(0).dueDate()).contains(LocalDate.of(2025, 9, 8));
  }

  // --- W2: more than 10 consecutive working days; the clock starts on the tenth.
  @Test
  void theTenthAbsenceDayIsNotYetReportableTheEleventhIs() {
    LocalDate first = LocalDate.of(2026, 3, 2); // Monday
    WorkerUnauthorisedAbsence ten = WorkerUnauthorisedAbsence.builder().cos(Ev.COS).occurredOn(first)
        .consecutiveWorkingDaysAbsent(10).build();
    Duty d10 = one(ten, UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 13));
    assertThat(d10.status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(d10.dueDate()).isEmpty();
    assertThat(d10.has(DutyReason.ABSENCE_WITHIN_THRESHOLD)).isTrue();

    WorkerUnauthorisedAbsence eleven = WorkerUnauthorisedAbsence.builder().from(ten).consecutiveWorkingDaysAbsent(11)
        .build();
    Duty d11 = one(eleven, UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 16));
    assertThat(d11.status()).isEqualTo(DutyStatus.DUE);
    assertThat(d11.clockStart()).contains(LocalDate.of(2026, 3, 13)); // tenth working day
    assertThat(d11.dueDate()).contains(LocalDate.of(2026, 3, 27));
  }

  @Test
  void theTenthAbsenceDaySkipsEasterAndAShiftWorkerMayGiveIt() {
    // Absence from Monday 30 March 2026; Good Friday 3 April and Easter Monday 6 April (England and Wales).
    LocalDate first = LocalDate.of(2026, 3, 30);
    WorkerUnauthorisedAbsence a = WorkerUnauthorisedAbsence.builder().cos(Ev.COS).occurredOn(first)
        .consecutiveWorkingDaysAbsent(12).build();
    Duty ew = one(a, UkNation.ENGLAND_AND_WALES, first);
    assertThat(ew.clockStart()).contains(LocalDate.of(2026, 4, 14)); // 30,31,1,2,7,8,9,10,13,14
    assertThat(ew.dueDate()).contains(LocalDate.of(2026, 4, 28));
    // Scotland: Good Friday is a holiday, Easter Monday is not.
    assertThat(one(a, UkNation.SCOTLAND, first).clockStart()).contains(LocalDate.of(2026, 4, 13));
    // A shift worker's own tenth day overrides the count.
    WorkerUnauthorisedAbsence shift = WorkerUnauthorisedAbsence.builder().from(a)
        .tenthWorkingDayOfAbsence(LocalDate.of(2026, 4, 11)).build();
    Duty s = one(shift, UkNation.ENGLAND_AND_WALES, first);
    assertThat(s.clockStart()).contains(LocalDate.of(2026, 4, 11)); // a Saturday: day 1 is Monday 13th
    assertThat(s.dueDate()).contains(LocalDate.of(2026, 4, 24));
  }

  // --- W1: the 28th day is not reportable, the 29th is.
  @Test
  void startDelayOf28DaysIsNotReportable29Is() {
    WorkerStartDelayed base = WorkerStartDelayed.builder().cos(Ev.COS).cosStartDate(LocalDate.of(2026, 1, 5))
        .entryClearanceValidFrom(LocalDate.of(2026, 1, 12)).build(); // window starts Monday 12 January
    Duty d28 = one(WorkerStartDelayed.builder().from(base).newStartDate(LocalDate.of(2026, 2, 9)).build(),
        UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 2, 1));
    assertThat(d28.status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(d28.has(DutyReason.START_WITHIN_WINDOW)).isTrue();
    Duty d29 = one(WorkerStartDelayed.builder().from(base).newStartDate(LocalDate.of(2026, 2, 10)).build(),
        UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 2, 1));
    assertThat(d29.status()).isEqualTo(DutyStatus.DUE);
    assertThat(d29.clockStart()).contains(LocalDate.of(2026, 2, 9)); // end of the 28-day window
    assertThat(d29.dueDate()).contains(LocalDate.of(2026, 2, 23));
    Duty early = one(WorkerStartDelayed.builder().from(base).newStartDate(LocalDate.of(2026, 1, 11)).build(),
        UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 2, 1));
    assertThat(early.has(DutyReason.EARLIER_START)).isTrue();
  }

  @Test
  void aWorkerWhoHasNotStartedBecomesReportableWhenTheWindowEnds() {
    WorkerStartDelayed none = WorkerStartDelayed.builder().cos(Ev.COS).cosStartDate(LocalDate.of(2026, 1, 12)).build();
    assertThat(one(none, UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 2, 9)).has(DutyReason.START_WINDOW_NOT_ENDED))
        .isTrue();
    Duty after = one(none, UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 2, 10));
    assertThat(after.status()).isEqualTo(DutyStatus.DUE);
    assertThat(after.dueDate()).contains(LocalDate.of(2026, 2, 23));
  }

  // --- W3: more than 4 weeks in the calendar year, on the worker's pattern (20 days for 5 a week, 12 for 3).
  @Test
  void unpaidLeaveThresholdIsFourWeeksOfThePattern() {
    LocalDate on = LocalDate.of(2026, 6, 1);
    WorkerUnpaidLeave four = WorkerUnpaidLeave.builder().cos(Ev.COS).occurredOn(on).daysWithoutPayInCalendarYear(20)
        .build();
    assertThat(one(four, UkNation.ENGLAND_AND_WALES, on).status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(one(four, UkNation.ENGLAND_AND_WALES, on).has(DutyReason.UNPAID_LEAVE_WITHIN_THRESHOLD)).isTrue();
    Duty over = one(WorkerUnpaidLeave.builder().from(four).daysWithoutPayInCalendarYear(21).build(),
        UkNation.ENGLAND_AND_WALES, on);
    assertThat(over.status()).isEqualTo(DutyStatus.DUE);
    assertThat(over.has(DutyReason.UNPAID_LEAVE_NO_EXCEPTION)).isTrue();
    assertThat(over.dueDate()).contains(LocalDate.of(2026, 6, 15));
    WorkerUnpaidLeave threeDays = WorkerUnpaidLeave.builder().from(four).workingDaysPerWeek(3)
        .daysWithoutPayInCalendarYear(12).build();
    assertThat(one(threeDays, UkNation.ENGLAND_AND_WALES, on).status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(one(WorkerUnpaidLeave.builder().from(threeDays).daysWithoutPayInCalendarYear(13).build(),
        UkNation.ENGLAND_AND_WALES, on).status()).isEqualTo(DutyStatus.DUE);
    Duty sick = one(WorkerUnpaidLeave.builder().cos(Ev.COS).occurredOn(on).daysWithoutPayInCalendarYear(21)
        .exception(UnpaidLeaveException.SICK_LEAVE).build(), UkNation.ENGLAND_AND_WALES, on);
    assertThat(sick.has(DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES)).isTrue();
    assertThat(sick.status()).isEqualTo(DutyStatus.DUE);
  }

  // --- W5: hybrid working patterns, reportable 31 March 2023 to 4 March 2024 (Part 3 of 5 March 2024).
  @ParameterizedTest
  @CsvSource({
      "2023-03-30, NOT_REPORTABLE",
      "2023-03-31, DUE",
      "2024-03-04, DUE",
      "2024-03-05, NOT_REPORTABLE",
      "2024-03-06, NOT_REPORTABLE"})
  void hybridWorkingPatternsAreDateEffective(LocalDate on, DutyStatus expected) {
    WorkerEmploymentChanged hybrid = WorkerEmploymentChanged.builder().cos(Ev.COS).occurredOn(on)
        .change(EmploymentChangeKind.HYBRID_WORKING_PATTERN).build();
    Duty d = one(hybrid, UkNation.ENGLAND_AND_WALES, on);
    assertThat(d.status()).isEqualTo(expected);
    assertThat(d.has(expected == DutyStatus.DUE ? DutyReason.HYBRID_WORKING_REPORTABLE
        : DutyReason.HYBRID_WORKING_NOT_REPORTABLE)).isTrue();
    if (on.equals(LocalDate.of(2024, 3, 5))) {
      assertThat(d.reasons().get(0).citation().effectiveFrom()).isEqualTo(LocalDate.of(2024, 3, 5));
    }
  }

  @ParameterizedTest
  @CsvSource({
      "OCCASIONAL_WORK_ELSEWHERE, NOT_REPORTABLE, OCCASIONAL_WORK_ELSEWHERE",
      "SOC_CODE, NOT_REPORTABLE, NEW_COS_REQUIRED",
      "WORK_LOCATION, DUE, DUE",
      "JOB_TITLE, DUE, DUE"})
  void otherEmploymentChanges(EmploymentChangeKind change, DutyStatus status, DutyReason reason) {
    LocalDate on = LocalDate.of(2025, 6, 2);
    Duty d = one(WorkerEmploymentChanged.builder().cos(Ev.COS).occurredOn(on).change(change).build(),
        UkNation.ENGLAND_AND_WALES, on);
    assertThat(d.status()).isEqualTo(status);
    assertThat(d.has(reason)).isTrue();
  }

  // --- W4: reductions are reportable, increases are not, except nurses and midwives on registration.
  @Test
  void payIncreasesAreNotReportableExceptOnNursingRegistration() {
    LocalDate on = LocalDate.of(2026, 4, 1);
    WorkerPayChanged rise = WorkerPayChanged.builder().cos(Ev.COS).occurredOn(on)
        .previousAnnualSalary(Money.ofPounds(41_700)).newAnnualSalary(Money.ofPounds(45_000)).build();
    Duty r = one(rise, UkNation.ENGLAND_AND_WALES, on);
    assertThat(r.status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(r.has(DutyReason.PAY_INCREASE)).isTrue();
    Duty nurse = one(WorkerPayChanged.builder().from(rise).nurseOrMidwifeRegistrationCompleted(true).build(),
        UkNation.ENGLAND_AND_WALES, on);
    assertThat(nurse.status()).isEqualTo(DutyStatus.DUE);
    assertThat(nurse.has(DutyReason.NURSE_OR_MIDWIFE_REGISTRATION)).isTrue();
    Duty cut = one(WorkerPayChanged.builder().from(rise).newAnnualSalary(Money.ofPounds(41_000)).build(),
        UkNation.ENGLAND_AND_WALES, on);
    assertThat(cut.status()).isEqualTo(DutyStatus.DUE);
  }

  // --- W9: offshore workers, from 12 April 2023, by email, not for holidays.
  @Test
  void offshoreMovementsFrom12April2023ByEmail() {
    OffshoreWorkerMovement before = OffshoreWorkerMovement.builder().cos(Ev.COS).occurredOn(LocalDate.of(2023, 4, 11))
        .direction(OffshoreDirection.ARRIVAL).build();
    assertThat(one(before, UkNation.SCOTLAND, LocalDate.of(2023, 4, 11)).has(DutyReason.DUTY_NOT_IN_FORCE))
        .isTrue();
    Duty on = one(OffshoreWorkerMovement.builder().from(before).occurredOn(LocalDate.of(2023, 4, 12)).build(),
        UkNation.SCOTLAND, LocalDate.of(2023, 4, 12));
    assertThat(on.status()).isEqualTo(DutyStatus.DUE);
    assertThat(on.rule().channel()).isEqualTo(ReportingChannel.EMAIL);
    assertThat(one(OffshoreWorkerMovement.builder().from(before).occurredOn(LocalDate.of(2023, 4, 12)).holiday(true)
        .build(), UkNation.SCOTLAND, LocalDate.of(2023, 4, 12)).has(DutyReason.OFFSHORE_HOLIDAY)).isTrue();
  }

  // --- W7: "as soon as reasonably practicable" by default; 10 working days as a parameter.
  @Test
  void breachOfConditionsHasNoDateByDefaultAndIsNeverOverdue() {
    WorkerBreachOfConditions breach = WorkerBreachOfConditions.builder().cos(Ev.COS)
        .occurredOn(LocalDate.of(2025, 1, 6)).build();
    // Within the horizon (10 working days from Monday 6 January 2025: Monday 20 January) it is simply due.
    Duty soon = one(breach, UkNation.ENGLAND_AND_WALES, LocalDate.of(2025, 1, 20));
    assertThat(soon.status()).isEqualTo(DutyStatus.DUE);
    assertThat(soon.dueDate()).isEmpty();
    assertThat(soon.horizonDate()).contains(LocalDate.of(2025, 1, 20));
    assertThat(soon.has(DutyReason.AS_SOON_AS_REASONABLY_PRACTICABLE)).isTrue();
    // A year later: still DUE, never OVERDUE, but flagged as past the horizon.
    Duty d = one(breach, UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 1, 6));
    assertThat(d.status()).isEqualTo(DutyStatus.DUE);
    assertThat(d.dueDate()).isEmpty();
    assertThat(d.has(DutyReason.ASRP_HORIZON_PASSED)).isTrue();
    assertThat(one(breach, UkNation.ENGLAND_AND_WALES, LocalDate.of(2025, 1, 21)).has(DutyReason.ASRP_HORIZON_PASSED))
        .isTrue();

    ReportingDuties strict = ReportingDuties.of(ReportingParameters.builder()
        .from(ReportingParameters.defaults())
        .breachOfConditionsDeadline(DateEffective.of(ReportingParameters.BREACH_OF_CONDITIONS_DEADLINE,
            ReportingParameters.COVERAGE_FROM, Deadline.workingDays(10), Citation.of(Source.CALLER_DOCUMENT,
                "test: " + "10 working days", LocalDate.of(2020, 1, 1))))
        .build());
    Duty s = strict.duties(List.of(breach), SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2026, 1, 6)).get(0);
    assertThat(s.status()).isEqualTo(DutyStatus.OVERDUE);
    assertThat(s.dueDate()).contains(LocalDate.of(2025, 1, 20));
  }

  // --- O3: a report (20 working days) and, for an unlicensed new owner, an application (28 days by default).
  @Test
  void ownershipChangeGivesTwoDutiesAndTheApplicationDeadlineIsAParameter() {
    SponsorOwnershipChanged sunday = SponsorOwnershipChanged.builder().occurredOn(LocalDate.of(2026, 1, 4))
        .change(OwnershipChangeKind.TAKEOVER).newOwnerMustApplyForLicence(true).build();
    List<Duty> duties = ENGINE.duties(List.of(sunday), SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2026, 1, 5));
    assertThat(duties).extracting(Duty::id).containsExactly("O3", "O3.A");
    assertThat(duties.get(0).dueDate()).contains(LocalDate.of(2026, 1, 30)); // 20 working days from Monday 5th
    // 4 Jan + 28 days = Sunday 1 February: moved back to Friday 30 January.
    assertThat(duties.get(1).dueDate()).contains(LocalDate.of(2026, 1, 30));
    assertThat(duties.get(1).rule().party()).isEqualTo(ReportingParty.NEW_OWNER);

    // Transfer on Thursday 2 April 2026 (Good Friday 3 April, Easter Monday 6 April, Early May 4 May, England and
    // Wales): 28 days is Thursday 30 April; 20 working days is Tuesday 5 May. The default is never the later one.
    SponsorOwnershipChanged easter = SponsorOwnershipChanged.builder().from(sunday)
        .occurredOn(LocalDate.of(2026, 4, 2)).build();
    assertThat(ENGINE.duties(List.of(easter), SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2026, 4, 2)).get(1)
        .dueDate()).contains(LocalDate.of(2026, 4, 30));
    ReportingDuties twentyDays = ReportingDuties.of(ReportingParameters.builder()
        .from(ReportingParameters.defaults())
        .newOwnerApplicationDeadline(DateEffective.of(ReportingParameters.NEW_OWNER_APPLICATION_DEADLINE,
            ReportingParameters.COVERAGE_FROM, Deadline.workingDays(20), Citation.of(Source.CALLER_DOCUMENT,
                "test: " + "20 working days", LocalDate.of(2020, 1, 1))))
        .build());
    assertThat(twentyDays.duties(List.of(easter), SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2026, 4, 2))
        .get(1).dueDate()).contains(LocalDate.of(2026, 5, 5));

    SponsorOwnershipChanged licensed = SponsorOwnershipChanged.builder().from(sunday)
        .newOwnerMustApplyForLicence(false).build();
    assertThat(ENGINE.duties(List.of(licensed), SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2026, 1, 5)).get(1)
        .status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
  }

  // --- O8: renewal requested before expiry; Easter 2026 in England and Wales (Good Friday 3 April, Monday 6 April).
  @Test
  void allocationRenewalIsDueTheWorkingDayBeforeExpiry() {
    SponsorAllocationExpiring expiring = SponsorAllocationExpiring.builder().occurredOn(LocalDate.of(2026, 4, 6))
        .build();
    Duty d = one(expiring, UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 1));
    assertThat(d.clockStart()).contains(LocalDate.of(2026, 1, 6));
    assertThat(d.dueDate()).contains(LocalDate.of(2026, 4, 2));
    assertThat(one(expiring, UkNation.SCOTLAND, LocalDate.of(2026, 3, 1)).dueDate()).contains(LocalDate.of(2026, 4, 2));
    assertThat(one(SponsorAllocationExpiring.builder().from(expiring).autoRenewed(true).build(),
        UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 3, 1)).status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
  }

  @Test
  void earlyCompletionOnlyBeforeTheCasEndDate() {
    LocalDate end = LocalDate.of(2026, 6, 30);
    assertThat(one(StudentCompletedEarly.builder().cas(Ev.CAS).occurredOn(end).casEndDate(end).build(),
        UkNation.SCOTLAND, end).status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(one(StudentCompletedEarly.builder().cas(Ev.CAS).occurredOn(end.minusDays(1)).casEndDate(end).build(),
        UkNation.SCOTLAND, end).status()).isEqualTo(DutyStatus.DUE);
  }

  @Test
  void expansionWorkerDutyOnlyForProvisionalSponsors() {
    ReportableEvent granted = ExpansionAuthorisingOfficerVisaGranted.builder().occurredOn(LocalDate.of(2026, 2, 2))
        .build();
    assertThat(one(granted, UkNation.ENGLAND_AND_WALES, LocalDate.of(2026, 2, 2)).status())
        .isEqualTo(DutyStatus.NOT_REPORTABLE);
    Duty d = ENGINE.duties(List.of(granted), SponsorContext.builder().nation(UkNation.ENGLAND_AND_WALES)
        .provisionalUkExpansionSponsor(true).build(), LocalDate.of(2026, 2, 2)).get(0);
    assertThat(d.status()).isEqualTo(DutyStatus.DUE);
    assertThat(d.has(DutyReason.NO_DEADLINE_STATED)).isTrue();
  }

  @Test
  void reportsTurnDutiesReportedOnTimeOrLate() {
    WorkerSponsorshipEnded e = ended(LocalDate.of(2025, 8, 22));
    WorkerBreachOfConditions breach = WorkerBreachOfConditions.builder().cos(Ev.COS)
        .occurredOn(LocalDate.of(2025, 8, 22)).build();
    List<Duty> onTime = ENGINE.duties(List.of(e, breach), SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2025, 12, 1),
        List.of(Report.of(e, LocalDate.of(2025, 9, 8)), Report.of(breach, LocalDate.of(2025, 8, 26))));
    assertThat(onTime).extracting(Duty::status).containsOnly(DutyStatus.REPORTED);
    assertThat(onTime.get(0).has(DutyReason.REPORTED_ON_TIME)).isTrue();
    assertThat(onTime.get(1).has(DutyReason.REPORTED)).isTrue();
    Duty late = ENGINE.duties(List.of(e), SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2025, 12, 1),
        List.of(Report.of(e, LocalDate.of(2025, 9, 9)))).get(0);
    assertThat(late.has(DutyReason.REPORTED_LATE)).isTrue();
    assertThat(late.reportedOn()).contains(LocalDate.of(2025, 9, 9));
  }

  @Test
  void outsideTheParametersOrTheCalendarIsUndetermined() {
    Duty before = one(ended(LocalDate.of(2020, 11, 30)), UkNation.ENGLAND_AND_WALES, LocalDate.of(2020, 12, 1));
    assertThat(before.status()).isEqualTo(DutyStatus.UNDETERMINED);
    assertThat(before.has(DutyReason.OUTSIDE_PARAMETER_RANGE)).isTrue();
    assertThat(one(ended(LocalDate.of(2020, 12, 1)), UkNation.ENGLAND_AND_WALES, LocalDate.of(2020, 12, 1)).status())
        .isEqualTo(DutyStatus.DUE);
    Duty beyond = one(ended(LocalDate.of(2060, 12, 24)), UkNation.ENGLAND_AND_WALES, LocalDate.of(2060, 12, 24));
    assertThat(beyond.status()).isEqualTo(DutyStatus.UNDETERMINED);
    assertThat(beyond.has(DutyReason.OUTSIDE_CALENDAR_RANGE)).isTrue();
    assertThat(beyond.dueDate()).isEmpty();
  }

  @Test
  void studentEventsOfAWorkerOnlySponsorAreUndetermined() {
    SponsorContext workersOnly = SponsorContext.builder().nation(UkNation.ENGLAND_AND_WALES)
        .addLicensedCategories(RouteCategory.WORKER).build();
    ReportableEvent student = Ev.of(io.github.sponsorsdk.sms.core.event.EventKind.STUDENT_DID_NOT_ENROL,
        LocalDate.of(2026, 2, 2), 1, false);
    Duty d = ENGINE.duties(List.of(student), workersOnly, LocalDate.of(2026, 2, 2)).get(0);
    assertThat(d.status()).isEqualTo(DutyStatus.UNDETERMINED);
    assertThat(d.has(DutyReason.CATEGORY_NOT_LICENSED)).isTrue();
    assertThat(ENGINE.duties(List.of(ended(LocalDate.of(2026, 2, 2))), workersOnly, LocalDate.of(2026, 2, 2)).get(0).status()).isEqualTo(DutyStatus.DUE);
  }

  @Test
  void dutiesRoundTripThroughJson() throws Exception {
    LocalDate on = LocalDate.of(2026, 2, 2);
    List<ReportableEvent> events = new java.util.ArrayList<>();
    for (var kind : io.github.sponsorsdk.sms.core.event.EventKind.values()) {
      events.add(Ev.of(kind, on, 30, true));
    }
    List<Duty> duties = ENGINE.duties(events, SponsorContext.of(UkNation.NORTHERN_IRELAND), on.plusDays(20),
        List.of(Report.of(events.get(0), on.plusDays(40))));
    assertThat(duties).hasSizeGreaterThan(events.size());
    for (Duty d : duties) {
      assertThat(Json.roundTrip(d, Duty.class)).isEqualTo(d);
    }
    assertThat(Json.roundTrip(SponsorContext.builder().provisionalUkExpansionSponsor(true)
        .addLicensedCategories(RouteCategory.STUDENT).build(), SponsorContext.class).provisionalUkExpansionSponsor())
        .isTrue();
    Report r = Report.builder().event(events.get(21)).dutyId("O3.A").reportedOn(on).build();
    assertThat(Json.roundTrip(r, Report.class)).isEqualTo(r);
    assertThat(Json.roundTrip(Deadline.calendarDays(28), Deadline.class)).isEqualTo(Deadline.calendarDays(28));
    assertThat(Json.roundTrip(ReportingParameters.defaults(), ReportingParameters.class))
        .isEqualTo(ReportingParameters.defaults());
  }

  @Test
  void eachEventsDutiesFollowInEventOrderWhenSomeEventsHaveTwo() {
    // Ownership changes have two rows (O3 and O3.A): the batch outgrows its one-duty-per-event first guess.
    List<ReportableEvent> events = new java.util.ArrayList<>();
    var kinds = io.github.sponsorsdk.sms.core.event.EventKind.values();
    for (int i = 0; i < 300; i++) {
      var kind = i < 5 || i % 7 == 0 ? io.github.sponsorsdk.sms.core.event.EventKind.SPONSOR_OWNERSHIP_CHANGED
          : i < 150 ? io.github.sponsorsdk.sms.core.event.EventKind.WORKER_SPONSORSHIP_ENDED : kinds[i % kinds.length];
      events.add(Ev.of(kind, LocalDate.of(2025, 1, 1).plusDays(i), i % 59 + 1, i % 2 == 0));
    }
    DutyBatch batch = ENGINE.duties(events, SponsorContext.of(UkNation.ENGLAND_AND_WALES), LocalDate.of(2026, 1, 10));
    int duty = 0;
    for (int e = 0; e < events.size(); e++) {
      List<DutyRule> rows = DutyCatalogue.standard().rowsFor(events.get(e).kind());
      for (DutyRule row : rows) {
        assertThat(batch.eventIndex(duty)).as("duty %d", duty).isEqualTo(e);
        assertThat(batch.event(duty)).isSameAs(events.get(e));
        assertThat(batch.rule(duty)).isEqualTo(row);
        assertThat(batch.get(duty).event()).isSameAs(events.get(e));
        duty++;
      }
    }
    assertThat(batch.size()).isEqualTo(duty).isGreaterThan(events.size() + events.size() / 16 + 1);
  }

  @Test
  void theBatchColumnsAgreeWithTheMaterialisedDuties() {
    List<ReportableEvent> events = new java.util.ArrayList<>();
    int n = 1;
    for (var kind : io.github.sponsorsdk.sms.core.event.EventKind.values()) {
      for (LocalDate d = LocalDate.of(2025, 12, 20); d.isBefore(LocalDate.of(2026, 1, 5)); d = d.plusDays(3)) {
        events.add(Ev.of(kind, d, n = n % 59 + 1, n % 2 == 0));
      }
    }
    DutyBatch batch = ENGINE.duties(events, SponsorContext.of(UkNation.SCOTLAND), LocalDate.of(2026, 1, 10),
        List.of(Report.of(events.stream().filter(e -> e.kind()
            == io.github.sponsorsdk.sms.core.event.EventKind.WORKER_SPONSORSHIP_ENDED).findFirst().orElseThrow(),
            LocalDate.of(2026, 1, 2))));
    assertThat(batch.nation(0)).contains(UkNation.SCOTLAND);
    int total = 0;
    for (int i = 0; i < batch.size(); i++) {
      Duty d = batch.get(i);
      assertThat(d).isEqualTo(batch.get(i));
      assertThat(d.event()).isSameAs(batch.event(i)).isSameAs(events.get(batch.eventIndex(i)));
      assertThat(d.status()).isEqualTo(batch.status(i));
      assertThat(d.dueDate()).isEqualTo(batch.dueDate(i));
      assertThat(batch.dueEpochDay(i)).isEqualTo(d.dueDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
      assertThat(d.clockStart()).isEqualTo(batch.clockStart(i));
      assertThat(d.reportedOn()).isEqualTo(batch.reportedOn(i));
      assertThat(d.reasons()).isEqualTo(batch.reasons(i));
      assertThat(batch.has(i, DutyReason.DUE)).isEqualTo(d.has(DutyReason.DUE));
    }
    for (int c : batch.countByStatus().values()) {
      total += c;
    }
    assertThat(total).isEqualTo(batch.size());
    assertThat(batch.countByStatus().get(DutyStatus.REPORTED)).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.get(batch.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.add(batch.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
