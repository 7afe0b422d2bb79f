package io.github.sponsorsdk.sms.xml.records;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.Optional;
import io.github.sponsorsdk.sms.xml.schema.BdtField;
import org.immutables.value.Value;

/**
 * {@code EvidenceDetails}: English language (SELT) and previous UK study. Every element is optional in the schema;
 * which ones the SMS needs for a "ready to go" CAS is checked by the SMS rules ({@code validate} package).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableEvidence.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence implements WithEvidence {
  /** {@return whether a secure English language test (SELT) is required, when answered} */
  public abstract Optional<Boolean> seltRequired();

  /** {@return a code such as {@code ENG_COUNTRY}} */
  public abstract Optional<String> reasonSeltNotRequired();

  /** {@return a CEFR level code, {@code A2} to {@code C2}} */
  public abstract Optional<String> englishLanguageLevelAttained();

  /** {@return the speaking level of the English test, when given} */
  public abstract Optional<String> seltSpeakingLevel();

  /** {@return the listening level of the English test, when given} */
  public abstract Optional<String> seltListeningLevel();

  /** {@return the reading level of the English test, when given} */
  public abstract Optional<String> seltReadingLevel();

  /** {@return the writing level of the English test, when given} */
  public abstract Optional<String> seltWritingLevel();

  /** {@return a code such as {@code IELTS}} */
  public abstract Optional<String> testProvider();

  /** {@return whether the student has studied in the UK before, when answered} */
  public abstract Optional<Boolean> previousUkStudy();

  /** {@return the previous study's academic level, when given} */
  public abstract Optional<String> previousAcademicLevel();

  /** {@return how the course's level compares with the previous one, when given} */
  public abstract Optional<LevelComparison> levelComparison();

  /** {@return the justification of the course as academic progress, when given} */
  public abstract Optional<String> progressionJustification();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Evidence}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    new Check("Evidence")
        .field("reasonSeltNotRequired", BdtField.REASON_SELT_NOT_REQUIRED, reasonSeltNotRequired())
        .field("englishLanguageLevelAttained", BdtField.ENGLISH_LANGUAGE_LEVEL_ATTAINED, englishLanguageLevelAttained())
        .field("seltSpeakingLevel", BdtField.SELT_SPEAKING_LEVEL, seltSpeakingLevel())
        .field("seltListeningLevel", BdtField.SELT_LISTENING_LEVEL, seltListeningLevel())
        .field("seltReadingLevel", BdtField.SELT_READING_LEVEL, seltReadingLevel())
        .field("seltWritingLevel", BdtField.SELT_WRITING_LEVEL, seltWritingLevel())
        .field("testProvider", BdtField.TEST_PROVIDER, testProvider())
        .field("previousAcademicLevel", BdtField.PREVIOUS_ACADEMIC_LEVEL, previousAcademicLevel())
        .field("progressionJustification", BdtField.PROGRESSION_JUSTIFICATION, progressionJustification())
        .done();
  }
}
