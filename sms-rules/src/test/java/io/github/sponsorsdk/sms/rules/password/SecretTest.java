package io.github.sponsorsdk.sms.rules.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.rules.testing.Json;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void neverPrintsItsCharacters() {
    Secret s = Secret.of("Password1! ");
    assertThat(s).hasToString("Secret[****]");
    assertThat("" + s).isEqualTo("Secret[****]");
    assertThat(s).isNotInstanceOf(CharSequence.class);
  }

  @Test
  void copiesTheCallersArraySoItCanBeWiped() {
    char[] mine = "Password1!xy".toCharArray();
    Secret s = Secret.of(mine);
    Arrays.fill(mine, '\0');
    assertThat(s.length()).isEqualTo(12);
    assertThat(s.charAt(0)).isEqualTo('P');
    char[] out = s.toCharArray();
    out[0] = 'X';
    assertThat(s.charAt(0)).isEqualTo('P');
  }

  @Test
  void detectsAndStripsTrailingWhitespaceForTheCopyAndPasteTrap() {
    // Manual 1, Guide 1, step 1 note: "this may include a space at the end of your password"
    Secret pasted = Secret.of("Password1! \t\u00A0");
    assertThat(pasted.hasTrailingWhitespace()).isTrue();
    Secret stripped = pasted.stripTrailingWhitespace();
    assertThat(stripped.hasTrailingWhitespace()).isFalse();
    assertThat(new String(stripped.toCharArray())).isEqualTo("Password1!");
    assertThat(Secret.of("").hasTrailingWhitespace()).isFalse();
    assertThat(Secret.of(" lead").hasTrailingWhitespace()).isFalse();
  }

  @Test
  void countsCodePoints() {
    assertThat(Secret.of("a\uD83D\uDE00b").codePointCount()).isEqualTo(3);
    assertThat(Secret.of("a\uD83D\uDE00b").length()).isEqualTo(4);
  }

  @Test
  void accountHolderRoundTripsThroughJson() {
    AccountHolder h = AccountHolder.of("MMdYyfNF", "Julie", "Smith");
    assertThat(Json.roundTrip(h, AccountHolder.class)).isEqualTo(h);
    AccountHolder idOnly = AccountHolder.builder().userId("yAy9d5dp").build();
    assertThat(Json.roundTrip(idOnly, AccountHolder.class)).isEqualTo(idOnly);
  }

  @Test
  void policyRoundTripsThroughJson() {
    assertThat(Json.roundTrip(PasswordParameters.defaults(), PasswordParameters.class)).isEqualTo(PasswordParameters.defaults());
  }

  /** An empty secret and one of whitespace only: nothing to strip from the first, everything from the second. */
  @Test
  void emptyAndAllWhitespaceSecrets() {
    Secret empty = Secret.of("");
    assertThat(empty.length()).isZero();
    assertThat(empty.codePointCount()).isZero();
    assertThat(empty.hasTrailingWhitespace()).isFalse();
    assertThat(empty.stripTrailingWhitespace().length()).isZero();
    assertThat(Secret.of(new char[0]).toCharArray()).isEmpty();

    Secret blank = Secret.of(" \t\u00A0 ");
    assertThat(blank.hasTrailingWhitespace()).isTrue();
    Secret stripped = blank.stripTrailingWhitespace();
    assertThat(stripped.length()).isZero();
    assertThat(stripped.hasTrailingWhitespace()).isFalse();
    // The policy counts every whitespace character and still lists every other violation.
    assertThat(PasswordCheck.defaults().decide(blank, AccountHolder.of("MMdYyfNF", "Julie", "Smith"),
        java.time.LocalDate.of(2025, 6, 2)).codes()).containsExactly("password.TOO_SHORT", "password.NO_UPPERCASE",
        "password.NO_LOWERCASE", "password.NO_DIGIT", "password.NO_SPECIAL", "password.CONTAINS_WHITESPACE");
    // A single trailing space is the copy-and-paste case; stripping keeps what precedes it.
    assertThat(new String(Secret.of("x ").stripTrailingWhitespace().toCharArray())).isEqualTo("x");
  }
}
