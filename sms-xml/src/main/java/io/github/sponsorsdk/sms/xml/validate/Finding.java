package io.github.sponsorsdk.sms.xml.validate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem in a BDT file: where (record index, ApplicantID, line, column, element path), what (a stable
 * {@link FindingCode} and a message), how bad ({@link FindingSeverity}) and which layer found it, with the citation of
 * the rule. Schema findings carry the line and column the validator reports; rule findings those of the record's
 * start tag.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableFinding.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements WithFinding {
  /**
   * The record's number counted from 1, as a person and the SMS's results count (the first {@code CAS} element is
   * record 1); empty for the file and its header.
   */
  public abstract Optional<Long> recordNumber();

  /** The record's ApplicantID, when it has one and it could be read. */
  public abstract Optional<String> applicantId();

  public abstract int line();

  public abstract int column();

  /** The element path below the root, e.g. {@code CAS/ApplicantData/FamilyName}; empty for the whole file. */
  public abstract String path();

  /** The name of a {@link FindingCode}. */
  @NotBlank
  public abstract String code();

  @NotBlank
  public abstract String message();

  public abstract FindingSeverity severity();

  public abstract FindingSource source();

  public abstract Citation citation();

  public boolean is(FindingCode c) {
    return code().equals(c.name());
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Finding}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /** A builder with code, severity, source and citation taken from {@code code}. */
  public static Finding.Builder of(FindingCode code, String message) {
    return ImmutableFinding.builder().code(code.name()).severity(code.severity()).source(code.source())
        .citation(code.citation()).message(message);
  }

  @Value.Check
  protected void check() {
    ValueValidation.check(this);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(severity()).append(' ').append(code());
    recordNumber().ifPresent(i -> b.append(" record ").append(i));
    applicantId().ifPresent(a -> b.append(" (ApplicantID ").append(a).append(')'));
    if (line() > 0) {
      b.append(" at ").append(line()).append(':').append(column());
    }
    if (!path().isEmpty()) {
      b.append(' ').append(path());
    }
    return b.append(": ").append(message()).toString();
  }
}
