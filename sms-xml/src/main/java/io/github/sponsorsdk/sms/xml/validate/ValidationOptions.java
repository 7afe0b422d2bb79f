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
  /** {@return the date the date-effective rules (work-placement thresholds) are read on} */
  public abstract LocalDate evaluationDate();

  /** {@return the reader's limits (file size, records, field length, depth)} */
  @Value.Default
  public ReadOptions limits() {
    return ReadOptions.defaults();
  }

  /** {@return the code lists the field rules use; default the bundled ones ({@link CodeLists#defaults()})} */
  @Value.Default
  public CodeLists codeLists() {
    return CodeLists.defaults();
  }

  /** {@return the date-effective parameters (work-placement thresholds); not serialised} */
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
   * {@return whether messages show the values of personal-data fields} Default {@link PersonalData#MASKED}: a report is
   * printed and logged, and names or passport numbers in it would leak.
   */
  @Value.Default
  public PersonalData personalData() {
    return PersonalData.MASKED;
  }

  /**
   * {@return Project-decided rules ({@link FindingCode#isProjectRule()}) reported as warnings instead of errors: for a
   * team that knows the SMS accepts what the project's rule rejects} Empty by default.
   */
  public abstract java.util.Set<FindingCode> relaxedRules();

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
   * {@return the defaults, evaluated on {@code evaluationDate}}
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

  /** Only project-decided rules may be relaxed; every other code is listed in one exception. */
  @Value.Check
  void check() {
    List<Violation> notProject = relaxedRules().stream().filter(c -> !c.isProjectRule())
        .map(c -> Violation.of("relaxedRules", c.name(), "ProjectRule", "only project-decided rules can be relaxed: "
            + java.util.Arrays.stream(FindingCode.values()).filter(FindingCode::isProjectRule).map(Enum::name)
                .collect(java.util.stream.Collectors.toList())))
        .collect(java.util.stream.Collectors.toList());
    if (!notProject.isEmpty()) {
      throw new InvalidValueException("ValidationOptions", notProject);
    }
    if (maxFindings() < 1 || evaluationDate().isBefore(BdtParameters.TIER_4_START)) {
      throw new InvalidValueException("ValidationOptions", List.of(Violation.of("evaluationDate/maxFindings",
          evaluationDate() + "/" + maxFindings(), "Range",
          "maxFindings must be positive and the date on or after " + BdtParameters.TIER_4_START)));
    }
  }
}
