package io.github.sponsorsdk.sms.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Manual 1, Guide 3 step 3 note (the five statuses) and Guide 4 (deactivation is permanent). */
class UserStatusTransitionsTest {

  /** The complete table of allowed changes: (from, to, by). */
  static final Set<String> ALLOWED = Set.of("REQUESTED>ACTIVE:HOME_OFFICE", "REQUESTED>REFUSED:HOME_OFFICE",
      "ACTIVE>DEACTIVATED_BY_SPONSOR:SPONSOR", "ACTIVE>DEACTIVATED_BY_UK_VI:HOME_OFFICE");

  @Test
  void exactlyTheManualsTransitionsAreAllowedOverTheWholeDomain() {
    int allowed = 0;
    for (UserStatus from : UserStatus.values()) {
      for (UserStatus to : UserStatus.values()) {
        for (StatusChanger by : StatusChanger.values()) {
          Decision d = UserStatusTransitions.defaults().decide(from, to, by);
          boolean expected = ALLOWED.contains(from + ">" + to + ":" + by);
          assertThat(d.isAllowed()).as("%s -> %s by %s", from, to, by).isEqualTo(expected);
          assertThat(UserStatusTransitions.defaults().allowed(from, by).contains(to)).isEqualTo(expected);
          if (!expected) {
            assertThat(d.refusals()).isNotEmpty();
          }
          allowed += expected ? 1 : 0;
          if (from == UserStatus.DEACTIVATED_BY_SPONSOR || from == UserStatus.DEACTIVATED_BY_UK_VI) {
            assertThat(d.codes()).containsExactly("user.DEACTIVATION_FINAL");
          }
        }
      }
    }
    assertThat(allowed).isEqualTo(ALLOWED.size());
  }

  @Test
  void deactivatedAndRefusedAreFinal() {
    assertThat(UserStatusTransitions.defaults().isFinal(UserStatus.DEACTIVATED_BY_SPONSOR)).isTrue();
    assertThat(UserStatusTransitions.defaults().isFinal(UserStatus.DEACTIVATED_BY_UK_VI)).isTrue();
    assertThat(UserStatusTransitions.defaults().isFinal(UserStatus.REFUSED)).isTrue();
    assertThat(UserStatusTransitions.defaults().isFinal(UserStatus.ACTIVE)).isFalse();
    assertThat(UserStatusTransitions.defaults().decide(UserStatus.REFUSED, UserStatus.ACTIVE, StatusChanger.HOME_OFFICE).codes())
        .containsExactly("user.REFUSAL_FINAL");
    assertThat(UserStatusTransitions.defaults().decide(UserStatus.REQUESTED, UserStatus.ACTIVE, StatusChanger.SPONSOR).codes())
        .containsExactly("user.TRANSITION_NOT_ALLOWED");
  }
}
