package io.github.sponsorsdk.sms.rules.user;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.user.KeyPerson;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.core.user.SmsUser;
import io.github.sponsorsdk.sms.rules.effective.DatedValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may be a Sponsor UK user: in the private beta, Level 1 users, the Key Contact and the Authorising Officer, who
 * must work for the sponsor; no Level 2 users, no representatives (docs/sources.md#sponsor-uk-users,
 * docs/sources.md#sponsor-uk-scope). Unlike the SMS, where the Authorising Officer and Key Contact need a user account
 * of their own, in Sponsor UK they are invited themselves. One secondary source for most of it, so the roles and the
 * representatives' exclusion are parameters ({@link SponsorUkUserParameters}) and their reasons uncertain.
 *
 * <pre>{@code
 * SponsorUkEligibility eligibility = SponsorUkEligibility.defaults();
 * eligibility.decide(Set.of(KeyPersonnelRole.KEY_CONTACT), Affiliation.SPONSOR, LocalDate.of(2026, 3, 2))
 *     .isAllowed();                                                      // true
 * eligibility.decide(Set.of(KeyPersonnelRole.LEVEL_2_USER), Affiliation.SPONSOR, LocalDate.of(2026, 3, 2))
 *     .codes();                    // [sponsorUkUser.SPONSOR_UK_LEVEL_2_NO_ACCESS]
 * }</pre>
 *
 * <p><b>Shape and parameters</b> (docs/decisions/0005-api-charter.md): {@link #defaults()} reads
 * {@link SponsorUkUserParameters#defaults()}; {@link #of(SponsorUkUserParameters)} takes others;
 * {@link #parameters()} returns them. Immutable and thread-safe. <b>Verbs:</b> {@code decide} (a {@code Decision}
 * listing every reason), for a set of roles, an SMS user or a key person.
 */
public final class SponsorUkEligibility {

  private static final SponsorUkEligibility DEFAULTS = new SponsorUkEligibility(SponsorUkUserParameters.defaults());

  private final SponsorUkUserParameters parameters;

  private SponsorUkEligibility(SponsorUkUserParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** {@return the beta's rules, {@link SponsorUkUserParameters#defaults()}} */
  public static SponsorUkEligibility defaults() {
    return DEFAULTS;
  }

  /**
   * The rules with {@code parameters}.
   *
   * @param parameters the parameters to use instead of {@code defaults()}: each date-effective and cited
   * @return the rules
   */
  public static SponsorUkEligibility of(SponsorUkUserParameters parameters) {
    return new SponsorUkEligibility(parameters);
  }

  /** {@return the parameters this engine reads} */
  public SponsorUkUserParameters parameters() {
    return parameters;
  }

  /**
   * May a person holding {@code roles}, working for {@code affiliation}, be a Sponsor UK user on {@code on}?
   *
   * @param roles the roles the person holds
   * @param affiliation the person's employer: the sponsor, a representative or another party
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or refused with the reasons
   */
  public Decision decide(Set<KeyPersonnelRole> roles, Affiliation affiliation, LocalDate on) {
    DatedValue<Set<KeyPersonnelRole>> eligible = parameters.eligibleRoles().versionOn(on);
    DatedValue<RepresentativeAccess> reps = parameters.representatives().versionOn(on);
    String held = labels(roles);
    List<Reason> refusals = new ArrayList<>();
    boolean anyEligible = roles.stream().anyMatch(eligible.value()::contains);
    if (!anyEligible) {
      refusals.add(roles.equals(EnumSet.of(KeyPersonnelRole.LEVEL_2_USER))
          && !eligible.value().contains(KeyPersonnelRole.LEVEL_2_USER)
          ? SponsorUkUserReasonCode.SPONSOR_UK_LEVEL_2_NO_ACCESS.reason(Map.of("roles", held))
          : SponsorUkUserReasonCode.SPONSOR_UK_ROLE_NOT_ELIGIBLE.reason(Map.of("roles", held, "eligibleRoles",
              labels(eligible.value()))).withCitation(eligible.citation()));
    }
    if (affiliation == Affiliation.REPRESENTATIVE && reps.value() == RepresentativeAccess.EXCLUDED) {
      refusals.add(SponsorUkUserReasonCode.SPONSOR_UK_REPRESENTATIVE_EXCLUDED.reason(Map.of("roles", held))
          .withCitation(reps.citation()));
    }
    if (!refusals.isEmpty()) {
      return Decision.of(refusals);
    }
    return Decision.of(SponsorUkUserReasonCode.SPONSOR_UK_USER_ELIGIBLE.reason(Map.of("roles", held,
        "eligibleRoles", labels(eligible.value()))).withCitation(eligible.citation()));
  }

  /**
   * May {@code user} be a Sponsor UK user on {@code on}? Its roles are its level's user role and the key personnel
   * roles it holds; a user with a representative is a {@link Affiliation#REPRESENTATIVE}.
   *
   * @param user the SMS user
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or refused with the reasons
   */
  public Decision decide(SmsUser user, LocalDate on) {
    Set<KeyPersonnelRole> roles = EnumSet.of(KeyPersonnelRole.forLevel(user.level()));
    roles.addAll(user.keyPersonnelRoles());
    return decide(roles, user.representative().isPresent() ? Affiliation.REPRESENTATIVE : Affiliation.SPONSOR, on);
  }

  /**
   * May {@code person} (an Authorising Officer or Key Contact) be a Sponsor UK user on {@code on}?
   *
   * @param person the key person
   * @param on the day of the question: the rules in force that day apply
   * @return allowed, or refused with the reasons
   */
  public Decision decide(KeyPerson person, LocalDate on) {
    return decide(person.roles(), person.representative().isPresent() ? Affiliation.REPRESENTATIVE
        : Affiliation.SPONSOR, on);
  }

  private static String labels(Set<KeyPersonnelRole> roles) {
    return roles.stream().sorted().map(KeyPersonnelRole::label).collect(Collectors.joining(", "));
  }
}
