package io.github.sponsorsdk.sms.rules.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.rules.password.Secret;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How a caller tells the log-in engine what it found when it compared credentials: the engine never sees a password.
 * (The README's log-in example is checked by sms-testkit's {@code DocSnippetsTest}.)
 */
class CallerCredentialCheckTest {

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
