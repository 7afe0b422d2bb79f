package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.core.user.UserLevel;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Licence-level checks on the Level 1 users (Manual 1, Guides 3 and 4):
 * <ul>
 *   <li>at least one Level 1 user must be active, or the sponsor must use the paper change of circumstances form;
 *   <li>at least one active Level 1 user must be a settled worker, unless an exception recognised on the date (see
 *       {@link UserParameters#settledWorkerExceptions()}) applies to the licence.
 * </ul>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link UserParameters#defaults()}, today's guidance, each value with its citation and effective date there;
 * {@code of(UserParameters)} takes other parameters, {@code parameters()} returns them. Immutable and thread-safe.
 * <b>Verbs:</b> {@code decide} (do the Level 1 users meet the settled-worker rule; a {@code Decision}); {@code
 * applyingExceptions} lists the exceptions that apply.
 */
public final class KeyPersonnelRules {

  private final UserParameters parameters;

  private KeyPersonnelRules(UserParameters parameters) {
    this.parameters = java.util.Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * {@return the rules with {@code parameters}}
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   */
  public static KeyPersonnelRules of(UserParameters parameters) {
    return new KeyPersonnelRules(parameters);
  }

  /** {@return the rules with {@link UserParameters#defaults()}, today's guidance} */
  public static KeyPersonnelRules defaults() {
    return new KeyPersonnelRules(UserParameters.defaults());
  }

  /**
   * Do {@code users} satisfy the Level 1 requirements of {@code licence} on {@code on}, given the exceptions
   * the sponsor {@code declared}? Refused with every failing reason; an applied exception is an {@code INFO} reason.
   *
   * @param licence the licence
   * @param users every user of the licence
   * @param declared the exceptions the sponsor declared
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or refused with every failing reason
   */
  public Decision decide(Licence licence, Collection<SmsUser> users, Set<SettledWorkerException> declared,
      LocalDate on) {
    boolean anyActive = false;
    boolean anySettled = false;
    for (SmsUser u : users) {
      if (u.level() == UserLevel.LEVEL_1 && u.status() == UserStatus.ACTIVE) {
        anyActive = true;
        anySettled |= u.profile().settledWorker();
      }
    }
    if (!anyActive) {
      return Decision.of(UserReasonCode.NO_ACTIVE_LEVEL_1.reason());
    }
    if (anySettled) {
      return Decision.allowed();
    }
    Set<SettledWorkerException> applying = applyingExceptions(licence, declared, on);
    if (!applying.isEmpty()) {
      return Decision.of(UserReasonCode.SETTLED_WORKER_EXCEPTION_APPLIES.reason(Map.of("exceptions", applying)));
    }
    Set<String> notRecognised = new TreeSet<>();
    declared.forEach(e -> notRecognised.add(e.name()));
    return Decision.of(UserReasonCode.NO_SETTLED_LEVEL_1.reason(Map.of("date", on,
        "declared", notRecognised.isEmpty() ? "none" : String.join(", ", notRecognised))));
  }

  /**
   * {@return the declared exceptions recognised on {@code on} whose route condition (if any) the licence meets}
   *
   * @param licence the licence
   * @param declared the exceptions the sponsor declared
   * @param on the day of the question: the rules in force that day apply
   */
  public Set<SettledWorkerException> applyingExceptions(Licence licence, Set<SettledWorkerException> declared,
      LocalDate on) {
    Set<SettledWorkerException> recognised = parameters.settledWorkerExceptions().on(on);
    EnumSet<SettledWorkerException> applying = EnumSet.noneOf(SettledWorkerException.class);
    for (SettledWorkerException e : declared) {
      if (recognised.contains(e) && e.requiredRoute().map(licence::covers).orElse(true)) {
        applying.add(e);
      }
    }
    return applying;
  }

  /** {@return the parameters this engine reads} */
  public UserParameters parameters() {
    return parameters;
  }
}
