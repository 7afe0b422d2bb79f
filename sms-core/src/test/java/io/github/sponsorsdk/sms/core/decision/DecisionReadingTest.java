package io.github.sponsorsdk.sms.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.testing.TestReasonCode;
import org.junit.jupiter.api.Test;

/**
 * How callers read a decision and a finding: a warning or a notice never refuses; only a refusal does. The three
 * severities are those of the SMS's own messages (a refusal stops the action, a warning lets it go ahead).
 */
class DecisionReadingTest {

  @Test
  void warningsAndNoticesAloneLeaveADecisionAllowed() {
    Decision d = Decision.of(TestReasonCode.WATCH_OUT.reason(), TestReasonCode.FYI.reason());
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.isRefused()).isFalse();
    assertThat(d.warnings()).extracting(Reason::code).containsExactly("test.WATCH_OUT");
    assertThat(d.refusals()).isEmpty();
    assertThat(Decision.allowed().isRefused()).isFalse();
    // The text in a log or an exception leads with the verdict.
    assertThat(d.toString()).startsWith("ALLOWED[");
  }

  @Test
  void oneRefusalAmongWarningsRefuses() {
    Decision d = Decision.of(TestReasonCode.WATCH_OUT.reason(), TestReasonCode.NOT_FOUND.reason());
    assertThat(d.isRefused()).isTrue();
    assertThat(d.isAllowed()).isFalse();
    assertThat(d.refusals()).extracting(Reason::code).containsExactly("test.NOT_FOUND");
    assertThat(d.warnings()).extracting(Reason::code).containsExactly("test.WATCH_OUT");
    assertThat(d.has(TestReasonCode.NOT_FOUND)).isTrue();
    assertThat(d.has(TestReasonCode.FYI)).isFalse();
    assertThat(d.toString()).startsWith("REFUSED[");
  }

  @Test
  void aWarningFindingIsNotAnErrorAndIsOnlyItsOwnCode() {
    FileLocation at = FileLocation.builder().recordNumber(4L).line(12).column(3).path("CAS").build();
    Finding warning = Finding.of(TestReasonCode.WATCH_OUT.reason(), at);
    assertThat(warning.isError()).isFalse();
    assertThat(warning.is(TestReasonCode.WATCH_OUT)).isTrue();
    assertThat(warning.is(TestReasonCode.NOT_FOUND)).isFalse();
    assertThat(Finding.of(TestReasonCode.FYI.reason(), at).isError()).isFalse();
    assertThat(Finding.of(TestReasonCode.NOT_FOUND.reason(), at).isError()).isTrue();
  }

  /** A brace that opens or closes no placeholder is refused wherever it stands, the first character included. */
  @Test
  void aStrayBraceAtTheStartOfATemplateIsRefused() {
    for (String bad : new String[] {"{ then text", "} then text", "{", "}"}) {
      assertThatThrownBy(() -> MessageTemplate.placeholders(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stray brace");
    }
    assertThat(MessageTemplate.placeholders("{minLength} characters at least")).containsExactly("minLength");
  }

  @Test
  void aReasonWithoutParametersIsTheCodesTemplateAsWritten() {
    Reason r = Reason.of(TestReasonCode.NOT_FOUND);
    assertThat(r).isEqualTo(TestReasonCode.NOT_FOUND.reason());
    assertThat(r.message()).isEqualTo("No CAS were found for the search criteria given.");
  }
}
