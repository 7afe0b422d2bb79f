package io.github.sponsorsdk.sms.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.testing.Json;
import io.github.sponsorsdk.sms.core.testing.TestReasonCode;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reason-code contract: qualified codes, templates rendered with exactly their parameters, findings. */
class ReasonCodeContractTest {

  static final Map<String, Object> SHORT = Map.of("maxLength", 256, "minLength", 12);

  @Test
  void aReasonHoldsTheQualifiedCodeTheParametersInTemplateOrderAndTheRenderedMessage() {
    Reason r = TestReasonCode.TOO_SHORT.reason(SHORT);
    assertThat(TestReasonCode.TOO_SHORT.code()).isEqualTo("test.TOO_SHORT");
    assertThat(r.code()).isEqualTo("test.TOO_SHORT");
    assertThat(r.namespace()).isEqualTo("test");
    assertThat(r.name()).isEqualTo("TOO_SHORT");
    assertThat(r.message()).isEqualTo("The password must be at least 12 characters long (at most 256)");
    assertThat(r.parameters()).containsExactly(Map.entry("minLength", "12"), Map.entry("maxLength", "256"));
    assertThat(r.severity()).isEqualTo(Severity.REFUSAL);
    assertThat(r.citation()).isEqualTo(TestReasonCode.TOO_SHORT.citation());
    assertThat(r.is(TestReasonCode.TOO_SHORT)).isTrue();
    assertThat(r.is(TestReasonCode.NOT_FOUND)).isFalse();
    assertThat(TestReasonCode.TOO_SHORT.parameterNames()).containsExactly("minLength", "maxLength");
  }

  @Test
  void parametersMustBeExactlyThePlaceholders() {
    assertThatThrownBy(() -> TestReasonCode.TOO_SHORT.reason(Map.of("minLength", 12)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.TOO_SHORT").hasMessageContaining("missing [maxLength]");
    Map<String, Object> extra = new LinkedHashMap<>(SHORT);
    extra.put("record", 3);
    assertThatThrownBy(() -> TestReasonCode.TOO_SHORT.reason(extra)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the template [record]");
    assertThatThrownBy(TestReasonCode.TOO_SHORT::reason).isInstanceOf(IllegalArgumentException.class);
    assertThat(TestReasonCode.NOT_FOUND.reason().parameters()).isEmpty();
  }

  @Test
  void templatesHoldOnlyWellFormedPlaceholders() {
    assertThat(MessageTemplate.placeholders("{a} and {b2} and {a}")).containsExactly("a", "b2");
    for (String bad : new String[] {"", " ", "a {B}", "a {", "a } b", "{a b}", "{{a}}"}) {
      assertThatThrownBy(() -> MessageTemplate.placeholders(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(MessageTemplate.render("$ {x} \\ {y}", Map.of("x", "$1", "y", "\\"))).isEqualTo("$ $1 \\ \\");
  }

  @Test
  void severityAndCitationCanBeSetByTheEngineOnTheReason() {
    Citation row = Citation.of(Source.SMS_MANUAL_1_GUIDE_1, "Step 2", LocalDate.of(2023, 6, 19));
    Reason r = TestReasonCode.TOO_SHORT.reason(SHORT).withSeverity(Severity.WARNING).withCitation(row);
    assertThat(r.severity()).isEqualTo(Severity.WARNING);
    assertThat(r.citation()).isEqualTo(row);
    assertThat(r.code()).isEqualTo("test.TOO_SHORT");
  }

  @Test
  void aRelayedReasonMustCarryAQualifiedCode() {
    assertThatThrownBy(() -> Reason.builder().from(TestReasonCode.FYI.reason()).code("FYI").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("qualified code");
    assertThat(Reason.builder().from(TestReasonCode.FYI.reason()).code("bdt.SCHEMA_INVALID").build().name())
        .isEqualTo("SCHEMA_INVALID");
  }

  @Test
  void findingsAreAReasonAtALocationAndRoundTrip() {
    Finding f = Finding.of(TestReasonCode.NOT_FOUND.reason(), FileLocation.builder().recordNumber(2L)
        .applicantId("A1").line(40).column(7).path("CAS/ApplicantData/Gender").build());
    assertThat(f.code()).isEqualTo("test.NOT_FOUND");
    assertThat(f.isError()).isTrue();
    assertThat(f.is(TestReasonCode.NOT_FOUND)).isTrue();
    assertThat(f.toString()).isEqualTo("REFUSAL test.NOT_FOUND record 2 (ApplicantID A1) at 40:7 "
        + "CAS/ApplicantData/Gender: No CAS were found for the search criteria given.");
    assertThat(Json.roundTrip(f, Finding.class)).isEqualTo(f);
    FileLocation file = FileLocation.builder().line(0).column(0).path("").build();
    assertThat(f.withLocation(file).toString()).startsWith("REFUSAL test.NOT_FOUND file at 0:0: ");
    assertThat(Finding.builder().from(f).build()).isEqualTo(f);
    assertThat(f.location().withApplicantId("B2").applicantId()).contains("B2");
    assertThat(f.withLocation(f.location().withRecordNumber(3L)).location().recordNumber()).contains(3L);
    assertThatThrownBy(() -> FileLocation.builder().recordNumber(0L).line(1).column(1).path("").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("recordNumber");
  }
}
