package io.github.sponsorsdk.sms.xml.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.decision.Finding;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.xml.records.BdtHeader;
import io.github.sponsorsdk.sms.xml.schema.BdtFileKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of validating one file: the kind and header, record counts, and the findings (the first
 * {@link ValidationOptions#maxFindings()} of them; the counts cover all).
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableValidationReport.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableValidationReport.class)
@JsonDeserialize(as = ImmutableValidationReport.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableValidationReport.class)
public abstract class ValidationReport implements WithValidationReport {
  /** {@return empty when the root element was not recognised} */
  public abstract Optional<BdtFileKind> kind();

  /** {@return the file's header, when it could be read} */
  public abstract Optional<BdtHeader> header();

  /**
   * Records in the file (every record element, readable or not).
   *
   * @return records in the file
   */
  public abstract long records();

  /**
   * Records with at least one error: the SMS would reject them.
   *
   * @return records with at least one error
   */
  public abstract long rejectedRecords();

  /**
   * Records with warnings and no error: created but not "ready to go".
   *
   * @return records with warnings and no error
   */
  public abstract long notReadyRecords();

  /** {@return the number of errors found} */
  public abstract long errors();

  /** {@return the number of warnings found} */
  public abstract long warnings();

  /** {@return the findings kept, in file order} */
  public abstract List<Finding> findings();

  /** {@return true when more findings were found than kept} */
  public abstract boolean truncated();

  /** {@return true when the file could be read to its end and nothing in it is an error} */
  @JsonIgnore
  public boolean accepted() {
    return errors() == 0;
  }

  /**
   * Records that would be created ready to go.
   *
   * @return records that would be created ready to go
   */
  @JsonIgnore
  public long readyRecords() {
    return records() - rejectedRecords() - notReadyRecords();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ValidationReport}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }
}
