package io.github.sponsorsdk.sms.rules.login;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long since a licence's (or a Level 1 user's) last log-in, against the guidance: "We recommend that your Level 1
 * User accesses your account at least once a month" (Part 1, L10.4, as quoted in 2022), and the Home Office's e-mail to
 * sponsors whose Level 1 users "have not logged in ... in over 12 months". Both are warnings: the SMS refuses nothing
 * for inactivity. The issue that asked for this spoke of a Home Office expectation "from 2026"; no source for that
 * was found (decision 0485), so the engine cites the 2022 texts and the period is a parameter.
 *
 * <p>A log-in on day D meets the recommendation up to and including D plus one month; from the day after, the
 * warning is given.
 *
 * <pre>{@code
 * AccessOutcome o = MonthlyAccessRules.defaults().assess(Optional.of(LocalDate.of(2026, 1, 31)),
 *     LocalDate.of(2026, 3, 1));
 * o.dueBy();              // Optional[2026-02-28]
 * o.decision().codes();   // [access.MONTHLY_ACCESS_RECOMMENDED]
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link MonthlyAccessParameters#defaults()} (1 month, 12 months); {@code of(MonthlyAccessParameters)} takes others;
 * {@code parameters()} returns them. Immutable and thread-safe. <b>Verbs:</b> {@code assess(lastLogIn, on)} (an
 * {@code AccessOutcome}).
 */
public final class MonthlyAccessRules {

  private final MonthlyAccessParameters parameters;

  private MonthlyAccessRules(MonthlyAccessParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the rules with {@link MonthlyAccessParameters#defaults()}} */
  public static MonthlyAccessRules defaults() {
    return new MonthlyAccessRules(MonthlyAccessParameters.defaults());
  }

  /**
   * The rules with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the rules
   */
  public static MonthlyAccessRules of(MonthlyAccessParameters parameters) {
    return new MonthlyAccessRules(parameters);
  }

  /** {@return the parameters this engine reads} */
  public MonthlyAccessParameters parameters() {
    return parameters;
  }

  /**
   * Assesses a last log-in of {@code lastLogIn} (empty: none recorded) on {@code on}.
   *
   * @param lastLogIn the day of the last log-in; empty when none is recorded
   * @param on the day of the question
   * @return the recommendation met or not, with the warnings due
   */
  public AccessOutcome assess(Optional<LocalDate> lastLogIn, LocalDate on) {
    AccessOutcome.Builder out = AccessOutcome.builder().lastLogIn(lastLogIn);
    if (lastLogIn.isEmpty()) {
      return out.decision(Decision.of(AccessReasonCode.NEVER_LOGGED_IN.reason())).build();
    }
    LocalDate last = lastLogIn.get();
    LocalDate dueBy = last.plus(parameters.recommendedAccessPeriod().on(on));
    List<Reason> reasons = new ArrayList<>();
    if (on.isAfter(dueBy)) {
      reasons.add(AccessReasonCode.MONTHLY_ACCESS_RECOMMENDED.reason(Map.of("lastLogIn", last, "dueBy", dueBy)));
    }
    if (on.isAfter(last.plus(parameters.inactivityPeriod().on(on)))) {
      reasons.add(AccessReasonCode.INACTIVE_12_MONTHS.reason(Map.of("lastLogIn", last)));
    }
    return out.dueBy(dueBy).decision(Decision.of(reasons)).build();
  }
}
