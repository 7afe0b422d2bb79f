package io.github.sponsorsdk.sms.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where in a file of records (a Bulk Data Transfer upload) a {@link Finding} is: the record's number counted from 1
 * as a person counts (the first {@code CAS} element is record 1), the record's ApplicantID, the line and column of
 * the text at fault (or of the record's start tag) and the element path below the root.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableFileLocation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFileLocation.class)
@JsonDeserialize(as = ImmutableFileLocation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFileLocation.class)
public abstract class FileLocation implements WithFileLocation {

  /** {@return the record's number, counted from 1; empty for the file as a whole and its header} */
  public abstract Optional<@Positive Long> recordNumber();

  /** {@return the record's ApplicantID, when it has one and it could be read} */
  public abstract Optional<String> applicantId();

  /** {@return the line, counted from 1; 0 when the file gave none (nothing could be read)} */
  @PositiveOrZero
  public abstract int line();

  /** {@return the column, counted from 1; 0 when the file gave none} */
  @PositiveOrZero
  public abstract int column();

  /** {@return the element path below the root, e.g. {@code CAS/ApplicantData/FamilyName}; empty for the whole file} */
  public abstract String path();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code FileLocation}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableFileLocation.Builder {
    Builder() {}
  }

  /** Checks the constraints when the value is built; throws {@code InvalidValueException} listing every violation. */
  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  /** {@code "record 2 (ApplicantID A1) at 40:7 CAS/ApplicantData/Gender"}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    recordNumber().ifPresentOrElse(n -> b.append("record ").append(n), () -> b.append("file"));
    applicantId().ifPresent(a -> b.append(" (ApplicantID ").append(a).append(')'));
    b.append(" at ").append(line()).append(':').append(column());
    if (!path().isEmpty()) {
      b.append(' ').append(path());
    }
    return b.toString();
  }
}
