package io.github.sponsorsdk.sms.core.study;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code EvidenceDetails}: English language (a Secure English Language Test or why none is needed) and previous UK
 * study. Every element is optional in the BDT schema v2.1 ({@code EvidenceDataStructure}); which ones a "ready to go"
 * CAS needs is a rule in {@code sms-rules} ({@code AssignmentReadiness}). An evidence block that is present but empty
 * (official example 3) is not the same as no block, and stays so. A Child CAS has no evidence block.
 *
 * <p>Codes ({@code ReasonSELTNotRequired} such as {@code ENG_COUNTRY}, {@code TestProvider} such as {@code IELTS},
 * CEFR levels {@code A2} to {@code C2}, academic levels such as {@code RQF6}) are kept as text: the lists are the
 * guidance's reference data (docs/sources.md#bdt-reference-values-v16), checked by sms-xml's validator.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCasEvidence.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCasEvidence.class)
@JsonDeserialize(as = ImmutableCasEvidence.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCasEvidence.class)
public abstract class CasEvidence implements WithCasEvidence {

  /** {@return {@code SELTRequired}} */
  public abstract Optional<Boolean> seltRequired();

  /** {@return {@code ReasonSELTNotRequired}: a code from the guidance's list} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> reasonSeltNotRequired();

  /** {@return {@code EnglishLanguageLevelAttained}: a CEFR level} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> englishLanguageLevelAttained();

  /** {@return {@code SELTSpeakingLevel}: at most 50 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> seltSpeakingLevel();

  /** {@return {@code SELTListeningLevel}: at most 50 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> seltListeningLevel();

  /** {@return {@code SELTReadingLevel}: at most 50 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> seltReadingLevel();

  /** {@return {@code SELTWritingLevel}: at most 50 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 50)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> seltWritingLevel();

  /** {@return {@code TestProvider}: a code from the guidance's list} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> testProvider();

  /** {@return {@code PreviousUKStudy}} */
  public abstract Optional<Boolean> previousUkStudy();

  /** {@return {@code PreviousAcademicLevel}: an academic level code} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.PRINTABLE, message = CasDetails.PRINTABLE_MESSAGE)
  public abstract Optional<String> previousAcademicLevel();

  /** {@return {@code CurrentPreviousCourseLevelComparison}} */
  public abstract Optional<CourseLevelComparison> levelComparison();

  /** {@return {@code ProgressionJustification}: free text, at most 1,000 characters} */
  @Size(payload = Unwrapping.Unwrap.class, min = 1, max = 1000)
  @Pattern(payload = Unwrapping.Unwrap.class, regexp = CasDetails.MULTI_LINE,
      message = CasDetails.MULTI_LINE_MESSAGE)
  public abstract Optional<String> progressionJustification();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CasEvidence}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCasEvidence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
