package io.github.sponsorsdk.sms.core.register;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * A row of the register that could not be read: its line, the column at fault, the text found and why it was refused.
 * The row yields no {@link RegisterEntry}; the other rows still do.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRegisterFinding.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRegisterFinding.class)
@JsonDeserialize(as = ImmutableRegisterFinding.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegisterFinding.class)
public abstract class RegisterFinding implements WithRegisterFinding {

  /** {@return the physical line (1 = header) the row starts on} */
  @Positive
  public abstract long line();

  /** {@return the column name as in the header, or {@code "row"} for a problem with the whole row} */
  @NotBlank
  public abstract String column();

  /** {@return the offending text, as found (not trimmed)} */
  public abstract String value();

  /** {@return why the cell was refused} */
  @NotBlank
  public abstract String message();

  /**
   * {@return a finding}
   *
   * @param line the line of the file, from 1
   * @param column the header of the column at fault
   * @param value the text found
   * @param message why it was refused
   */
  public static RegisterFinding of(long line, String column, String value, String message) {
    return ImmutableRegisterFinding.builder().line(line).column(column).value(value).message(message).build();
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }

  /** {@code line 7, Type & Rating 'Worker (C rating)': unknown rating}. */
  @Override
  public String toString() {
    return "line " + line() + ", " + column() + " '" + value() + "': " + message();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RegisterFinding}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRegisterFinding.Builder {
    Builder() {}
  }
}
