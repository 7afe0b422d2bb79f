package io.github.sponsorsdk.sms.testkit.regression;

import io.github.sponsorsdk.sms.testkit.InMemorySms;
import java.time.LocalDate;

/** Fakes for the regression tests: fast hashing, fixed seed, Monday 2 March 2026. */
final class Fakes {
  private Fakes() {}

  static InMemorySms fast() {
    return InMemorySms.builder().startingOn(LocalDate.of(2026, 3, 2)).seed(14)
        .passwordIterations(InMemorySms.FAST_TEST_ITERATIONS).build();
  }
}
