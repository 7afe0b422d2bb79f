package io.github.sponsorsdk.sms.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Sources;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.decision.ReasonCode;
import io.github.sponsorsdk.sms.core.testing.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueValidationTest {

  enum Code implements ReasonCode { SOMETHING }

  @Test
  void constraintsOnAccessorsWithoutGetPrefixAreEnforced() {
    // Hibernate Validator ignores these by default; the project's strategy must see both.
    assertThatThrownBy(() -> Citation.of(" ", ""))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("Citation");
          assertThat(e.violations()).extracting(Violation::path).containsExactly("document", "section");
          assertThat(e.violations()).extracting(Violation::rule).containsOnly("NotBlank");
          assertThat(e.violations()).extracting(Violation::rejectedValue).containsExactly(" ", "");
        })
        .hasMessageContaining("Invalid Citation: 2 violations")
        .hasMessageContaining("document: ' ' must not be blank (NotBlank)");
  }

  @Test
  void missingAttributesAreListedTogether() {
    assertThatThrownBy(() -> Citation.builder().build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.valueType()).isEqualTo("Citation");
          assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("document", "section");
          assertThat(e.violations()).extracting(Violation::rule).containsOnly("Required");
        });
  }

  @Test
  void nullIsRejectedAsInvalidValue() {
    assertThatThrownBy(() -> Citation.builder().document(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("document");
  }

  @Test
  void decisionIsRefusedExactlyWhenARefusalIsPresent() {
    Citation c = Citation.of(Sources.SMS_MANUAL_1, "Access to SMS", LocalDate.of(2023, 6, 19));
    Decision allowed = Decision.of(Reason.warning(Code.SOMETHING, "watch out", c), Reason.info(Code.SOMETHING, "ok", c));
    Decision refused = allowed.and(Decision.of(Reason.refusal(Code.SOMETHING, "no", c)));
    assertThat(allowed.isAllowed()).isTrue();
    assertThat(refused.isRefused()).isTrue();
    assertThat(refused.refusals()).hasSize(1);
    assertThat(refused.has(Code.SOMETHING)).isTrue();
    assertThat(Decision.allowed().isAllowed()).isTrue();
  }

  @Test
  void decisionsRoundTripThroughJson() {
    Citation c = Citation.builder().document(Sources.SMS_MANUAL_1).section("Troubleshooting")
        .effectiveFrom(LocalDate.of(2014, 4, 6)).url("https://www.gov.uk/").note("30 minutes").build();
    Decision d = Decision.of(Reason.builder().code("X").severity(io.github.sponsorsdk.sms.core.decision.Severity.REFUSAL)
        .message("m").citation(c).putParameter("minLength", "12").build());
    assertThat(Json.roundTrip(d, Decision.class)).isEqualTo(d);
    assertThat(Json.roundTrip(c, Citation.class)).isEqualTo(c);
    Violation v = Violation.of("a.b", "x", "Pattern", "must match");
    assertThat(Json.roundTrip(v, Violation.class)).isEqualTo(v);
  }
}
