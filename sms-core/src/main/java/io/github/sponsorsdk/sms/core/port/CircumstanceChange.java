package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A change-of-circumstances request: what changed, when, in the sponsor's words. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableCircumstanceChange.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableCircumstanceChange.class)
@JsonDeserialize(as = ImmutableCircumstanceChange.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCircumstanceChange.class)
public abstract class CircumstanceChange implements WithCircumstanceChange {

  /** {@return the kind of change as the SMS menu names it, e.g. "Change of address"} */
  @NotBlank
  @Size(max = 100)
  public abstract String kind();

  /** {@return the day the change happened; the reporting deadline counts from it} */
  public abstract LocalDate changedOn();

  /** {@return what changed, in the sponsor's words} */
  @NotBlank
  @Size(max = 2000)
  public abstract String details();

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CircumstanceChange}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableCircumstanceChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
