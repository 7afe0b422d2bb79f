package io.github.sponsorsdk.sms.core.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.identifier.SmsUserId;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.core.value.ValueValidation;
import io.github.sponsorsdk.sms.core.value.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An SMS user account: the row of the "Manage Level 1 and 2 users" screen and its "User details" (SMS Manual 1,
 * Guides 3 and 4). No password, temporary password or other secret is part of it; credentials are separate types.
 *
 * <p>Structural invariants, checked at construction and reported together:
 * <ul>
 *   <li>a representative cannot hold the Authorising Officer role (docs/sources.md#secondary-people);
 *   <li>{@link #keyPersonnelRoles()} cannot hold the user role of the other level (a Level 2 user is not a
 *       "Level 1 user");
 *   <li>a Level 2 user is never {@code REQUESTED} or {@code REFUSED}: Level 2 accounts are "created automatically",
 *       only Level 1 users are requested and assessed (Guide 3, step 5);
 *   <li>a deactivation date or deactivating user appears only on a deactivated account; the deactivating user only
 *       when the sponsor deactivated it, and never the user themselves ("Level 1 users can deactivate all other users
 *       but not themselves", Guide 4); the deactivation date is not before the creation date.
 * </ul>
 * Whether a change of status or profile is allowed, and who may make it, is decided in {@code sms-rules}.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSmsUser.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSmsUser.class)
@JsonDeserialize(as = ImmutableSmsUser.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSmsUser.class)
public abstract class SmsUser implements WithSmsUser {

  /** {@return "User ID", case-sensitive} */
  public abstract SmsUserId userId();

  /** {@return "Level of user"} */
  public abstract UserLevel level();

  /** {@return "Status"} */
  public abstract UserStatus status();

  /** {@return the user's details: name, contact details, work address and NINO declaration} */
  public abstract UserProfile profile();

  /**
   * {@return Key personnel roles this user also holds, such as {@code AUTHORISING_OFFICER} or {@code KEY_CONTACT}} The
   * user role of {@link #level()} may be listed or left out; {@link #roles()} always includes it.
   */
  public abstract Set<KeyPersonnelRole> keyPersonnelRoles();

  /** {@return present exactly when the SMS shows "Representative: Y"} */
  public abstract Optional<Representative> representative();

  /** {@return the day the account was created (Level 2) or requested (Level 1)} */
  public abstract LocalDate createdOn();

  /** {@return the day the account was deactivated, when known; only on a deactivated account} */
  public abstract Optional<LocalDate> deactivatedOn();

  /** {@return the Level 1 user who deactivated the account, when known; only for {@code DEACTIVATED_BY_SPONSOR}} */
  public abstract Optional<SmsUserId> deactivatedBy();

  /** {@return every role held: {@link #keyPersonnelRoles()} plus the user role of {@link #level()}} */
  @JsonIgnore
  public Set<KeyPersonnelRole> roles() {
    EnumSet<KeyPersonnelRole> all = EnumSet.of(KeyPersonnelRole.forLevel(level()));
    all.addAll(keyPersonnelRoles());
    return Set.copyOf(all);
  }

  /** {@return true when the user is the licence's representative} */
  @JsonIgnore
  public boolean isRepresentative() {
    return representative().isPresent();
  }

  /**
   * {@return true when {@link #roles()} holds {@code role}}
   *
   * @param role the role
   */
  public boolean holds(KeyPersonnelRole role) {
    return roles().contains(role);
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SmsUser}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSmsUser.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    List<Violation> violations = new ArrayList<>(ValueValidation.violations(this));
    if (representative().isPresent()) {
      for (KeyPersonnelRole role : keyPersonnelRoles()) {
        if (!role.mayBeHeldByRepresentative()) {
          violations.add(Violation.of("keyPersonnelRoles", role.name(), "RepresentativeRole",
              "a representative cannot be the " + role.label() + " (docs/sources.md#secondary-people)"));
        }
      }
    }
    KeyPersonnelRole otherLevel = KeyPersonnelRole.forLevel(
        level() == UserLevel.LEVEL_1 ? UserLevel.LEVEL_2 : UserLevel.LEVEL_1);
    if (keyPersonnelRoles().contains(otherLevel)) {
      violations.add(Violation.of("keyPersonnelRoles", otherLevel.name(), "LevelRole",
          "must not hold the user role of the other level (user is " + level().label() + ")"));
    }
    if (level() == UserLevel.LEVEL_2 && (status() == UserStatus.REQUESTED || status() == UserStatus.REFUSED)) {
      violations.add(Violation.of("status", status().name(), "Level2Status",
          "a Level 2 user is created active at once, never requested or refused (SMS Manual 1, Guide 3, step 5)"));
    }
    if (!status().isDeactivated() && deactivatedOn().isPresent()) {
      violations.add(Violation.of("deactivatedOn", deactivatedOn().get().toString(), "DeactivationStatus",
          "only a deactivated account has a deactivation date"));
    }
    if (deactivatedBy().isPresent() && status() != UserStatus.DEACTIVATED_BY_SPONSOR) {
      violations.add(Violation.of("deactivatedBy", deactivatedBy().get().value(), "DeactivationStatus",
          "only an account deactivated by the sponsor names the deactivating user"));
    }
    if (deactivatedBy().filter(userId()::equals).isPresent()) {
      violations.add(Violation.of("deactivatedBy", deactivatedBy().get().value(), "SelfDeactivation",
          "a user cannot deactivate themselves (SMS Manual 1, Guide 4)"));
    }
    if (deactivatedOn().filter(d -> d.isBefore(createdOn())).isPresent()) {
      violations.add(Violation.of("deactivatedOn", deactivatedOn().get().toString(), "DateOrder",
          "must not be before createdOn " + createdOn()));
    }
    ValueValidation.requireNone("SmsUser", violations);
  }
}
