package io.github.sponsorsdk.sms.rules.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.event.PayReductionReason;
import io.github.sponsorsdk.sms.core.event.SponsorshipEndReason;
import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerPayChanged;
import io.github.sponsorsdk.sms.core.event.WorkerSponsorshipEnded;
import io.github.sponsorsdk.sms.core.event.WorkerStartDelayed;
import io.github.sponsorsdk.sms.core.event.WorkerUnauthorisedAbsence;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.identifier.CosNumber;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.reporting.Duty;
import io.github.sponsorsdk.sms.rules.reporting.DutyReason;
import io.github.sponsorsdk.sms.rules.reporting.DutyStatus;
import io.github.sponsorsdk.sms.rules.reporting.ReportingDuties;
import io.github.sponsorsdk.sms.rules.reporting.SponsorContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary cases from the sources, from raw records to duties. Bank holidays: GOV.UK feed (England and Wales,
 * Scotland, Northern Ireland). Rules: decision 0460 (unauthorised absence "more than 10 consecutive working days",
 * due "no later than 10 working days after the tenth day"; unpaid leave "more than 4 weeks", counted on the worker's
 * pattern; pay "reduced from the level stated on their CoS").
 */
class EventDerivationTest {

  static final EventDerivation DERIVE = EventDerivation.defaults();
  static final CosNumber COS = CosNumber.of("C2G7H9K3");

  static WorkerRecord.Builder worker(String ref, UkNation nation) {
    return WorkerRecord.builder().reference(ref).cos(COS).nation(nation);
  }

  /** Daily records from {@code from} to {@code to} (inclusive), absent without permission on every day. */
  static List<AttendanceRecord> absent(String ref, LocalDate from, LocalDate to) {
    List<AttendanceRecord> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(AttendanceRecord.of(ref, d, AttendanceStatus.ABSENT_WITHOUT_PERMISSION));
    }
    return out;
  }

  static List<Duty> duties(DerivedEvents derived, LocalDate asOf) {
    return ReportingDuties.defaults().duties(derived.events(), SponsorContext.unspecified(), asOf,
        derived.reports());
  }

  /**
   * Absent from Monday 22 December 2025 to Friday 9 January 2026, back on Monday 12 January. Working days: England
   * and Wales and Northern Ireland lose 25, 26 December and 1 January (12 days absent: 22-24, 29-31 December, 2 and
   * 5-9 January); Scotland also 2 January (11 days). Tenth day: Wednesday 7 January (E&W, NI), Thursday 8 January
   * (Scotland); due 10 working days later.
   */
  @ParameterizedTest
  @CsvSource({
      "ENGLAND_AND_WALES, 2026-01-07, 12, 2026-01-21",
      "NORTHERN_IRELAND, 2026-01-07, 12, 2026-01-21",
      "SCOTLAND, 2026-01-08, 11, 2026-01-22"})
  void theTenthWorkingDayAcrossChristmasInEachNation(UkNation nation, LocalDate tenth, int days, LocalDate due) {
    List<AttendanceRecord> att = new ArrayList<>(absent("EMP-1", LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 9)));
    att.add(AttendanceRecord.of("EMP-1", LocalDate.of(2026, 1, 12), AttendanceStatus.WORKED));
    DerivedEvents derived = DERIVE.events(PayrollRecords.builder().addWorkers(worker("EMP-1", nation).build())
        .addAllAttendance(att).build(), LocalDate.of(2026, 1, 12));
    assertThat(derived.findings()).isEmpty();
    WorkerUnauthorisedAbsence a = (WorkerUnauthorisedAbsence) derived.events().get(0);
    assertThat(a.occurredOn()).isEqualTo(LocalDate.of(2025, 12, 22));
    assertThat(a.tenthWorkingDayOfAbsence()).contains(tenth);
    assertThat(a.consecutiveWorkingDaysAbsent()).isEqualTo(days);
    assertThat(a.returnedOn()).contains(LocalDate.of(2026, 1, 12));
    assertThat(a.nation()).contains(nation);
    Duty d = duties(derived, LocalDate.of(2026, 1, 12)).get(0);
    assertThat(d.status()).isEqualTo(DutyStatus.DUE);
    assertThat(d.clockStart()).contains(tenth);
    assertThat(d.dueDate()).contains(due);
  }

  /** Exactly 10 working days is not "more than 10": no event; 11 is. Easter 2026 (England and Wales). */
  @Test
  void tenDaysIsNotAnEventElevenIs() {
    // From Monday 30 March 2026: 30, 31, 1, 2, (Good Friday 3, Easter Monday 6), 7, 8, 9, 10, 13, 14 = 10 days.
    List<AttendanceRecord> ten = new ArrayList<>(absent("EMP-1", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 14)));
    ten.add(AttendanceRecord.of("EMP-1", LocalDate.of(2026, 4, 15), AttendanceStatus.WORKED));
    PayrollRecords.Builder base = PayrollRecords.builder().addWorkers(worker("EMP-1", UkNation.ENGLAND_AND_WALES)
        .build());
    assertThat(DERIVE.events(PayrollRecords.builder().from(base.build()).addAllAttendance(ten).build(),
        LocalDate.of(2026, 4, 15)).events()).isEmpty();
    List<AttendanceRecord> eleven = new ArrayList<>(absent("EMP-1", LocalDate.of(2026, 3, 30),
        LocalDate.of(2026, 4, 15)));
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().from(base.build()).addAllAttendance(eleven).build(),
        LocalDate.of(2026, 4, 15));
    WorkerUnauthorisedAbsence a = (WorkerUnauthorisedAbsence) d.events().get(0);
    assertThat(a.consecutiveWorkingDaysAbsent()).isEqualTo(11);
    assertThat(a.tenthWorkingDayOfAbsence()).contains(LocalDate.of(2026, 4, 14));
    assertThat(a.returnedOn()).isEmpty(); // still absent when the data ends
  }

  /**
   * A shift worker (Wednesday to Sunday, bank holidays worked) absent from Wednesday 1 April 2026: Good Friday and
   * the weekends are their working days, Monday and Tuesday are not; a rest day marked NOT_SCHEDULED neither counts nor
   * ends the run. The nation's calendar would give a later tenth day.
   */
  @Test
  void aShiftWorkersOwnPatternCountsTheirDays() {
    WorkerRecord shift = worker("EMP-2", UkNation.ENGLAND_AND_WALES).pattern(WorkPattern.of(EnumSet.of(
        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        BankHolidayWork.WORKED)).build();
    List<AttendanceRecord> att = new ArrayList<>(absent("EMP-2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 12)));
    att.set(4, AttendanceRecord.of("EMP-2", LocalDate.of(2026, 4, 5), AttendanceStatus.NOT_SCHEDULED)); // rest day
    // 1, 2, 3, 4, (5 rest), (6, 7 off), 8, 9, 10, 11, 12 = 9 days; Wednesday 15 and Thursday 16 make 11.
    att.addAll(absent("EMP-2", LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 16)));
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(shift).addAllAttendance(att).build(),
        LocalDate.of(2026, 4, 16));
    WorkerUnauthorisedAbsence a = (WorkerUnauthorisedAbsence) d.events().get(0);
    assertThat(a.consecutiveWorkingDaysAbsent()).isEqualTo(11);
    assertThat(a.tenthWorkingDayOfAbsence()).contains(LocalDate.of(2026, 4, 15));
    EventDerivation nationOnly = EventDerivation.of(DerivationParameters.builder()
        .absenceDays(AbsenceDays.NATION_CALENDAR).build());
    // On the nation's calendar: 1, 2, (Good Friday, weekend, Easter Monday) 7, 8, 9, 10, 13, 14, 15, 16 = 10 days,
    // not more than 10: the parameter decides whether this shift worker is reportable yet.
    assertThat(nationOnly.events(PayrollRecords.builder().addWorkers(shift).addAllAttendance(att).build(),
        LocalDate.of(2026, 4, 16)).events()).isEmpty();
  }

  /** Exception-only records: a scheduled day with no record is taken as worked and ends the run. */
  @Test
  void aMissingScheduledDayIsWorked() {
    List<AttendanceRecord> att = new ArrayList<>(absent("EMP-1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)));
    att.addAll(absent("EMP-1", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 20))); // nothing on the 10th
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(worker("EMP-1", UkNation.ENGLAND_AND_WALES)
        .build()).addAllAttendance(att).build(), LocalDate.of(2026, 3, 20));
    assertThat(d.events()).isEmpty(); // 6 days, then 8 days: neither is more than 10
  }

  /**
   * Unpaid leave from Monday 2 March 2026: 4 calendar weeks end on Sunday 29 March, but the limit is 20 of the
   * worker's working days, reached on Friday 27 March and exceeded on Monday 30 March, not on the weekend.
   */
  @Test
  void theFourWeekLimitIsCountedOnThePatternNotOnTheCalendar() {
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(worker("EMP-3", UkNation.ENGLAND_AND_WALES)
        .build()).addLeave(LeaveRecord.builder().worker("EMP-3").from(LocalDate.of(2026, 3, 2))
        .to(LocalDate.of(2026, 4, 10)).pay(LeavePay.UNPAID).reason(LeaveReason.UNPAID_HOLIDAY).build()).build(),
        LocalDate.of(2026, 4, 10));
    WorkerUnpaidLeave w = (WorkerUnpaidLeave) d.events().get(0);
    assertThat(d.events()).hasSize(1);
    assertThat(w.occurredOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(w.daysWithoutPayInCalendarYear()).isEqualTo(21);
    assertThat(w.exception()).isEmpty();
    Duty duty = duties(d, LocalDate.of(2026, 4, 10)).get(0);
    assertThat(duty.has(DutyReason.UNPAID_LEAVE_NO_EXCEPTION)).isTrue();
    // 10 working days after Monday 30 March, across Good Friday and Easter Monday: Wednesday 15 April.
    assertThat(duty.dueDate()).contains(LocalDate.of(2026, 4, 15));
  }

  /**
   * A Monday-to-Saturday worker (bank holidays worked, limit 24 days) on unpaid leave from Saturday 7 March 2026:
   * the 25th day is Saturday 4 April, so the limit is passed on a weekend; the deadline counts from the next working
   * day of the nation's calendar (Easter Monday 6 April is a holiday): due Monday 20 April.
   */
  @Test
  void theLimitPassedOnASaturday() {
    WorkerRecord sixDays = worker("EMP-4", UkNation.ENGLAND_AND_WALES).pattern(WorkPattern.of(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), BankHolidayWork.WORKED)).build();
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(sixDays).addLeave(LeaveRecord.builder()
        .worker("EMP-4").from(LocalDate.of(2026, 3, 7)).to(LocalDate.of(2026, 4, 30)).pay(LeavePay.UNPAID)
        .reason(LeaveReason.SABBATICAL).build()).build(), LocalDate.of(2026, 4, 30));
    WorkerUnpaidLeave w = (WorkerUnpaidLeave) d.events().get(0);
    assertThat(w.occurredOn()).isEqualTo(LocalDate.of(2026, 4, 4));
    assertThat(w.occurredOn().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(w.workingDaysPerWeek()).isEqualTo(6);
    assertThat(w.daysWithoutPayInCalendarYear()).isEqualTo(25);
    assertThat(duties(d, LocalDate.of(2026, 4, 30)).get(0).dueDate()).contains(LocalDate.of(2026, 4, 20));
  }

  /**
   * Statutory maternity pay after the first 6 weeks is reduced pay: over 4 weeks in 2022 it was not reported (an
   * exception applies); from 31 March 2023 it is reported in all cases. Mixed with 3 weeks of unpaid holiday, the
   * exception still covers the excess.
   */
  @Test
  void maternityOnReducedPayBeforeAndAfterTheSwitchAndMixedAbsences() {
    WorkerRecord w = worker("EMP-5", UkNation.ENGLAND_AND_WALES).build();
    LeaveRecord smp2022 = LeaveRecord.builder().worker("EMP-5").from(LocalDate.of(2022, 6, 6))
        .to(LocalDate.of(2022, 8, 26)).pay(LeavePay.REDUCED_PAY).reason(LeaveReason.MATERNITY).build();
    List<Duty> d2022 = duties(DERIVE.events(PayrollRecords.builder().addWorkers(w).addLeave(smp2022).build(),
        LocalDate.of(2022, 9, 1)), LocalDate.of(2022, 9, 1));
    assertThat(d2022).hasSize(1);
    assertThat(d2022.get(0).status()).isEqualTo(DutyStatus.NOT_REPORTABLE);
    assertThat(d2022.get(0).has(DutyReason.UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE)).isTrue();

    LeaveRecord holiday = LeaveRecord.builder().worker("EMP-5").from(LocalDate.of(2024, 2, 5))
        .to(LocalDate.of(2024, 2, 23)).pay(LeavePay.UNPAID).reason(LeaveReason.UNPAID_HOLIDAY).build(); // 15 days
    LeaveRecord smp = LeaveRecord.builder().worker("EMP-5").from(LocalDate.of(2024, 3, 4))
        .to(LocalDate.of(2024, 3, 15)).pay(LeavePay.REDUCED_PAY).reason(LeaveReason.MATERNITY).build(); // 10 days
    DerivedEvents mixed = DERIVE.events(PayrollRecords.builder().addWorkers(w).addLeave(smp, holiday).build(),
        LocalDate.of(2024, 3, 15));
    WorkerUnpaidLeave e = (WorkerUnpaidLeave) mixed.events().get(0);
    assertThat(mixed.events()).hasSize(1);
    assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 11)); // the 21st day: 15 + 5 (4-8 March) + Monday 11th
    assertThat(e.daysWithoutPayInCalendarYear()).isEqualTo(21);
    assertThat(e.daysCoveredByException()).isEqualTo(6);
    assertThat(e.exception()).contains(UnpaidLeaveException.MATERNITY);
    Duty duty = duties(mixed, LocalDate.of(2024, 3, 15)).get(0);
    assertThat(duty.status()).isEqualTo(DutyStatus.DUE);
    assertThat(duty.has(DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES)).isTrue();
  }

  /** Dependants' emergencies are not an exception: two events when the uncovered days pass the limit later. */
  @Test
  void theUncoveredDaysPassingTheLimitLaterIsASecondEvent() {
    WorkerRecord w = worker("EMP-6", UkNation.SCOTLAND).build();
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(w).addLeave(
        LeaveRecord.builder().worker("EMP-6").from(LocalDate.of(2025, 5, 5)).to(LocalDate.of(2025, 5, 16))
            .pay(LeavePay.REDUCED_PAY).reason(LeaveReason.SICKNESS).build(),                    // 10 covered
        LeaveRecord.builder().worker("EMP-6").from(LocalDate.of(2025, 6, 2)).to(LocalDate.of(2025, 7, 11))
            .pay(LeavePay.UNPAID).reason(LeaveReason.TIME_OFF_FOR_DEPENDANTS).build())          // 30 not covered
        .build(), LocalDate.of(2025, 7, 31));
    assertThat(d.events()).hasSize(2);
    WorkerUnpaidLeave first = (WorkerUnpaidLeave) d.events().get(0);
    WorkerUnpaidLeave second = (WorkerUnpaidLeave) d.events().get(1);
    assertThat(first.daysWithoutPayInCalendarYear()).isEqualTo(21);
    assertThat(second.daysWithoutPayInCalendarYear() - second.daysCoveredByException()).isEqualTo(21);
    List<Duty> duties = duties(d, LocalDate.of(2025, 7, 31));
    assertThat(duties.get(0).has(DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES)).isTrue();
    assertThat(duties.get(1).has(DutyReason.UNPAID_LEAVE_NO_EXCEPTION)).isTrue();
  }

  /** The calendar year, not a rolling year: a period across 31 December is split. */
  @Test
  void leaveAcrossNewYearIsSplitByCalendarYear() {
    WorkerRecord w = worker("EMP-7", UkNation.ENGLAND_AND_WALES).build();
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(w).addLeave(LeaveRecord.builder()
        .worker("EMP-7").from(LocalDate.of(2025, 12, 1)).to(LocalDate.of(2026, 1, 23)).pay(LeavePay.UNPAID)
        .reason(LeaveReason.OTHER).build()).build(), LocalDate.of(2026, 1, 31));
    // December 2025: 23 working days less 25, 26 December = 21 > 20 (passed on 31 December); January 2026 to the
    // 23rd: 16 working days less 1 January = 15: not over.
    assertThat(d.events()).hasSize(1);
    assertThat(d.events().get(0).occurredOn()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  /** Pay against the CoS salary (as updated by salary reports on the SMS). */
  @Test
  void payCutsAreMeasuredAgainstTheCosSalary() {
    WorkerRecord w = worker("EMP-8", UkNation.ENGLAND_AND_WALES).cosAnnualSalary(Money.ofPounds(41_700)).build();
    PayRecord exactly = pay("EMP-8", LocalDate.of(2026, 1, 1), "41700.00");
    PayRecord penny = pay("EMP-8", LocalDate.of(2026, 2, 1), "41699.99");
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(w).addPay(exactly, penny).build(),
        LocalDate.of(2026, 2, 2));
    assertThat(d.events()).hasSize(1); // a cut to exactly the CoS salary is no reduction; a penny below is
    WorkerPayChanged cut = (WorkerPayChanged) d.events().get(0);
    assertThat(cut.previousAnnualSalary()).isEqualTo(Money.ofPounds(41_700));
    assertThat(cut.occurredOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(duties(d, LocalDate.of(2026, 2, 2)).get(0).has(DutyReason.PAY_REDUCTION_NOT_PERMITTED)).isTrue();

    // An unreported rise does not move the baseline: back down to the CoS level is no reduction.
    DerivedEvents unreported = DERIVE.events(PayrollRecords.builder().addWorkers(w).addPay(
        pay("EMP-8", LocalDate.of(2026, 1, 1), "45000"), pay("EMP-8", LocalDate.of(2026, 3, 1), "41700")).build(),
        LocalDate.of(2026, 3, 2));
    assertThat(unreported.events()).isEmpty();
    // A reported rise does: the same cut is then a reduction, measured from the reported £45,000.
    DerivedEvents reported = DERIVE.events(PayrollRecords.builder().addWorkers(w).addPay(
        PayRecord.builder().from(pay("EMP-8", LocalDate.of(2026, 1, 1), "45000"))
            .reportedOnSms(LocalDate.of(2026, 1, 5)).build(),
        pay("EMP-8", LocalDate.of(2026, 3, 1), "41700")).build(), LocalDate.of(2026, 3, 2));
    assertThat(reported.events()).singleElement().satisfies(e ->
        assertThat(((WorkerPayChanged) e).previousAnnualSalary()).isEqualTo(Money.ofPounds(45_000)));
    assertThat(reported.reports()).isEmpty(); // the rise itself was no event
  }

  @Test
  void aReportedCutComesBackAsAReportAndAPermittedCutIsSaidToBe() {
    WorkerRecord w = worker("EMP-9", UkNation.ENGLAND_AND_WALES).cosAnnualSalary(Money.ofPounds(40_000)).build();
    PayRecord health = PayRecord.builder().from(pay("EMP-9", LocalDate.of(2026, 5, 1), "32000"))
        .reductionReason(PayReductionReason.HEALTH_REDUCED_HOURS).reportedOnSms(LocalDate.of(2026, 5, 8)).build();
    DerivedEvents d = DERIVE.events(PayrollRecords.builder().addWorkers(w).addPay(health).build(),
        LocalDate.of(2026, 6, 1));
    Duty duty = duties(d, LocalDate.of(2026, 6, 1)).get(0);
    assertThat(duty.status()).isEqualTo(DutyStatus.REPORTED);
    assertThat(duty.has(DutyReason.REPORTED_ON_TIME)).isTrue();
    assertThat(duty.has(DutyReason.PAY_REDUCTION_PERMITTED)).isTrue();
  }

  static PayRecord pay(String ref, LocalDate from, String amount) {
    return PayRecord.builder().worker(ref).effectiveFrom(from).annualSalary(Money.parseSmsAmount(amount)).build();
  }

  /** Start on day 28 after the latest start-window date: no event; day 29: an event (guidance of 9 Nov 2022). */
  @Test
  void startDelays() {
    WorkerRecord.Builder w = worker("EMP-10", UkNation.ENGLAND_AND_WALES).cosStartDate(LocalDate.of(2026, 1, 5))
        .entryClearanceValidFrom(LocalDate.of(2026, 1, 12));
    assertThat(DERIVE.events(PayrollRecords.builder().addWorkers(w.startedOn(LocalDate.of(2026, 2, 9)).build())
        .build(), LocalDate.of(2026, 3, 1)).events()).isEmpty();
    WorkerStartDelayed late = (WorkerStartDelayed) DERIVE.events(PayrollRecords.builder()
        .addWorkers(w.startedOn(LocalDate.of(2026, 2, 10)).build()).build(), LocalDate.of(2026, 3, 1)).events().get(0);
    assertThat(late.newStartDate()).contains(LocalDate.of(2026, 2, 10));
    // Not started, no start date: an event once the window has ended; the first WORKED day counts as the start.
    WorkerRecord none = worker("EMP-11", UkNation.ENGLAND_AND_WALES).cosStartDate(LocalDate.of(2026, 1, 12)).build();
    assertThat(DERIVE.events(PayrollRecords.builder().addWorkers(none).build(), LocalDate.of(2026, 2, 9)).events())
        .isEmpty();
    assertThat(DERIVE.events(PayrollRecords.builder().addWorkers(none).build(), LocalDate.of(2026, 2, 10)).events())
        .singleElement().isInstanceOf(WorkerStartDelayed.class);
    assertThat(DERIVE.events(PayrollRecords.builder().addWorkers(none).addAttendance(AttendanceRecord.of("EMP-11",
        LocalDate.of(2026, 1, 20), AttendanceStatus.WORKED)).build(), LocalDate.of(2026, 2, 10)).events()).isEmpty();
  }

  @Test
  void endOfEmploymentBeforeTheCosEndDate() {
    WorkerRecord.Builder w = worker("EMP-12", UkNation.NORTHERN_IRELAND).cosEndDate(LocalDate.of(2027, 1, 31));
    WorkerSponsorshipEnded e = (WorkerSponsorshipEnded) DERIVE.events(PayrollRecords.builder().addWorkers(
        w.employmentEndedOn(LocalDate.of(2026, 3, 13)).endReason(SponsorshipEndReason.RESIGNATION).build()).build(),
        LocalDate.of(2026, 3, 13)).events().get(0);
    assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2026, 3, 13));
    // Northern Ireland: St Patrick's Day, Tuesday 17 March 2026, is not a working day.
    assertThat(duties(DERIVE.events(PayrollRecords.builder().addWorkers(w.build()).build(), LocalDate.of(2026, 3, 13)),
        LocalDate.of(2026, 3, 13)).get(0).dueDate()).contains(LocalDate.of(2026, 3, 30));
    assertThat(DERIVE.events(PayrollRecords.builder().addWorkers(w.employmentEndedOn(LocalDate.of(2027, 1, 31))
        .build()).build(), LocalDate.of(2027, 2, 1)).events()).isEmpty();
  }
}
