package io.github.sponsorsdk.sms.xml.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.InvalidValueException;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.Violation;
import io.github.sponsorsdk.sms.xml.io.ReadOptions;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a {@link BdtValidator} judges a file. The evaluation date picks the date-effective parameters in force (the
 * day of upload, normally); there is no default, because the rules never read the clock.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableValidationOptions.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableValidationOptions.class)
@JsonDeserialize(as = ImmutableValidationOptions.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableValidationOptions.class)
public abstract class ValidationOptions implements WithValidationOptions {
  /** {@return the day the rules are evaluated on} */
  public abstract LocalDate evaluationDate();

  /** {@return the security limits of the read} */
  @Value.Default
  public ReadOptions limits() {
    return ReadOptions.defaults();
  }

  /** {@return the code lists checked against; by default the official lists bundled} */
  @Value.Default
  public CodeLists codeLists() {
    return CodeLists.defaults();
  }

  /** {@return the date-effective thresholds of the SMS rules} */
  @JsonIgnore
  @Value.Default
  @Value.Auxiliary
  public BdtParameters parameters() {
    return BdtParameters.defaults();
  }

  /** {@return findings kept in the report; the counts go on past it} Default 1,000. */
  @Value.Default
  public int maxFindings() {
    return 1000;
  }

  /**
   * Look for duplicate CAS records inside the file (8 to 16 bytes per record). Default on.
   *
   * @return true to look for duplicates
   */
  @Value.Default
  public boolean detectDuplicates() {
    return true;
  }

  /**
   * {@return options for {@code evaluationDate}, other settings default}
   *
   * @param evaluationDate the day the rules are evaluated on
   */
  public static ValidationOptions on(LocalDate evaluationDate) {
    return ImmutableValidationOptions.builder().evaluationDate(evaluationDate).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ValidationOptions}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableValidationOptions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (maxFindings() < 1 || evaluationDate().isBefore(BdtParameters.TIER_4_START)) {
      throw new InvalidValueException("ValidationOptions", List.of(Violation.of("evaluationDate/maxFindings",
          evaluationDate() + "/" + maxFindings(), "Range",
          "maxFindings must be positive and the date on or after " + BdtParameters.TIER_4_START)));
    }
  }
}
