package io.github.sponsorsdk.sms.rules.user;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.value.SmsStyle;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.effective.ParameterSet;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who may use Sponsor UK, date-effective from the private beta's start (24 October 2024). Defaults, from one
 * secondary source summarising the GAE sponsor guidance (docs/sources.md#sponsor-uk-users), so uncertain:
 * <ul>
 *   <li>{@link #eligibleRoles()}: Level 1 users, the Key Contact and the Authorising Officer; no Level 2 users (Sable
 *       International agrees, docs/sources.md#sponsor-uk-scope);
 *   <li>{@link #representatives()}: excluded "for the time being".
 * </ul>
 * No split of functions between the three roles is published: each may do every Sponsor UK action.
 */
@Value.Immutable
@SmsStyle
@JsonSerialize(as = ImmutableSponsorUkUserParameters.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableSponsorUkUserParameters.class)
@JsonDeserialize(as = ImmutableSponsorUkUserParameters.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSponsorUkUserParameters.class)
public abstract class SponsorUkUserParameters implements ParameterSet, WithSponsorUkUserParameters {

  /** {@return the key personnel roles invited to be Sponsor UK users} */
  public abstract DateEffective<Set<KeyPersonnelRole>> eligibleRoles();

  /** {@return whether representatives may be users} */
  public abstract DateEffective<RepresentativeAccess> representatives();

  @Override
  public List<DateEffective<?>> parameters() {
    return List.of(eligibleRoles(), representatives());
  }

  /** {@return a new builder; {@code build()} checks every rule above and lists all violations at once} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SponsorUkUserParameters}: one setter per attribute, {@code build()} validates. */
  public static final class Builder extends ImmutableSponsorUkUserParameters.Builder {
    Builder() {}
  }

  /** {@return the private beta's invitation, as summarised by the secondary source} */
  public static SponsorUkUserParameters defaults() {
    LocalDate from = LocalDate.of(2024, 10, 24);
    Citation users = Citation.of(Source.SPONSOR_UK_AYJ, "User Access").uncertain();
    return builder()
        .eligibleRoles(DateEffective.of("sponsorUkUser.eligibleRoles", from, Collections.unmodifiableSet(
            EnumSet.of(KeyPersonnelRole.LEVEL_1_USER, KeyPersonnelRole.KEY_CONTACT,
                KeyPersonnelRole.AUTHORISING_OFFICER)),
            users.withNote("'only the following licence Key Personnel have been invited to register as Sponsor UK "
                + "users: Level 1 Users, Key Contact, Authorising Officer'")))
        .representatives(DateEffective.of("sponsorUkUser.representatives", from, RepresentativeAccess.EXCLUDED,
            users.withNote("'These personnel must also work for the business (i.e. do not include legal "
                + "representatives) for the time being'")))
        .build();
  }
}
