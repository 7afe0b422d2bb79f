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
  /** Empty when the root element was not recognised. */
  public abstract Optional<BdtFileKind> kind();

  /** The header, when it was read and valid. */
  public abstract Optional<BdtHeader> header();

  /**
   * Records seen (every record element whose start was read, readable or not). When reading stopped part-way
   * ({@link #readToEnd()} false) the file may hold more, which were not read at all.
   */
  public abstract long records();

  /** Records with at least one error: the SMS would reject them. */
  public abstract long rejectedRecords();

  /** Records with warnings of the SMS rules and no error: created but not "ready to go". */
  public abstract long notReadyRecords();

  /**
   * Records not checked: the one in which reading stopped (an unreadable file), 0 or 1. Never counted as ready,
   * rejected or not ready; its findings so far are reported.
   */
  public abstract long uncheckedRecords();

  /** True when the whole file was read; false when reading stopped part-way (a {@code FILE_UNREADABLE} finding). */
  public abstract boolean readToEnd();

  /** Error findings (severity {@code REFUSAL}), counted past {@code maxFindings}. */
  public abstract long errors();

  /** Warning findings, counted past {@code maxFindings}. */
  public abstract long warnings();

  /** The findings kept, in file order. */
  public abstract List<Finding> findings();

  /** True when more findings were found than kept. */
  public abstract boolean truncated();

  /** True when the file could be read to its end and nothing in it is an error. */
  @JsonIgnore
  public boolean accepted() {
    return errors() == 0 && readToEnd();
  }

  /** Records checked in full that would be created ready to go; never a record that was not checked. */
  @JsonIgnore
  public long readyRecords() {
    return records() - rejectedRecords() - notReadyRecords() - uncheckedRecords();
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ValidationReport}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableValidationReport.Builder {
    Builder() {}
  }
}
