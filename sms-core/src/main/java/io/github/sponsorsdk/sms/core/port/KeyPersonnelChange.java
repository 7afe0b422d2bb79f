package io.github.sponsorsdk.sms.core.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import org.immutables.value.Value;

/**
 * A typed key-personnel request of "Request changes to licence details" (Manual 2; Manual 1, Guide 3, step 2):
 * replace the Authorising Officer, replace the Key Contact, or add a Level 1 user. The new person's details are a
 * {@link UserProfile}; the postcode of its {@code workAddress} is the one the immediate-fulfilment rule compares
 * (from 23 March 2023, docs/sources.md#secondary-functions) with the sponsor's addresses.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableKeyPersonnelChange.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableKeyPersonnelChange.class)
@JsonDeserialize(as = ImmutableKeyPersonnelChange.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableKeyPersonnelChange.class)
public abstract class KeyPersonnelChange implements WithKeyPersonnelChange {

  /** {@return what is requested} */
  public abstract KeyPersonnelChangeKind kind();

  /** {@return the new Authorising Officer, Key Contact or Level 1 user} */
  public abstract UserProfile person();

  /**
   * {@return a convenience factory}
   *
   * @param kind what kind of change
   * @param person the person
   */
  public static KeyPersonnelChange of(KeyPersonnelChangeKind kind, UserProfile person) {
    return builder().kind(kind).person(person).build();
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code KeyPersonnelChange}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableKeyPersonnelChange.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    ValueValidation.check(this);
  }
}
