package io.github.sponsorsdk.sms.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an error message may echo of a value: all of it up to 64 characters, else 64, an ellipsis and the length. */
class TruncatedTextTest {

  @Test
  void sixtyFourCharactersAreEchoedInFullAndSixtyFiveCut() {
    String limit = "n".repeat(Violation.MAX_ECHOED_LENGTH);
    assertThat(Violation.truncated(limit)).isEqualTo(limit);
    assertThat(Violation.truncated(limit + "x")).isEqualTo(limit + "\u2026 (65 characters)");
    assertThat(Violation.truncated("")).isEmpty();
  }
}
