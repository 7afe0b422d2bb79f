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

  /** The physical line (1 = header) the row starts on. */
  @Positive
  public abstract long line();

  /** The column name as in the header, or {@code "row"} for a problem with the whole row. */
  @NotBlank
  public abstract String column();

  /** The offending text, as found (not trimmed). */
  public abstract String value();

  @NotBlank
  public abstract String message();

  public static RegisterFinding of(long line, String column, String value, String message) {
    return ImmutableRegisterFinding.builder().line(line).column(column).value(value).message(message).build();
  }

  @Value.Check
  protected void check() {
    ValueValidation.check(this);
  }

  /** {@code line 7, Type & Rating 'Worker (C rating)': unknown rating}. */
  @Override
  public String toString() {
    return "line " + line() + ", " + column() + " '" + value() + "': " + message();
  }

  /** A new builder; {@code build()} checks every rule above and lists all violations at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RegisterFinding}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRegisterFinding.Builder {
    Builder() {}
  }
}
