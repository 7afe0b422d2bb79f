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

  /** {@return the header, when it was read and valid} */
  public abstract Optional<BdtHeader> header();

  /**
   * {@return records seen (every record element whose start was read, readable or not)} When reading stopped
   * part-way ({@link #readToEnd()} false) the file may hold more, which were not read at all.
   */
  public abstract long records();

  /**
   * Records with at least one error: the SMS would reject them.
   *
   * @return records with at least one error
   */
  public abstract long rejectedRecords();

  /** {@return records with warnings of the SMS rules and no error: created but not "ready to go"} */
  public abstract long notReadyRecords();

  /**
   * {@return records not checked: the one in which reading stopped (an unreadable file), 0 or 1} Never counted as
   * ready, rejected or not ready; its findings so far are reported.
   */
  public abstract long uncheckedRecords();

  /**
   * {@return true when the whole file was read; false when reading stopped part-way (a {@code FILE_UNREADABLE}
   * finding)}
   */
  public abstract boolean readToEnd();

  /** {@return error findings (severity {@code REFUSAL}), counted past {@code maxFindings}} */
  public abstract long errors();

  /** {@return warning findings, counted past {@code maxFindings}} */
  public abstract long warnings();

  /** {@return the findings kept, in file order} */
  public abstract List<Finding> findings();

  /** {@return true when more findings were found than kept} */
  public abstract boolean truncated();

  /** {@return true when the file could be read to its end and nothing in it is an error} */
  @JsonIgnore
  public boolean accepted() {
    return errors() == 0 && readToEnd();
  }

  /** {@return records checked in full that would be created ready to go; never a record that was not checked} */
  @JsonIgnore
  public long readyRecords() {
    return records() - rejectedRecords() - notReadyRecords() - uncheckedRecords();
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
