package io.github.sponsorsdk.sms.rules.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.password.AccountHolder;
import io.github.sponsorsdk.sms.rules.password.PasswordCheck;
import io.github.sponsorsdk.sms.rules.password.Secret;
import io.github.sponsorsdk.sms.rules.session.Session;
import io.github.sponsorsdk.sms.rules.session.SessionEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README quick-start, compiled and checked so that it stays true. */
class ReadmeExampleTest {

  @Test
  void quickStart() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    char[] chars = "julie2026".toCharArray();
    List<String> shown = new ArrayList<>();

    // --- README snippet starts ---
    // Password policy (Manual 1, Guide 1): every broken rule at once, cited; the password is never echoed.
    AccountHolder julie = AccountHolder.of("MMdYyfNF", "Julie", "Smith");
    Decision d = PasswordCheck.defaults().decide(Secret.of(chars), julie, LocalDate.of(2026, 11, 25));
    d.refusals().forEach(r -> shown.add(r.code() + " " + r.parameters())); // password.TOO_SHORT {minLength=12, maxLength=256}, ...

    // Log-in and lockout: a pure state machine; the caller compares credentials, the engine never sees a password.
    LoginEngine login = LoginEngine.defaults(); // 3 failures lock for 30 min; LoginParameters.twentyMinuteLockout() for 20
    AccountState state = AccountState.newAccount();
    for (int i = 0; i < 3; i++) {
      state = login.attempt(state, LoginAttempt.of(CredentialCheck.MISMATCHED), clock).state();
    }
    LoginOutcome r = login.attempt(state, LoginAttempt.of(CredentialCheck.MATCHED, UserStatus.ACTIVE,
        LicenceStatus.LICENSED_AND_FULLY_ACTIVE), clock.instant().plus(Duration.ofMinutes(30)));   // locked until exactly +30 min
    if (r.kind() == LoginOutcomeKind.MUST_CHANGE_PASSWORD) {                           // first log-in (Guide 1)
      state = login.passwordChanged(r.state());                                      // after PasswordCheck.decideChange
    }

    // Sessions: logged out after 20 minutes of inactivity; a second log-in replaces the first.
    Session s = SessionEngine.defaults().start(Optional.empty(), "MMdYyfNF", clock.instant()).session().orElseThrow();
    boolean expired = s.isExpired(clock.instant().plus(Duration.ofMinutes(20)));      // true
    // --- README snippet ends ---

    assertThat(shown).containsExactly("password.TOO_SHORT {minLength=12, maxLength=256}",
        "password.NO_UPPERCASE {minCount=1}", "password.NO_SPECIAL {minCount=1, specialCharacters=@$!%^&*+=_}",
        "password.CONTAINS_NAME {namePart=GIVEN_NAME, minTokenLength=3}");
    assertThat(r.kind()).isEqualTo(LoginOutcomeKind.MUST_CHANGE_PASSWORD);
    assertThat(state.passwordStatus()).isEqualTo(PasswordStatus.CHOSEN);
    assertThat(expired).isTrue();
  }

  /** How a caller (the testkit's fake) tells the engine about a pasted trailing space, comparing hashes only. */
  @Test
  void aCallerComparingHashesReportsTheTrailingSpaceCase() throws Exception {
    byte[] stored = sha256(Secret.of("Orchard5@Kent!"));
    Secret entered = Secret.of("Orchard5@Kent! ");
    CredentialCheck check = java.security.MessageDigest.isEqual(stored, sha256(entered)) ? CredentialCheck.MATCHED
        : entered.hasTrailingWhitespace()
            && java.security.MessageDigest.isEqual(stored, sha256(entered.stripTrailingWhitespace()))
            ? CredentialCheck.MISMATCHED_TRAILING_WHITESPACE : CredentialCheck.MISMATCHED;
    assertThat(check).isEqualTo(CredentialCheck.MISMATCHED_TRAILING_WHITESPACE);
    LoginOutcome r = LoginEngine.defaults().attempt(AccountState.settled(), LoginAttempt.of(check),
        Instant.parse("2026-11-25T09:00:00Z"));
    assertThat(r.decision().codes())
        .containsExactly("login.INVALID_CREDENTIALS", "login.TRAILING_WHITESPACE_IN_PASSWORD");
  }

  private static byte[] sha256(Secret s) throws Exception {
    char[] c = s.toCharArray();
    byte[] bytes = new String(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.Arrays.fill(c, '\0');
    return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
  }
}
