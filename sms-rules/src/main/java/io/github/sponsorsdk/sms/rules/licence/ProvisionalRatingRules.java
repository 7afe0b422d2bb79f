package io.github.sponsorsdk.sms.rules.licence;

import io.github.sponsorsdk.sms.core.certificate.MigrantDetails;
import io.github.sponsorsdk.sms.core.citation.Citation;
import io.github.sponsorsdk.sms.core.citation.Source;
import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Reason;
import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a sponsor with a provisional rating may assign: a Global Business Mobility UK Expansion Worker sponsor whose
 * Authorising Officer is overseas "will be given a provisional licence rating and assigned just one Certificate of
 * Sponsorship (CoS), which must be issued in the AO's name so they can apply for a visa to enter the UK"
 * (docs/sources.md#secondary-licence, davidsonmorris). Once the AO's visa is granted the Home Office upgrades the
 * licence to an A-rating, and the limit no longer applies.
 *
 * <p>The AO's name is compared with the migrant's (family name with surname, given names with forenames) after
 * trimming, collapsing spaces and ignoring case: a project reading (decision record 0487); no source says how the
 * SMS matches. Every CoS ever assigned on the licence counts towards the one, whatever became of it (withdrawn or
 * expired included): the sources give no second CoS.
 *
 * <pre>{@code
 * Decision d = ProvisionalRatingRules.defaults().decideAssignment(licence, Route.GBM_UK_EXPANSION_WORKER, 0,
 *     cos.migrant(), Optional.of(authorisingOfficer.profile()));
 * d.isAllowed();   // true only for the AO's own CoS, the first one
 * }</pre>
 *
 * <p><b>Shape</b> (docs/decisions/0005-api-charter.md): no parameters; {@link #defaults()} is the engine. Immutable
 * and thread-safe. <b>Verb:</b> {@code decideAssignment} (a {@code Decision}).
 */
public final class ProvisionalRatingRules {

  /** From 11 April 2022, when the Global Business Mobility routes, UK Expansion Worker among them, opened. */
  static final Citation PROVISIONAL = Citation.of(Source.SECONDARY_SOURCE,
      "davidsonmorris.com, UK Expansion Worker (provisional rating)", java.time.LocalDate.of(2022, 4, 11))
      .withNote("'the sponsor will be given a provisional licence rating and assigned just one Certificate of "
          + "Sponsorship (CoS), which must be issued in the AO's name'; docs/sources.md#secondary-licence");

  private static final ProvisionalRatingRules DEFAULTS = new ProvisionalRatingRules();

  private ProvisionalRatingRules() {}

  /** {@return the rules (they have no parameters)} */
  public static ProvisionalRatingRules defaults() {
    return DEFAULTS;
  }

  /**
   * May a CoS on {@code route} for {@code migrant} be assigned? Allowed with no reasons when the licence is not
   * provisionally rated in the route's category; otherwise only the first CoS, in the Authorising Officer's name.
   *
   * @param licence the licence (its rating in the route's category)
   * @param route the CoS's route
   * @param alreadyAssigned certificates assigned on the licence so far (every status after assignment counts)
   * @param migrant the person the CoS names
   * @param authorisingOfficer the licence's Authorising Officer, if known
   * @return allowed, or refused with every reason
   */
  public Decision decideAssignment(Licence licence, Route route, int alreadyAssigned, MigrantDetails migrant,
      Optional<UserProfile> authorisingOfficer) {
    if (licence.rating(route.category()).filter(r -> r == Rating.PROVISIONAL).isEmpty()) {
      return Decision.allowed();
    }
    List<Reason> refusals = new ArrayList<>();
    if (alreadyAssigned > 0) {
      refusals.add(ProvisionalReasonCode.PROVISIONAL_ONE_COS_ONLY.reason(Map.of("assigned", alreadyAssigned)));
    }
    if (authorisingOfficer.isEmpty()) {
      refusals.add(ProvisionalReasonCode.PROVISIONAL_AUTHORISING_OFFICER_UNKNOWN.reason());
    } else if (!sameName(authorisingOfficer.get(), migrant)) {
      refusals.add(ProvisionalReasonCode.PROVISIONAL_COS_FOR_AUTHORISING_OFFICER_ONLY.reason(Map.of(
          "officer", authorisingOfficer.get().forenames() + " " + authorisingOfficer.get().surname(),
          "migrant", migrant.givenNames().map(g -> g + " ").orElse("") + migrant.familyName())));
    }
    return refusals.isEmpty() ? Decision.allowed() : Decision.of(refusals);
  }

  private static boolean sameName(UserProfile officer, MigrantDetails migrant) {
    return normal(officer.surname()).equals(normal(migrant.familyName()))
        && normal(officer.forenames()).equals(normal(migrant.givenNames().orElse("")));
  }

  private static String normal(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
