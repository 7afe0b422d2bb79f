package io.github.sponsorsdk.sms.rules.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "payment links should be issued within 5 working days of a decision" (docs/sources.md#sponsor-uk-submissions). */
class PaymentLinkDeadlineTest {

  static final PaymentLinkDeadline DEADLINE = PaymentLinkDeadline.defaults();

  /** England and Wales bank holidays 2026 (GOV.UK feed): Good Friday 3 April, Easter Monday 6 April. */
  @ParameterizedTest
  @CsvSource({
      "2026-03-04, 2026-03-11", // Wednesday: Thu, Fri, Mon, Tue, Wed
      "2026-03-27, 2026-04-07", // Friday before Easter: Good Friday and Easter Monday skipped
      "2026-03-28, 2026-04-07", // a Saturday decision counts from the Monday
      "2026-12-23, 2027-01-04"}) // Christmas, Boxing Day (substitute Mon 28), New Year's Day
  void fiveWorkingDaysOnTheEnglandAndWalesCalendar(LocalDate decided, LocalDate due) {
    assertThat(DEADLINE.dueBy(decided)).isEqualTo(due);
  }

  @Test
  void theCalendarIsAParameter() {
    PaymentLinkDeadline scotland = PaymentLinkDeadline.of(SubmissionParameters.defaults().withPaymentLinkCalendar(
        DateEffective.of("submission.paymentLinkCalendar", SubmissionParameters.PRIVATE_BETA_START,
            UkNation.SCOTLAND, SubmissionParameters.DECISION_0470.uncertain())));
    // Easter Monday is not a bank holiday in Scotland
    assertThat(scotland.dueBy(LocalDate.of(2026, 3, 27))).isEqualTo(LocalDate.of(2026, 4, 6));
  }

  @Test
  void inTimeLateAndOverdueAreUncertainAndNeverRefusals() {
    LocalDate decided = LocalDate.of(2026, 3, 27);
    PaymentLinkOutcome inTime = DEADLINE.assess(decided, Optional.of(LocalDate.of(2026, 4, 7)), decided);
    assertThat(inTime.decision().codes()).containsExactly("payment.PAYMENT_LINK_DUE", "payment.PAYMENT_LINK_IN_TIME");
    PaymentLinkOutcome late = DEADLINE.assess(decided, Optional.of(LocalDate.of(2026, 4, 8)), decided);
    assertThat(late.decision().codes()).containsExactly("payment.PAYMENT_LINK_DUE", "payment.PAYMENT_LINK_LATE");
    assertThat(late.decision().warnings()).hasSize(1);
    assertThat(DEADLINE.assess(decided, Optional.empty(), LocalDate.of(2026, 4, 7)).decision().codes())
        .containsExactly("payment.PAYMENT_LINK_DUE");
    PaymentLinkOutcome overdue = DEADLINE.assess(decided, Optional.empty(), LocalDate.of(2026, 4, 8));
    assertThat(overdue.decision().codes()).containsExactly("payment.PAYMENT_LINK_DUE", "payment.PAYMENT_LINK_OVERDUE");
    for (PaymentLinkOutcome o : new PaymentLinkOutcome[] {inTime, late, overdue}) {
      assertThat(o.decision().isAllowed()).isTrue();
      assertThat(o.decision().reasons()).allMatch(Reason::isUncertain);
      assertThat(o.dueBy()).isEqualTo(LocalDate.of(2026, 4, 7));
    }
    assertThat(Json.roundTrip(overdue, PaymentLinkOutcome.class)).isEqualTo(overdue);
  }
}
