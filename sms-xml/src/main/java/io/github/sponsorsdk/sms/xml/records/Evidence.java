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
  public abstract Optional<Boolean> seltRequired();

  /** A code such as {@code ENG_COUNTRY}. */
  public abstract Optional<String> reasonSeltNotRequired();

  /** A CEFR level code, {@code A2} to {@code C2}. */
  public abstract Optional<String> englishLanguageLevelAttained();

  public abstract Optional<String> seltSpeakingLevel();

  public abstract Optional<String> seltListeningLevel();

  public abstract Optional<String> seltReadingLevel();

  public abstract Optional<String> seltWritingLevel();

  /** A code such as {@code IELTS}. */
  public abstract Optional<String> testProvider();

  public abstract Optional<Boolean> previousUkStudy();

  public abstract Optional<String> previousAcademicLevel();

  public abstract Optional<LevelComparison> levelComparison();

  public abstract Optional<String> progressionJustification();

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Evidence}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
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
