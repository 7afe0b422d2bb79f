package io.github.sponsorsdk.sms.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.user.KeyPersonnelRole;
import io.github.sponsorsdk.sms.rules.effective.DateEffective;
import io.github.sponsorsdk.sms.rules.testing.Json;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may use Sponsor UK in the beta (docs/sources.md#sponsor-uk-users, docs/sources.md#sponsor-uk-scope). */
class SponsorUkEligibilityTest {

  static final SponsorUkEligibility ELIGIBILITY = SponsorUkEligibility.defaults();
  static final LocalDate ON = LocalDate.of(2026, 3, 2);

  /** Every combination of roles and affiliation: eligible exactly when one role is L1, KC or AO and not a rep. */
  @Test
  void eligibleExactlyWithAnInvitedRoleAndWorkingForTheSponsor() {
    KeyPersonnelRole[] all = KeyPersonnelRole.values();
    int cases = 0;
    for (int mask = 1; mask < 1 << all.length; mask++) {
      Set<KeyPersonnelRole> roles = EnumSet.noneOf(KeyPersonnelRole.class);
      for (int i = 0; i < all.length; i++) {
        if ((mask & 1 << i) != 0) {
          roles.add(all[i]);
        }
      }
      boolean invited = roles.stream().anyMatch(r -> r != KeyPersonnelRole.LEVEL_2_USER);
      for (Affiliation a : Affiliation.values()) {
        Decision d = ELIGIBILITY.decide(roles, a, ON);
        assertThat(d.isAllowed()).as("%s %s", roles, a).isEqualTo(invited && a == Affiliation.SPONSOR);
        assertThat(d.reasons()).as("uncertain or Sable-sourced").allMatch(r -> r.isUncertain()
            || r.code().equals("sponsorUkUser.SPONSOR_UK_LEVEL_2_NO_ACCESS"));
        cases++;
      }
    }
    assertThat(cases).isEqualTo(30);
  }

  @Test
  void aLevel2UserHearsWhyAndARepresentativeHearsBothReasons() {
    assertThat(ELIGIBILITY.decide(PermissionFixtures.level2(), ON).codes())
        .containsExactly("sponsorUkUser.SPONSOR_UK_LEVEL_2_NO_ACCESS");
    assertThat(ELIGIBILITY.decide(PermissionFixtures.level1(), ON).codes())
        .containsExactly("sponsorUkUser.SPONSOR_UK_USER_ELIGIBLE");
    Decision rep = ELIGIBILITY.decide(Set.of(KeyPersonnelRole.LEVEL_2_USER), Affiliation.REPRESENTATIVE, ON);
    assertThat(rep.codes()).containsExactly("sponsorUkUser.SPONSOR_UK_LEVEL_2_NO_ACCESS",
        "sponsorUkUser.SPONSOR_UK_REPRESENTATIVE_EXCLUDED");
    assertThat(rep.reasons()).extracting(Reason::message).contains("A representative holding Level 2 user may not "
        + "be a Sponsor UK user: users must work for the sponsor");
  }

  @Test
  void representativesCanBeLetInByParameter() {
    SponsorUkEligibility open = SponsorUkEligibility.of(SponsorUkUserParameters.defaults().withRepresentatives(
        DateEffective.of("sponsorUkUser.representatives", LocalDate.of(2024, 10, 24), RepresentativeAccess.ALLOWED,
            SponsorUkUserParameters.defaults().representatives().versions().get(0).citation())));
    assertThat(open.decide(Set.of(KeyPersonnelRole.KEY_CONTACT), Affiliation.REPRESENTATIVE, ON).isAllowed())
        .isTrue();
    assertThat(Json.roundTrip(SponsorUkUserParameters.defaults(), SponsorUkUserParameters.class))
        .isEqualTo(SponsorUkUserParameters.defaults());
  }
}
