package io.github.sponsorsdk.sms.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import org.immutables.value.Value;

/**
 * A {@link Reason} found at a {@link FileLocation}: one problem in a file of records, such as a Bulk Data Transfer
 * upload. The reason carries the code (namespace {@code bdt}), severity ({@link Severity#REFUSAL}: the SMS rejects
 * the record; {@link Severity#WARNING}: the CAS is created but not "ready to go"), message, parameters and citation;
 * the location says where.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *   if (f.is(FindingCode.SCHEMA_INVALID)) { ... f.location().recordNumber() ... }
 * }
 * }</pre>
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableFinding.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements Located, WithFinding {

  /** {@return what was found: code, severity, message, parameters and citation} */
  @Override
  public abstract Reason reason();

  /** {@return where it was found} */
  public abstract FileLocation location();

  /**
   * {@return a finding of {@code reason} at {@code location}}
   *
   * @param reason what is wrong
   * @param location where in the file
   */
  public static Finding of(Reason reason, FileLocation location) {
    return builder().reason(reason).location(location).build();
  }

  /** {@return a new builder; {@code build()} checks that both parts are present} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Finding}: one setter per attribute. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /** {@return true when the SMS would reject the record (or, outside a record, the file)} */
  @JsonIgnore
  public boolean isError() {
    return reason().severity() == Severity.REFUSAL;
  }

  /** {@code "REFUSAL bdt.SCHEMA_INVALID record 2 at 40:7 CAS/ApplicantData/Gender: ..."}. */
  @Override
  public String toString() {
    return reason().severity() + " " + reason().code() + " " + location() + ": " + reason().message();
  }
}
