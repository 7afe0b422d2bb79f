package io.github.sponsorsdk.sms.rules.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.certificate.Certificate;
import io.github.sponsorsdk.sms.core.study.CasEvidence;
import io.github.sponsorsdk.sms.core.study.CourseLevelComparison;
import io.github.sponsorsdk.sms.rules.testing.Fixtures;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A student who studied in the UK before and whose new course is not at a higher level needs the sponsor's
 * justification of academic progression on the CAS before it can be assigned (ReadinessReasonCode
 * PROGRESSION_REASON_MISSING); a course at a higher level needs none. A blank justification is no justification.
 */
class ProgressionJustificationTest {

  static final LocalDate ON = LocalDate.of(2026, 6, 1);

  static Certificate cas(CourseLevelComparison comparison, Optional<String> justification) {
    CasEvidence evidence = CasEvidence.builder().from(Fixtures.casDetails().evidence().orElseThrow())
        .previousUkStudy(true).previousAcademicLevel("RQF6").levelComparison(comparison)
        .progressionJustification(justification).build();
    return Certificate.builder().from(Fixtures.readyCas())
        .cas(Fixtures.casDetails().withEvidence(evidence)).build();
  }

  @ParameterizedTest(name = "{0}, justification [{1}]: missing={2}")
  @CsvSource(value = {
      "HIGHER, <none>, false",
      "SAME, <none>, true",
      "LOWER, <none>, true",
      "SAME, '   ', true",
      "SAME, 'A conversion course into a new subject', false",
      "LOWER, 'Moving to a specialist postgraduate certificate', false"})
  void aCourseNotAtAHigherLevelNeedsAJustification(CourseLevelComparison comparison, String text, boolean missing) {
    Optional<String> justification = text.equals("<none>") ? Optional.empty() : Optional.of(text);
    boolean flagged = AssignmentReadiness.defaults().decide(cas(comparison, justification), ON)
        .has(ReadinessReasonCode.PROGRESSION_REASON_MISSING);
    assertThat(flagged).isEqualTo(missing);
  }
}
