package io.github.sponsorsdk.sms.rules.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.money.Money;
import io.github.sponsorsdk.sms.core.place.UkNation;
import io.github.sponsorsdk.sms.rules.calendar.UkWorkingDayCalendars;
import io.github.sponsorsdk.sms.rules.calendar.WorkingDayCalendar;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionPlanRulesTest {

  static final ActionPlanRules RULES = ActionPlanRules.defaults();
  static final WorkingDayCalendar ENGLAND = UkWorkingDayCalendars.of(UkNation.ENGLAND_AND_WALES);

  /** £1,476 until 8 April 2025, £1,579 from 9 April 2025 (secondary sources, docs/sources.md#secondary-licence). */
  @Test
  void theFeeChangedOn9April2025() {
    assertThat(RULES.fee(LocalDate.of(2025, 4, 8))).isEqualTo(Money.ofPounds(1476));
    assertThat(RULES.fee(LocalDate.of(2025, 4, 9))).isEqualTo(Money.ofPounds(1579));
  }

  /** 10 working days, Easter 2025 (Good Friday 18 April, Easter Monday 21 April) not counted. */
  @Test
  void payByIsTenWorkingDaysAfterIssue() {
    ActionPlan plan = RULES.issue(LocalDate.of(2025, 4, 14), ENGLAND);
    assertThat(plan.payBy()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(plan.status()).isEqualTo(ActionPlanStatus.AWAITING_PAYMENT);
    assertThat(RULES.decideIssue(plan).reasons().get(0).message())
        .isEqualTo("An action plan was issued: pay GBP 1579.00 by 2025-04-30 or the licence will be revoked");
    assertThat(Json.roundTrip(plan, ActionPlan.class)).isEqualTo(plan);
  }

  @Test
  void paidThenUpgradedRestoresTheARating() {
    ActionPlan plan = RULES.issue(LocalDate.of(2025, 4, 14), ENGLAND);
    ActionPlanOutcome paid = RULES.apply(plan, ActionPlanEvent.PAY, LocalDate.of(2025, 4, 30));
    assertThat(paid.plan().map(ActionPlan::status)).contains(ActionPlanStatus.IN_PROGRESS);
    ActionPlanOutcome done = RULES.apply(paid.plan().orElseThrow(), ActionPlanEvent.COMPLETED_UPGRADE,
        LocalDate.of(2025, 7, 30));
    assertThat(done.ratingAfter()).contains(Rating.A);
    assertThat(done.licenceStatusAfter()).isEmpty();
    ActionPlanOutcome again = RULES.apply(paid.plan().orElseThrow(), ActionPlanEvent.COMPLETED_FURTHER_PLAN,
        LocalDate.of(2025, 7, 30));
    assertThat(again.ratingAfter()).contains(Rating.B);
    assertThat(RULES.apply(paid.plan().orElseThrow(), ActionPlanEvent.REVOKE, LocalDate.of(2025, 7, 30))
        .licenceStatusAfter()).contains(LicenceStatus.REVOKED);
    assertThat(Json.roundTrip(done, ActionPlanOutcome.class)).isEqualTo(done);
  }

  @Test
  void lateDeclinedOrUnpaidPlansRevokeAndRefusalsChangeNothing() {
    ActionPlan plan = RULES.issue(LocalDate.of(2025, 4, 14), ENGLAND);
    ActionPlanOutcome late = RULES.apply(plan, ActionPlanEvent.PAY, LocalDate.of(2025, 5, 1));
    assertThat(late.isAllowed()).isFalse();
    assertThat(late.plan()).isEmpty();
    assertThat(late.decision().codes()).containsExactly(ActionPlanReasonCode.PAYMENT_DEADLINE_PASSED.code());
    assertThat(RULES.apply(plan, ActionPlanEvent.DEADLINE_PASSED, LocalDate.of(2025, 4, 30)).isAllowed()).isFalse();
    ActionPlanOutcome missed = RULES.apply(plan, ActionPlanEvent.DEADLINE_PASSED, LocalDate.of(2025, 5, 1));
    assertThat(missed.isAllowed()).isTrue();
    assertThat(missed.licenceStatusAfter()).contains(LicenceStatus.REVOKED);
    assertThat(RULES.apply(plan, ActionPlanEvent.DECLINE, LocalDate.of(2025, 4, 15)).licenceStatusAfter())
        .contains(LicenceStatus.REVOKED);
    // the Home Office cannot end a plan that was never paid; a sponsor cannot pay twice
    assertThat(RULES.apply(plan, ActionPlanEvent.COMPLETED_UPGRADE, LocalDate.of(2025, 4, 15)).decision().codes())
        .containsExactly(ActionPlanReasonCode.NOT_IN_STATUS.code());
    ActionPlan running = plan.withStatus(ActionPlanStatus.IN_PROGRESS);
    assertThat(RULES.apply(running, ActionPlanEvent.PAY, LocalDate.of(2025, 4, 15)).plan()).isEmpty();
    for (ActionPlanStatus s : ActionPlanStatus.values()) {
      if (s.isFinal()) {
        for (ActionPlanEvent e : ActionPlanEvent.values()) {
          assertThat(RULES.apply(plan.withStatus(s), e, LocalDate.of(2025, 4, 15)).isAllowed()).as("%s %s", s, e)
              .isFalse();
        }
      }
    }
  }
}
