package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The user status machine of Manual 1 (Guide 3, step 3 note; Guide 4):
 *
 * <pre>
 *   (request Level 1) --> REQUESTED --HO--> ACTIVE
 *                                   --HO--> REFUSED            (final: a new request is needed)
 *   (create Level 2)  --> ACTIVE --sponsor--> DEACTIVATED_BY_SPONSOR  (final: "cannot be reactivated")
 *                                --HO-----> DEACTIVATED_BY_UK_VI     (final)
 * </pre>
 *
 * Every other change is refused with the reason that makes it impossible.
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): no parameters (the table is the sources' own);
 * {@link #defaults()} returns one shared, immutable, thread-safe instance.
 * <b>Verbs:</b> {@code decide(from, to, by)} (a {@code Decision}); queries {@code allowed}, {@code isFinal}.
 */
public final class UserStatusTransitions {

  private static final UserStatusTransitions DEFAULTS = new UserStatusTransitions();

  private UserStatusTransitions() {}

  /** {@return the transition table of the manual; it has no parameters} */
  public static UserStatusTransitions defaults() {
    return DEFAULTS;
  }

  /**
   * May {@code by} change a user's status from {@code from} to {@code to}?
   *
   * @param from the current status
   * @param to the new status
   * @param by who changes it
   * @return allowed, or refused with the reason
   */
  public Decision decide(UserStatus from, UserStatus to, StatusChanger by) {
    if (from == UserStatus.DEACTIVATED_BY_SPONSOR || from == UserStatus.DEACTIVATED_BY_UK_VI) {
      return Decision.of(UserReasonCode.DEACTIVATION_FINAL.reason());
    }
    if (from == UserStatus.REFUSED) {
      return Decision.of(UserReasonCode.REFUSAL_FINAL.reason());
    }
    if (allowed(from, by).contains(to)) {
      return Decision.allowed();
    }
    return Decision.of(UserReasonCode.TRANSITION_NOT_ALLOWED.reason(Map.of("from", from, "to", to, "by", by)));
  }

  /**
   * {@return the statuses {@code by} may move a user to from {@code from}}
   *
   * @param from the current status
   * @param by who changes it
   */
  public Set<UserStatus> allowed(UserStatus from, StatusChanger by) {
    switch (from) {
      case REQUESTED:
        return by == StatusChanger.HOME_OFFICE ? EnumSet.of(UserStatus.ACTIVE, UserStatus.REFUSED)
            : EnumSet.noneOf(UserStatus.class);
      case ACTIVE:
        return EnumSet.of(by == StatusChanger.HOME_OFFICE ? UserStatus.DEACTIVATED_BY_UK_VI
            : UserStatus.DEACTIVATED_BY_SPONSOR);
      default:
        return EnumSet.noneOf(UserStatus.class);
    }
  }

  /**
   * {@return true when no change leaves {@code status}}
   *
   * @param status the status
   */
  public boolean isFinal(UserStatus status) {
    return allowed(status, StatusChanger.SPONSOR).isEmpty() && allowed(status, StatusChanger.HOME_OFFICE).isEmpty();
  }
}
