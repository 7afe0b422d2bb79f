package io.github.sponsorsdk.sms.core.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An Authorising Officer or Key Contact of a licence, who may or may not also be an SMS user. "View details of Key
 * Contact, Authorising Officer and Representative" is a Licence summary function (SMS Manual 1, Guide 3); AO and KC
 * "need a user account to log in" (docs/sources.md#secondary-people), so {@link #userId()} links the person to their
 * account, if any.
 *
 * <p>Invariants: {@link #roles()} is not empty and holds only {@code AUTHORISING_OFFICER} and {@code KEY_CONTACT}
 * (user roles belong to {@link SmsUser}); a representative cannot be the Authorising Officer.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableKeyPerson.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableKeyPerson.class)
@JsonDeserialize(as = ImmutableKeyPerson.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableKeyPerson.class)
public abstract class KeyPerson implements WithKeyPerson {

  /** {@return AO, KC or both} */
  public abstract Set<KeyPersonnelRole> roles();

  /** {@return the person's details as the licence records them} */
  public abstract UserProfile profile();

  /** {@return the person's SMS user account, if they have one} */
  public abstract Optional<SmsUserId> userId();

  /** {@return present when the person is the licence's representative (then they can only be Key Contact)} */
  public abstract Optional<Representative> representative();

  /** {@return true when the person is the licence's Authorising Officer} */
  @JsonIgnore
  public boolean isAuthorisingOfficer() {
    return roles().contains(KeyPersonnelRole.AUTHORISING_OFFICER);
  }

  /** {@return true when the person is a Key Contact of the licence} */
  @JsonIgnore
  public boolean isKeyContact() {
    return roles().contains(KeyPersonnelRole.KEY_CONTACT);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code KeyPerson}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableKeyPerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(ValueValidation.violations(this));
    if (roles().isEmpty()) {
      violations.add(Violation.of("roles", "[]", "NotEmpty",
          "must hold AUTHORISING_OFFICER, KEY_CONTACT or both"));
    }
    for (KeyPersonnelRole role : roles()) {
      if (role.isUserRole()) {
        violations.add(Violation.of("roles", role.name(), "KeyPersonRole",
            "a key person holds only AUTHORISING_OFFICER or KEY_CONTACT; user roles belong to SmsUser"));
      } else if (representative().isPresent() && !role.mayBeHeldByRepresentative()) {
        violations.add(Violation.of("roles", role.name(), "RepresentativeRole",
            "a representative cannot be the " + role.label() + " (docs/sources.md#secondary-people)"));
      }
    }
    ValueValidation.requireNone("KeyPerson", violations);
  }
}
