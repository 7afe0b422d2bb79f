package io.github.sponsorsdk.sms.rules.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.licence.Licence;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.place.UkPostcode;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.rules.testing.Json;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Immediate fulfilment from 23 March 2023 (the Home Office e-mail as quoted, docs/sources.md#secondary-people). */
class KeyPersonnelRequestRulesTest {

  static final KeyPersonnelRequestRules RULES = KeyPersonnelRequestRules.defaults();
  static final Licence ACTIVE_A = PermissionFixtures.licence();
  static final LocalDate DAY = LocalDate.of(2023, 3, 23);

  static KeyPersonnelRequest request(KeyPersonnelRequestKind kind, String newPostcode) {
    return KeyPersonnelRequest.builder().kind(kind).newPersonPostcode(UkPostcode.of(newPostcode))
        .mainAddressPostcode(UkPostcode.of("M1 1AE")).headOfficePostcode(UkPostcode.of("EC1A 1BB"))
        .addLegalRepresentativePostcodes(UkPostcode.of("SW1A 2AA")).build();
  }

  @Test
  void fromTwentyThirdMarch2023QualifyingRequestsApplyAtOnce() {
    FulfilmentOutcome o = RULES.assess(ACTIVE_A, request(KeyPersonnelRequestKind.ADD_LEVEL_1_USER, "m11ae"), DAY);
    assertThat(o.processing()).isEqualTo(Processing.APPLIED_AT_ONCE);
    assertThat(o.decision().codes()).containsExactly(KeyPersonnelReasonCode.FULFILLED_IMMEDIATELY.code(),
        KeyPersonnelReasonCode.RETROSPECTIVE_CHECKS.code());
    assertThat(RULES.assess(ACTIVE_A, request(KeyPersonnelRequestKind.REPLACE_AUTHORISING_OFFICER, "EC1A 1BB"), DAY)
        .processing()).isEqualTo(Processing.APPLIED_AT_ONCE);
    // the day before: casework (boyesturner's 24 March would be a parameter change)
    FulfilmentOutcome before = RULES.assess(ACTIVE_A, request(KeyPersonnelRequestKind.ADD_LEVEL_1_USER, "M1 1AE"),
        DAY.minusDays(1));
    assertThat(before.processing()).isEqualTo(Processing.CASEWORK);
    assertThat(before.decision().codes()).containsExactly(
        KeyPersonnelReasonCode.IMMEDIATE_FULFILMENT_NOT_IN_FORCE.code());
    assertThat(Json.roundTrip(o, FulfilmentOutcome.class)).isEqualTo(o);
  }

  @Test
  void aLegalRepresentativesPostcodeQualifiesForKeyContactAndLevel1ButNotTheAuthorisingOfficer() {
    assertThat(RULES.assess(ACTIVE_A, request(KeyPersonnelRequestKind.REPLACE_KEY_CONTACT, "SW1A 2AA"), DAY)
        .processing()).isEqualTo(Processing.APPLIED_AT_ONCE);
    assertThat(RULES.assess(ACTIVE_A, request(KeyPersonnelRequestKind.ADD_LEVEL_1_USER, "SW1A 2AA"), DAY)
        .processing()).isEqualTo(Processing.APPLIED_AT_ONCE);
    FulfilmentOutcome ao = RULES.assess(ACTIVE_A, request(KeyPersonnelRequestKind.REPLACE_AUTHORISING_OFFICER,
        "SW1A 2AA"), DAY);
    assertThat(ao.processing()).isEqualTo(Processing.CASEWORK);
    assertThat(ao.decision().codes()).containsExactly(KeyPersonnelReasonCode.POSTCODE_DOES_NOT_MATCH.code(),
        KeyPersonnelReasonCode.SUBMISSION_SHEET_STILL_NEEDED.code());
    assertThat(ao.decision().reasons().get(0).message()).isEqualTo(
        "The new person's postcode SW1A 2AA matches none of M1 1AE, EC1A 1BB: the request goes to casework");
  }

  @Test
  void everyUnmetCriterionIsListed() {
    Licence suspendedB = PermissionFixtures.licence(LicenceStatus.SUSPENDED, Rating.B, LocalDate.of(2034, 1, 1),
        Route.SKILLED_WORKER);
    FulfilmentOutcome o = RULES.assess(suspendedB, request(KeyPersonnelRequestKind.REPLACE_KEY_CONTACT, "B1 1AA"),
        LocalDate.of(2025, 6, 2));
    assertThat(o.processing()).isEqualTo(Processing.CASEWORK);
    assertThat(o.decision().codes()).containsExactly(KeyPersonnelReasonCode.LICENCE_NOT_FULLY_ACTIVE.code(),
        KeyPersonnelReasonCode.NOT_A_RATED.code(), KeyPersonnelReasonCode.POSTCODE_DOES_NOT_MATCH.code());
    assertThat(o.decision().isAllowed()).isTrue();
  }
}
