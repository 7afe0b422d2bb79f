package io.github.sponsorsdk.sms.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.testing.TestReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueValidationTest {

  @Test
  void constraintsOnAccessorsWithoutGetPrefixAreEnforced() {
    // Hibernate Validator ignores these by default; the project's strategy must see both.
    assertThatThrownBy(() -> Reason.builder().code(" ").severity(io.github.sponsorsdk.sms.core.decision.Severity.INFO)
        .message("").citation(Citation.of(Source.SMS_MANUAL_1, "Access to SMS")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("Reason");
          assertThat(e.violations()).extracting(Violation::path).containsExactly("code", "code", "message");
          assertThat(e.violations()).extracting(Violation::rule).containsExactly("NotBlank", "Pattern", "NotBlank");
          assertThat(e.violations()).extracting(Violation::rejectedValue).containsExactly(" ", " ", "");
        })
        .hasMessageContaining("Invalid Reason: 3 violations")
        .hasMessageContaining("message: '' must not be blank (NotBlank)");
  }

  @Test
  void missingAttributesAreListedTogether() {
    assertThatThrownBy(() -> Citation.builder().build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("Citation");
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactlyInAnyOrder("source", "section", "effectiveFrom");
          assertThat(e.violations()).extracting(Violation::rule).containsOnly("Required");
        });
  }

  @Test
  void nullIsRejectedAsInvalidValue() {
    assertThatThrownBy(() -> Citation.builder().source(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("source");
  }

  @Test
  void decisionIsRefusedExactlyWhenARefusalIsPresent() {
    Decision allowed = Decision.of(TestReasonCode.WATCH_OUT.reason(), TestReasonCode.FYI.reason());
    Decision refused = allowed.and(Decision.of(TestReasonCode.NOT_FOUND.reason()));
    assertThat(allowed.isAllowed()).isTrue();
    assertThat(allowed.has(TestReasonCode.NOT_FOUND)).isFalse();
    assertThat(refused.isRefused()).isTrue();
    assertThat(refused.refusals()).hasSize(1);
    assertThat(refused.has(TestReasonCode.NOT_FOUND)).isTrue();
    assertThat(refused.codes()).containsExactly("test.WATCH_OUT", "test.FYI", "test.NOT_FOUND");
    assertThat(Decision.allowed().isAllowed()).isTrue();
  }

  @Test
  void decisionsRoundTripThroughJson() {
    Citation c = Citation.builder().source(Source.SMS_MANUAL_1).section("Troubleshooting")
        .effectiveFrom(LocalDate.of(2014, 4, 6)).url("https://www.gov.uk/").note("30 minutes").build();
    Decision d = Decision.of(TestReasonCode.TOO_SHORT.reason(java.util.Map.of("minLength", 12, "maxLength", 256))
        .withCitation(c), TestReasonCode.FYI.reason());
    assertThat(Json.roundTrip(d, Decision.class)).isEqualTo(d);
    assertThat(Json.roundTrip(c, Citation.class)).isEqualTo(c);
    Violation v = Violation.of("a.b", "x", "Pattern", "must match");
    assertThat(Json.roundTrip(v, Violation.class)).isEqualTo(v);
  }
}
