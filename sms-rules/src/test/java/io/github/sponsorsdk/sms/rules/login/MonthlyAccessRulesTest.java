package io.github.sponsorsdk.sms.rules.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.rules.testing.Json;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Part 1 L10.4 (as quoted in 2022) and the Home Office 12-month e-mail (docs/sources.md#worker-guidance-part-1). */
class MonthlyAccessRulesTest {

  static final MonthlyAccessRules RULES = MonthlyAccessRules.defaults();

  @Test
  void aMonthAfterTheLastLogInTheRecommendationIsMissed() {
    LocalDate last = LocalDate.of(2026, 1, 31);
    AccessOutcome due = RULES.assess(Optional.of(last), LocalDate.of(2026, 2, 28));
    assertThat(due.dueBy()).contains(LocalDate.of(2026, 2, 28));
    assertThat(due.decision().reasons()).isEmpty();
    AccessOutcome late = RULES.assess(Optional.of(last), LocalDate.of(2026, 3, 1));
    assertThat(late.decision().codes()).containsExactly(AccessReasonCode.MONTHLY_ACCESS_RECOMMENDED.code());
    assertThat(late.decision().isAllowed()).isTrue();
    assertThat(late.decision().warnings()).hasSize(1);
    assertThat(Json.roundTrip(late, AccessOutcome.class)).isEqualTo(late);
  }

  @Test
  void twelveMonthsAndNeverAreWarnedToo() {
    LocalDate last = LocalDate.of(2025, 1, 15);
    assertThat(RULES.assess(Optional.of(last), LocalDate.of(2026, 1, 15)).decision().codes())
        .containsExactly(AccessReasonCode.MONTHLY_ACCESS_RECOMMENDED.code());
    assertThat(RULES.assess(Optional.of(last), LocalDate.of(2026, 1, 16)).decision().codes())
        .containsExactly(AccessReasonCode.MONTHLY_ACCESS_RECOMMENDED.code(), AccessReasonCode.INACTIVE_12_MONTHS.code());
    assertThat(RULES.assess(Optional.empty(), LocalDate.of(2026, 1, 16)).decision().codes())
        .containsExactly(AccessReasonCode.NEVER_LOGGED_IN.code());
  }

  @Test
  void thePeriodIsAParameter() {
    MonthlyAccessParameters fortnight = MonthlyAccessParameters.builder()
        .from(MonthlyAccessParameters.defaults())
        .recommendedAccessPeriod(MonthlyAccessParameters.defaults().recommendedAccessPeriod().then(
            LocalDate.of(2026, 1, 1), Period.ofDays(14),
            Citation.of(Source.CALLER_DOCUMENT, "test: a stricter internal policy", LocalDate.of(2026, 1, 1))))
        .build();
    assertThat(MonthlyAccessRules.of(fortnight).assess(Optional.of(LocalDate.of(2026, 2, 1)),
        LocalDate.of(2026, 2, 16)).decision().codes())
        .containsExactly(AccessReasonCode.MONTHLY_ACCESS_RECOMMENDED.code());
  }
}
