package io.github.sponsorsdk.sms.rules.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.event.UnpaidLeaveException;
import io.github.sponsorsdk.sms.core.event.WorkerUnpaidLeave;
import io.github.sponsorsdk.sms.core.place.UkNation;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Absence without pay "for more than 4 weeks" (SUI 36.1; 4 weeks of a 5-day pattern = 20 working days,
 * docs/sources.md#unpaid-leave-counting) when part of it is covered by a permitted exception: what counts is the
 * days the exception does not cover. 20 uncovered days are within the limit, 21 are not. Before 31 March 2023 an
 * absence the exception keeps within the limit was not reported at all; from then on it is reported, with a remark
 * saying whether the exception covers the days beyond the limit (docs/sources.md#unpaid-leave-reported-in-all-cases).
 */
class UnpaidLeaveExceptionEdgesTest {

  static final ReportingDuties ENGINE = ReportingDuties.defaults();

  @ParameterizedTest(name = "{0}: {1} days, {2} covered: reportable={3}, reason {4}")
  @CsvSource({
      "2022-06-01, 30, 10, false, UNPAID_LEAVE_EXCEPTION_NOT_YET_REPORTABLE",
      "2022-06-01, 30, 9, true, UNPAID_LEAVE_NO_EXCEPTION",
      "2026-02-02, 30, 10, true, UNPAID_LEAVE_EXCEPTION_APPLIES",
      "2026-02-02, 30, 11, true, UNPAID_LEAVE_EXCEPTION_APPLIES",
      "2026-02-02, 30, 9, true, UNPAID_LEAVE_NO_EXCEPTION"})
  void theDaysTheExceptionDoesNotCoverDecide(LocalDate on, int days, int covered, boolean reportable,
      DutyReason reason) {
    WorkerUnpaidLeave leave = WorkerUnpaidLeave.builder().cos(Ev.COS).occurredOn(on).daysWithoutPayInCalendarYear(days)
        .exception(UnpaidLeaveException.MATERNITY).daysCoveredByException(covered).build();
    Duty d = ENGINE.duties(leave, SponsorContext.of(UkNation.ENGLAND_AND_WALES), on).get(0);
    assertThat(d.status() != DutyStatus.NOT_REPORTABLE).as(d.toString()).isEqualTo(reportable);
    assertThat(d.has(reason)).as(d.toString()).isTrue();
    DutyReason other = reason == DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES ? DutyReason.UNPAID_LEAVE_NO_EXCEPTION
        : reason == DutyReason.UNPAID_LEAVE_NO_EXCEPTION ? DutyReason.UNPAID_LEAVE_EXCEPTION_APPLIES
        : DutyReason.UNPAID_LEAVE_NO_EXCEPTION;
    assertThat(d.has(other)).as(d.toString()).isFalse();
  }
}
