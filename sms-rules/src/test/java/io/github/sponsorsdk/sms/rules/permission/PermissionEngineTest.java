package io.github.sponsorsdk.sms.rules.permission;

import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.level1;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.level2;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.licence;
import static io.github.sponsorsdk.sms.rules.testing.PermissionFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sponsorsdk.sms.core.decision.Decision;
import io.github.sponsorsdk.sms.core.decision.Severity;
import io.github.sponsorsdk.sms.core.licence.LicenceStatus;
import io.github.sponsorsdk.sms.core.licence.Rating;
import io.github.sponsorsdk.sms.core.route.Route;
import io.github.sponsorsdk.sms.core.user.UserStatus;
import io.github.sponsorsdk.sms.rules.licence.LicenceReasonCode;
import io.github.sponsorsdk.sms.rules.testing.PermissionFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.github.sponsorsdk.sms.core.route.RouteCategory;
import io.github.sponsorsdk.sms.core.licence.Licence;
import org.junit.jupiter.api.Test;

/** Examples straight from SMS Manual 1 ("Access to SMS", Guide 1 step 3 note, Guides 3 to 5, Troubleshooting). */
class PermissionEngineTest {

  final PermissionEngine engine = PermissionEngine.defaults();
  final LocalDate today = LocalDate.of(2025, 6, 2);

  Decision decide(PermissionRequest r, SmsAction a) {
    return engine.decide(r, a);
  }

  @Test
  void aLevel1UserOfAFullyActiveLicenceCanUseEveryFunctionOfItsRoutes() {
    // "Level 1 users can access all applicable functions of SMS" (Access to SMS)
    PermissionRequest r = request(level1());
    for (SmsAction a : new SmsAction[] {SmsAction.LOG_IN, SmsAction.VIEW_LICENCE_SUMMARY, SmsAction.CREATE_LEVEL_2_USER,
        SmsAction.APPLY_DEFINED_COS, SmsAction.ASSIGN_COS, SmsAction.CREATE_CAS, SmsAction.VIEW_MESSAGE_BOARD,
        SmsAction.MANAGE_CREATIVE_WORKER_GROUPS, SmsAction.BULK_FEE_UPDATE}) {
      assertThat(decide(r, a).isAllowed()).as("%s", a).isTrue();
    }
  }

  @Test
  void level2UsersHaveNoLicenceMenuNoDefinedCosNoMessageBoardNoUserManagement() {
    // Access to SMS: Level 2 "unable to view and use the Licence summary ... menu or Defined CoS sub-menu ...
    // cannot view the message screen"; Guide 4: "Level 2 users cannot use these functions".
    PermissionRequest r = request(level2());
    assertThat(decide(r, SmsAction.VIEW_LICENCE_SUMMARY).codes()).containsExactly("permission.LEVEL_2_NO_LICENCE_MENU");
    assertThat(decide(r, SmsAction.APPLY_DEFINED_COS).codes()).containsExactly("permission.LEVEL_2_NO_DEFINED_COS");
    assertThat(decide(r, SmsAction.VIEW_MESSAGE_BOARD).codes())
        .containsExactly("permission.LEVEL_2_NO_LICENCE_MENU", "permission.LEVEL_2_NO_MESSAGE_BOARD");
    assertThat(decide(r, SmsAction.DEACTIVATE_USER).codes())
        .containsExactly("permission.LEVEL_2_NO_LICENCE_MENU", "permission.LEVEL_2_NO_USER_MANAGEMENT");
    // ... but can create, assign and report on their own CoS/CAS (Guide 3)
    assertThat(decide(r, SmsAction.CREATE_COS).isAllowed()).isTrue();
    assertThat(decide(r.on(CertificateOwnership.ACTOR), SmsAction.ASSIGN_CAS).isAllowed()).isTrue();
    assertThat(decide(r.on(CertificateOwnership.ACTOR), SmsAction.REPORT_WORKER_ACTIVITY).isAllowed()).isTrue();
  }

  @Test
  void level2UsersCanOnlyViewOrReportAgainstCertificatesTheyOwn() {
    // Troubleshooting: "You are a Level 2 user and you do not own the CoS/CAS (i.e. you did not create it or have
    // it transferred to you)".
    PermissionRequest other = request(level2()).on(CertificateOwnership.ANOTHER_USER);
    assertThat(decide(other, SmsAction.VIEW_CAS).codes()).containsExactly("permission.LEVEL_2_NOT_CERTIFICATE_OWNER");
    assertThat(decide(other, SmsAction.REPORT_STUDENT_ACTIVITY).codes())
        .containsExactly("permission.LEVEL_2_NOT_CERTIFICATE_OWNER");
    // A Level 1 user sees every certificate.
    assertThat(decide(request(level1()).on(CertificateOwnership.ANOTHER_USER), SmsAction.VIEW_CAS).isAllowed())
        .isTrue();
  }

  @Test
  void suspendedOrDormantLicencesLoseTheListedFunctionsButKeepReporting() {
    // Access to SMS, Suspended or Dormant
    for (LicenceStatus status : new LicenceStatus[] {LicenceStatus.SUSPENDED, LicenceStatus.DORMANT}) {
      PermissionRequest r = request(level1()).withLicenceStatus(status);
      for (SmsAction a : new SmsAction[] {SmsAction.REQUEST_ALLOCATION_INCREASE, SmsAction.APPLY_PREMIUM_SERVICE,
          SmsAction.CREATE_COS, SmsAction.ASSIGN_CAS_BATCH, SmsAction.EXPORT_CAS, SmsAction.VIEW_COS,
          SmsAction.BULK_FEE_UPDATE, SmsAction.VIEW_DEFINED_COS_APPLICATIONS}) {
        assertThat(decide(r, a).codes()).as("%s %s", status, a).contains("permission.LICENCE_SUSPENDED_OR_DORMANT");
      }
      assertThat(decide(r, SmsAction.LOG_IN).isAllowed()).isTrue();
      assertThat(decide(r, SmsAction.REPORT_WORKER_ACTIVITY).isAllowed()).isTrue();
    }
  }

  @Test
  void aDormantLicenceHidesTheLicenceSummaryMenuASuspendedOneDoesNot() {
    // Guide 1, step 3 note: "visible to Level 1 users of all licences (except dormant licences)"
    PermissionRequest dormant = (request(level1()))
        .withLicenceStatus(LicenceStatus.DORMANT);
    PermissionRequest suspended = (request(level1()))
        .withLicenceStatus(LicenceStatus.SUSPENDED);
    assertThat(decide(dormant, SmsAction.VIEW_LICENCE_SUMMARY).codes())
        .containsExactly("permission.LICENCE_MENU_HIDDEN_WHEN_DORMANT");
    assertThat(decide(suspended, SmsAction.VIEW_LICENCE_SUMMARY).isAllowed()).isTrue();
    assertThat(decide(suspended, SmsAction.PAY_ACTION_PLAN).isAllowed()).isTrue();
  }

  @Test
  void expiredOrRevokedLicencesCannotLogIn() {
    for (LicenceStatus status : new LicenceStatus[] {LicenceStatus.EXPIRED, LicenceStatus.REVOKED}) {
      PermissionRequest r = request(level1()).withLicenceStatus(status);
      assertThat(decide(r, SmsAction.LOG_IN).codes()).containsExactly("permission.LICENCE_EXPIRED_OR_REVOKED");
    }
  }

  @Test
  void bRatedWorkerSponsorsCannotApplyForOrAssignDefinedCosAndAreWarnedOnAssigningCos() {
    // Access to SMS, B-Rated; Appendix Skilled Worker SW 5.3 for the warning
    PermissionRequest r = PermissionRequest.of(level1(),
        licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.B, LocalDate.of(2034, 9, 30), Route.SKILLED_WORKER),
        today);
    assertThat(decide(r, SmsAction.APPLY_DEFINED_COS).codes()).containsExactly("permission.B_RATED_NO_DEFINED_COS");
    assertThat(decide(r.on(CertificateOwnership.ACTOR), SmsAction.ASSIGN_DEFINED_COS).codes())
        .containsExactly("permission.B_RATED_NO_DEFINED_COS");
    assertThat(decide(r, SmsAction.VIEW_DEFINED_COS_APPLICATIONS).isAllowed()).isTrue();
    Decision assign = decide(r, SmsAction.ASSIGN_COS);
    assertThat(assign.isAllowed()).isTrue();
    assertThat(assign.warnings()).extracting(x -> x.code())
        .containsExactly("permission.B_RATED_ASSIGN_EXISTING_WORKERS_ONLY");
  }

  @Test
  void provisionalUkExpansionWorkerSponsorsCannotManageUsers() {
    // Guides 3 and 4: "do not have access to functions outlined in this guide if the licence is rated as
    // 'provisional'"
    PermissionRequest r = PermissionRequest.of(level1(), licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        Rating.PROVISIONAL, LocalDate.of(2034, 9, 30), Route.GBM_UK_EXPANSION_WORKER), today);
    for (SmsAction a : new SmsAction[] {SmsAction.REQUEST_LEVEL_1_USER, SmsAction.CREATE_LEVEL_2_USER,
        SmsAction.AMEND_USER, SmsAction.DEACTIVATE_USER}) {
      assertThat(decide(r, a).codes()).containsExactly("permission.PROVISIONAL_NO_USER_MANAGEMENT");
    }
    // they notify changes to SMS users through Manual 2 instead
    assertThat(decide(r, SmsAction.REQUEST_LICENCE_CHANGE).isAllowed()).isTrue();
  }

  @Test
  void menusFollowTheLicensedRoutes() {
    // Guide 1, step 3 note: Workers only for Worker/Temporary Worker routes; Students only for the Student route;
    // Defined CoS only for Level 1 users of Skilled Worker sponsors. Manual 11: groups only for Creative Worker.
    PermissionRequest studentOnly = PermissionRequest.of(level1(), licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        Rating.A, LocalDate.of(2034, 9, 30), Route.STUDENT), today);
    assertThat(decide(studentOnly, SmsAction.CREATE_COS).codes())
        .containsExactly("permission.NOT_LICENSED_FOR_WORKER_ROUTES");
    assertThat(decide(studentOnly, SmsAction.CREATE_CAS).isAllowed()).isTrue();
    PermissionRequest creative = PermissionRequest.of(level1(), licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        Rating.A, LocalDate.of(2034, 9, 30), Route.CREATIVE_WORKER), today);
    assertThat(decide(creative, SmsAction.CREATE_COS).isAllowed()).isTrue();
    assertThat(decide(creative, SmsAction.CREATE_CAS).codes())
        .containsExactly("permission.NOT_LICENSED_FOR_STUDENT_ROUTE");
    assertThat(decide(creative, SmsAction.APPLY_DEFINED_COS).codes())
        .containsExactly("permission.NOT_LICENSED_FOR_SKILLED_WORKER");
    assertThat(decide(creative, SmsAction.MANAGE_CREATIVE_WORKER_GROUPS).isAllowed()).isTrue();
    PermissionRequest skilled = PermissionRequest.of(level1(), licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        Rating.A, LocalDate.of(2034, 9, 30), Route.SKILLED_WORKER), today);
    assertThat(decide(skilled, SmsAction.MANAGE_CREATIVE_WORKER_GROUPS).codes())
        .containsExactly("permission.NOT_LICENSED_FOR_CREATIVE_WORKER");
  }

  @Test
  void inactiveUsersCanDoNothing() {
    for (UserStatus s : new UserStatus[] {UserStatus.REQUESTED, UserStatus.REFUSED, UserStatus.DEACTIVATED_BY_SPONSOR,
        UserStatus.DEACTIVATED_BY_UK_VI}) {
      PermissionRequest r = request(level1()).withActorStatus(s);
      assertThat(decide(r, SmsAction.LOG_IN).codes()).containsExactly("permission.USER_NOT_ACTIVE");
    }
  }

  @Test
  void premiumNeedsAnAppropriateRatingNotBeingPremiumAndIsClosedFrom11November2025() {
    // Troubleshooting: "your rating is not appropriate or you are already a Premium service customer"
    PermissionRequest a = request(level1());
    assertThat(decide(a, SmsAction.APPLY_PREMIUM_SERVICE).isAllowed()).isTrue();
    assertThat(decide(a, SmsAction.VIEW_PREMIUM_CONTACT_DETAILS).codes())
        .containsExactly("permission.NOT_PREMIUM_CUSTOMER");
    PermissionRequest premium = PermissionRequest.of(level1(), licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        Rating.A_PREMIUM, LocalDate.of(2034, 9, 30), Route.SKILLED_WORKER), today);
    assertThat(decide(premium, SmsAction.APPLY_PREMIUM_SERVICE).codes()).containsExactly("licence.ALREADY_PREMIUM");
    assertThat(decide(premium, SmsAction.VIEW_PREMIUM_CONTACT_DETAILS).isAllowed()).isTrue();
    PermissionRequest b = PermissionRequest.of(level1(), licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE,
        Rating.B, LocalDate.of(2034, 9, 30), Route.SKILLED_WORKER), today);
    assertThat(decide(b, SmsAction.APPLY_PREMIUM_SERVICE).codes())
        .containsExactly("licence.PREMIUM_RATING_NOT_APPROPRIATE");
    // 10 November 2025 open, 11 November 2025 closed (guidance of 11 November 2025, secondary sources)
    assertThat(decide(a.withDate(LocalDate.of(2025, 11, 10)),
        SmsAction.APPLY_PREMIUM_SERVICE).isAllowed()).isTrue();
    assertThat(decide(a.withDate(LocalDate.of(2025, 11, 11)),
        SmsAction.APPLY_PREMIUM_SERVICE).codes()).containsExactly("licence.PREMIUM_CLOSED_TO_APPLICATIONS");
  }

  @Test
  void licenceRenewalOpens90DaysBeforeExpiryAndTheLastDayIsTheDayBefore() {
    // Navigation in SMS: Next button "only available from 90 days before your licence is due to expire";
    // Access to SMS: latest date is "the day before your licence expiry date NOT the date your licence expires".
    LocalDate expiry = LocalDate.of(2024, 3, 31); // before the 6 April 2024 change: must renew
    PermissionRequest r = PermissionRequest.of(level1(), licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A,
        expiry, Route.SKILLED_WORKER), expiry.minusDays(91));
    PermissionRequest i = r;
    assertThat(decide(i.withDate(expiry.minusDays(91)), SmsAction.APPLY_LICENCE_RENEWAL).codes())
        .containsExactly("licence.RENEWAL_WINDOW_NOT_OPEN");
    assertThat(decide(i.withDate(expiry.minusDays(90)), SmsAction.APPLY_LICENCE_RENEWAL).isAllowed()).isTrue();
    assertThat(decide(i.withDate(expiry.minusDays(1)), SmsAction.APPLY_LICENCE_RENEWAL).isAllowed()).isTrue();
    assertThat(decide(i.withDate(expiry), SmsAction.APPLY_LICENCE_RENEWAL).codes())
        .containsExactly("licence.RENEWAL_WINDOW_CLOSED");
    // an extended licence needs no renewal
    assertThat(decide(request(level1()), SmsAction.APPLY_LICENCE_RENEWAL).codes())
        .containsExactly("licence.RENEWAL_NOT_REQUIRED");
  }

  @Test
  void studentSponsorStatusNeedsItsOwnRenewalPeriodAndNoBRating() {
    // Troubleshooting: not within the renewal period; B-rated. The period is the status's own (decision 0485).
    Licence held = licence(LicenceStatus.LICENSED_AND_FULLY_ACTIVE, Rating.A, LocalDate.of(2034, 3, 31),
        Route.SKILLED_WORKER, Route.STUDENT).withStudentStatusEndDate(LocalDate.of(2024, 5, 1));
    PermissionRequest inWindow = PermissionRequest.of(level1(), held, LocalDate.of(2024, 2, 1));
    assertThat(decide(inWindow, SmsAction.APPLY_STUDENT_SPONSOR_STATUS).isAllowed()).isTrue();
    PermissionRequest bRated = PermissionRequest.of(level1(), held.withRatings(Map.of(RouteCategory.WORKER, Rating.B,
        RouteCategory.STUDENT, Rating.STUDENT_SPONSOR)), LocalDate.of(2024, 2, 1));
    assertThat(decide(bRated, SmsAction.APPLY_STUDENT_SPONSOR_STATUS).codes())
        .containsExactly("licence.STUDENT_SPONSOR_STATUS_B_RATED");
    Decision outside = decide(inWindow.withDate(LocalDate.of(2024, 1, 31)), SmsAction.APPLY_STUDENT_SPONSOR_STATUS);
    assertThat(outside.codes()).containsExactly("licence.STUDENT_SPONSOR_STATUS_NOT_IN_RENEWAL_PERIOD");
    assertThat(outside.refusals().get(0).citation().section()).contains("Student Sponsor status");
    // a licence that needs no renewal can still renew its status (the old reading made this impossible)
    assertThat(decide(inWindow, SmsAction.APPLY_LICENCE_RENEWAL).codes())
        .containsExactly("licence.RENEWAL_NOT_REQUIRED");
    // from 10 July 2024 the application is the Basic Compliance Assessment
    PermissionRequest bca = PermissionRequest.of(level1(), held.withStudentStatusEndDate(LocalDate.of(2025, 9, 1)),
        LocalDate.of(2025, 7, 1));
    assertThat(decide(bca, SmsAction.APPLY_BASIC_COMPLIANCE_ASSESSMENT).isAllowed()).isTrue();
    assertThat(decide(bca, SmsAction.APPLY_STUDENT_SPONSOR_STATUS).codes())
        .containsExactly("licence.STUDENT_SPONSOR_STATUS_REPLACED");
    assertThat(decide(inWindow, SmsAction.APPLY_BASIC_COMPLIANCE_ASSESSMENT).codes())
        .containsExactly("licence.BASIC_COMPLIANCE_ASSESSMENT_NOT_YET");
    assertThat(decide(inWindow.withDate(LocalDate.of(2024, 7, 9)), SmsAction.APPLY_STUDENT_SPONSOR_STATUS)
        .isAllowed()).isTrue();
    assertThat(decide(inWindow.withDate(LocalDate.of(2024, 7, 10)), SmsAction.APPLY_STUDENT_SPONSOR_STATUS)
        .codes()).contains("licence.STUDENT_SPONSOR_STATUS_REPLACED");
  }

  @Test
  void suspendedLicencesKeepReportingWithdrawalAndTransferButNotViewingOrKeyPersonnelChanges() {
    PermissionRequest suspended = request(level1()).withLicenceStatus(LicenceStatus.SUSPENDED);
    for (SmsAction allowed : List.of(SmsAction.WITHDRAW_COS, SmsAction.REPORT_WORKER_ACTIVITY,
        SmsAction.TRANSFER_COS_OWNERSHIP, SmsAction.MANAGE_LIVE_CAS, SmsAction.ADD_CAS_SPONSOR_NOTE,
        SmsAction.VIEW_CHANGE_REQUESTS, SmsAction.PAY_ACTION_PLAN)) {
      assertThat(decide(suspended, allowed).isAllowed()).as("%s", allowed).isTrue();
    }
    for (SmsAction blocked : List.of(SmsAction.VIEW_COS, SmsAction.PRINT_CAS, SmsAction.CREATE_COS,
        SmsAction.AMEND_COS_DRAFT, SmsAction.DELETE_CAS_DRAFT, SmsAction.BULK_FEE_UPDATE,
        SmsAction.APPLY_DEFINED_COS, SmsAction.REQUEST_ALLOCATION_INCREASE)) {
      assertThat(decide(suspended, blocked).codes()).as("%s", blocked)
          .containsExactly("permission.LICENCE_SUSPENDED_OR_DORMANT");
    }
    for (SmsAction blocked : List.of(SmsAction.REPLACE_AUTHORISING_OFFICER, SmsAction.REPLACE_KEY_CONTACT,
        SmsAction.REQUEST_LEVEL_1_USER)) {
      assertThat(decide(suspended, blocked).codes()).as("%s", blocked)
          .containsExactly("permission.SUSPENDED_NO_KEY_PERSONNEL_CHANGES");
      assertThat(decide(request(level1()), blocked).isAllowed()).isTrue();
    }
  }

  @Test
  void premiumRenewalNeedsACustomerAndClosesWithTheService() {
    PermissionRequest premium = request(level1()).withRatings(Map.of(RouteCategory.WORKER, Rating.A_PREMIUM,
        RouteCategory.TEMPORARY_WORKER, Rating.A_PREMIUM, RouteCategory.STUDENT, Rating.STUDENT_SPONSOR));
    assertThat(decide(premium.withDate(LocalDate.of(2025, 11, 10)), SmsAction.RENEW_PREMIUM_SERVICE).isAllowed())
        .isTrue();
    assertThat(decide(premium.withDate(LocalDate.of(2025, 11, 11)), SmsAction.RENEW_PREMIUM_SERVICE).codes())
        .containsExactly("licence.PREMIUM_CLOSED_TO_RENEWALS");
    assertThat(decide(request(level1()).withDate(LocalDate.of(2025, 6, 2)), SmsAction.RENEW_PREMIUM_SERVICE)
        .codes()).containsExactly("permission.NOT_PREMIUM_CUSTOMER");
  }

  @Test
  void everyReasonHasACitationAndRefusalsAreRefusals() {
    Decision d = decide((request(level2())).withLicenceStatus(LicenceStatus.EXPIRED)
        .withActorStatus(UserStatus.DEACTIVATED_BY_SPONSOR), SmsAction.APPLY_LICENCE_RENEWAL);
    assertThat(d.codes())
        .containsExactly("permission.USER_NOT_ACTIVE", "permission.LICENCE_EXPIRED_OR_REVOKED",
            "permission.LEVEL_2_NO_LICENCE_MENU",
        LicenceReasonCode.RENEWAL_NOT_REQUIRED.code());
    assertThat(d.reasons()).allSatisfy(x -> {
      assertThat(x.severity()).isEqualTo(Severity.REFUSAL);
      assertThat(x.citation().source()).isNotNull();
    });
  }

  @Test
  void buildsTheRequestFromTheDomainValues() {
    var cos = io.github.sponsorsdk.sms.core.certificate.Certificate.builder()
        .kind(io.github.sponsorsdk.sms.core.route.CertificateKind.COS)
        .cosNumber(io.github.sponsorsdk.sms.core.identifier.CosNumber.of("C2G7H9K3"))
        .status(io.github.sponsorsdk.sms.core.certificate.CertificateStatus.ASSIGNED).route(Route.SKILLED_WORKER)
        .owner(PermissionFixtures.DJ_DON).migrant(io.github.sponsorsdk.sms.core.certificate.MigrantDetails.builder()
            .familyName("Okafor").nationality(io.github.sponsorsdk.sms.core.certificate.Nationality.of("NGA"))
            .dateOfBirth(LocalDate.of(1994, 2, 17)).passportNumber("A01234567").build())
        .createdOn(LocalDate.of(2025, 1, 5)).assignedOn(LocalDate.of(2025, 1, 6)).build();
    PermissionRequest mine = PermissionRequest.of(level1(), licence(), cos, today);
    PermissionRequest theirs = PermissionRequest.of(level2(), licence(), cos, today);
    assertThat(mine.certificate()).isEqualTo(CertificateOwnership.ACTOR);
    assertThat(theirs.certificate()).isEqualTo(CertificateOwnership.ANOTHER_USER);
    assertThat(decide(theirs, SmsAction.VIEW_COS).codes()).containsExactly("permission.LEVEL_2_NOT_CERTIFICATE_OWNER");
    assertThat(mine.licenceExpiry()).isEqualTo(licence().expiryDate());
  }
}
