package io.github.sponsorsdk.sms.core.register;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import java.util.List;
import org.immutables.value.Value;

/** What {@link RegisterParser} read: the format, every good row and a finding for every bad one. */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableRegisterParseResult.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableRegisterParseResult.class)
@JsonDeserialize(as = ImmutableRegisterParseResult.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegisterParseResult.class)
public abstract class RegisterParseResult implements WithRegisterParseResult {

  /** {@return the layout the header identified} */
  public abstract RegisterFormat format();

  /** {@return the rows read, in register order} */
  public abstract List<RegisterEntry> entries();

  /** {@return the rows refused, in register order} */
  public abstract List<RegisterFinding> findings();

  /** {@return true when every row was read} */
  @JsonIgnore
  public boolean isClean() {
    return findings().isEmpty();
  }

  /** {@return the entries grouped by organisation ({@link RegisteredSponsor#group})} */
  public List<RegisteredSponsor> sponsors() {
    return RegisteredSponsor.group(entries());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code RegisterParseResult}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableRegisterParseResult.Builder {
    Builder() {}
  }
}
